// Heavy and hostile input, one case per limit of issue 15: events drawn by a diff, quote length,
// sentence length, YAML alias expansion, document size, validate of a big graph.json and JSON
// Lines, a lexicon of many aliases. Each runs build/evgraph on input generated here (nothing big
// is committed) and checks the exit status, the message and the peak memory of the run.
//
// Before the limits (v0.1, /work/main at issue 14): the 3,000-event diff DOT held every event and
// crashed dot_mincross; the article without full stops took 5.2 GB at 2 MB; the sentence of 8,000
// clauses took 14 s and 3.7 GB; the manifest of aliases wrote 400 MB; the graph.yaml of aliases
// hit bad_alloc; --max-document-bytes did not exist; validate took about fifty times a graph.json's
// size and a JSON Lines file was quadratic; the 80k-alias lexicon took 7 s.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

#include <cstdlib>
#include <regex>

using namespace evgraph::test;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

// Under AddressSanitizer (scripts/test-sanitize.sh) the same run takes about three times the
// resident memory: shadow memory and the quarantine of freed blocks.
#if defined(__SANITIZE_ADDRESS__)
constexpr long kMemoryScale = 3;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kMemoryScale = 3;
#else
constexpr long kMemoryScale = 1;
#endif
#else
constexpr long kMemoryScale = 1;
#endif

// A bound on a run's peak resident memory (MB), scaled for the sanitizer build.
constexpr long bound_mb(long mb) { return mb * kMemoryScale; }

struct BoundedRun {
  int status = -1;
  std::string out, err;
  long peak_mb = 0;  // largest resident set of the run's processes
};


// Runs a shell command line (evgraph is $EVGRAPH in it) under `timeout`, and reads the peak
// resident memory of that run (the largest of its processes) back from the kernel (wait4).
BoundedRun run_bounded(const std::string& line, const TempDir& dir, int seconds = 300) {
  const std::string command = "EVGRAPH='" + std::string(EVGRAPH_BINARY) + "' timeout " + std::to_string(seconds) +
                              " sh -c " + "'" + std::regex_replace(line, std::regex("'"), "'\\''") + "'" + " >" +
                              shell_quoted(dir.path() / "stdout") + " 2>" + shell_quoted(dir.path() / "stderr");
  const char* argv[] = {"sh", "-c", command.c_str(), nullptr};
  pid_t child = 0;
  REQUIRE(posix_spawn(&child, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ) == 0);
  int raw = 0;
  rusage usage{};
  REQUIRE(wait4(child, &raw, 0, &usage) == child);
  BoundedRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = read_file(dir.path() / "stdout");
  run.err = read_file(dir.path() / "stderr");
  run.peak_mb = usage.ru_maxrss / 1024;
  MESSAGE("peak " << run.peak_mb << " MB: " << line);
  return run;
}

void make_graph(const fs::path& out, int events, const char* extra = "") {
  const std::string command = "python3 '" + (source_dir() / "bench" / "make_graph.py").string() + "' " +
                              std::to_string(events) + " " + shell_quoted(out) + " " + extra + " >/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
}

// A one-document corpus (manifest and text) in `dir`.
fs::path corpus_of(const TempDir& dir, const std::string& text, const std::string& language = "fr") {
  write_file(dir.path() / "a.txt", text);
  write_file(dir.path() / "corpus.yaml", "corpus: hostile\nlanguage: " + language +
                                             "\ndocuments:\n  - id: a\n    path: a.txt\n    published: 2025-03-20\n");
  return dir.path() / "corpus.yaml";
}

// Characters (code points) of UTF-8 text.
std::size_t chars_of(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("issue 15 limits: diff --format dot and svg of two 3,000-event exports draw at most --max-events") {
  TempDir dir;
  make_graph(dir.path() / "a.json", 3000);
  make_graph(dir.path() / "b.json", 3000, "--change 0.3");
  const std::string both = shell_quoted(dir.path() / "a.json") + " " + shell_quoted(dir.path() / "b.json");
  const BoundedRun dot = run_bounded("\"$EVGRAPH\" diff " + both + " --format dot -o " + shell_quoted(dir.path() / "d.dot") +
                                     "; dot -Tsvg " + shell_quoted(dir.path() / "d.dot") + " -o /dev/null; echo $?", dir);
  CHECK(dot.out == "0\n");  // dot lays the DOT out (it crashed in dot_mincross on all 3,000)
  const std::string text = read_file(dir.path() / "d.dot");
  const std::regex node("\n\\s*\"event:[^\"]*\"\\s*\\[");
  const auto nodes = std::distance(std::sregex_iterator(text.begin(), text.end(), node), std::sregex_iterator());
  CHECK(nodes > 0);
  CHECK(nodes <= 120);
  CHECK(std::regex_search(text, std::regex("120 (of|événements sur) 3[0-9]{3}")));  // the selection note
  const BoundedRun svg = run_bounded("\"$EVGRAPH\" diff " + both + " --format svg --max-events 40 -o " +
                                     shell_quoted(dir.path() / "d.svg"), dir);
  CHECK(svg.status == 1);
  CHECK(fs::file_size(dir.path() / "d.svg") < 2'000'000);
  CHECK(svg.peak_mb < bound_mb(1500));
}

TEST_CASE("issue 15 limits: diff --format svg of two 20,000-event exports stays in bounded memory") {
  TempDir dir;
  make_graph(dir.path() / "a.json", 20000);
  make_graph(dir.path() / "b.json", 20000, "--change 0.2");
  const BoundedRun run = run_bounded("\"$EVGRAPH\" diff " + shell_quoted(dir.path() / "a.json") + " " +
                                     shell_quoted(dir.path() / "b.json") + " --format svg -o " + shell_quoted(dir.path() / "d.svg"),
                                     dir);
  CHECK(run.status == 1);
  CHECK(read_file(dir.path() / "d.svg").find("</svg>") != std::string::npos);
  CHECK(run.peak_mb < bound_mb(2000));  // 24 GB before
}

TEST_CASE("issue 15 limits: an article of 2 MB without a full stop builds with quotes of at most 400 characters") {
  TempDir dir;
  std::string text;
  const std::string clause = "le président Emmanuel Macron a rencontré Donald Trump à Washington le 3 mars, ";
  while (text.size() < (2u << 20)) text += clause;
  const fs::path manifest = corpus_of(dir, text);
  const BoundedRun run = run_bounded("\"$EVGRAPH\" build " + shell_quoted(manifest) + " -o " + shell_quoted(dir.path() / "out"), dir);
  CHECK(run.status == 0);
  CHECK(run.err.find("a.txt: warning: 1 sentence(s) longer than 4000 bytes read in pieces") != std::string::npos);
  const Json graph = Json::parse(read_file(dir.path() / "out" / "graph.json"));
  REQUIRE(!graph["events"].empty());
  for (const Json& event : graph["events"])
    for (const Json& source : event["sources"]) {
      const std::string quote = source["quote"].get<std::string>();
      CHECK(chars_of(quote) <= 400);
      CHECK(source["end"].get<std::size_t>() - source["begin"].get<std::size_t>() <= 4000);
    }
  CHECK(run.peak_mb < bound_mb(1000));  // 5.2 GB before
}

TEST_CASE("issue 15 limits: a quote is the sentence clipped around its trigger, offsets span the whole sentence") {
  TempDir dir;
  std::string before, after;
  for (int k = 0; k < 40; ++k) before += "selon des sources proches du dossier, ";
  for (int k = 0; k < 40; ++k) after += "dans un climat de tension croissante ";
  const std::string sentence = "Le 3 mars, " + before + "Emmanuel Macron a rencontré Donald Trump à Washington " + after + "hier.";
  const fs::path manifest = corpus_of(dir, sentence + "\n");
  const BoundedRun run = run_bounded("\"$EVGRAPH\" --max-quote-chars 120 build " + shell_quoted(manifest) + " -o " +
                                     shell_quoted(dir.path() / "out"), dir);
  REQUIRE(run.status == 0);
  const Json graph = Json::parse(read_file(dir.path() / "out" / "graph.json"));
  REQUIRE(!graph["events"].empty());
  const Json& source = graph["events"][0]["sources"][0];
  const std::string quote = source["quote"].get<std::string>();
  CHECK(chars_of(quote) <= 120);
  CHECK(quote.find("rencontré") != std::string::npos);
  CHECK(quote.rfind("\xE2\x80\xA6", 0) == 0);  // starts with "…": text left out before
  CHECK(source["begin"] == 0);
  CHECK(source["end"] == sentence.size());
}

TEST_CASE("issue 15 limits: one sentence of 8,000 clauses (450 KB) builds in bounded time and memory") {
  TempDir dir;
  std::string text = "Le 3 mars, ";
  for (int k = 0; k < 8000; ++k) text += "le ministre qui a rencontré son homologue à Paris a déclaré, ";
  text += "fin.";
  const fs::path manifest = corpus_of(dir, text);
  const BoundedRun run = run_bounded("\"$EVGRAPH\" build " + shell_quoted(manifest) + " -o " + shell_quoted(dir.path() / "out"),
                                     dir, 120);
  CHECK(run.status == 0);
  CHECK(run.err.find("read in pieces (--max-sentence-bytes)") != std::string::npos);
  CHECK(run.peak_mb < bound_mb(1000));  // 3.7 GB and 14 s before
}

TEST_CASE("issue 15 limits: a manifest whose YAML anchor is reused 199 times is refused at the alias") {
  TempDir dir;
  write_file(dir.path() / "a.txt", "Le 3 mars, Emmanuel Macron a rencontré Donald Trump à Washington.\n");
  // 42 KB standing for 6 MB of titles: v0.1 wrote 18 MB of outputs from it (400 MB at 1 MB).
  std::string manifest = "corpus: aliases\nlanguage: fr\ndocuments:\n";
  manifest += "  - {id: d0, path: a.txt, published: 2025-03-20, title: &t \"" + std::string(30000, 'T') + "\"}\n";
  for (int k = 1; k < 200; ++k)
    manifest += "  - {id: d" + std::to_string(k) + ", path: a.txt, published: 2025-03-20, title: *t}\n";
  write_file(dir.path() / "corpus.yaml", manifest);
  const BoundedRun run = run_bounded("\"$EVGRAPH\" build " + shell_quoted(dir.path() / "corpus.yaml") + " -o " +
                                     shell_quoted(dir.path() / "out"), dir);
  CHECK(run.status == 2);
  CHECK(std::regex_search(run.err, std::regex("corpus\\.yaml:39:[0-9]+: YAML aliases expand to more than")));
  CHECK(!fs::exists(dir.path() / "out"));
}

TEST_CASE("issue 15 limits: a graph.yaml whose actors all alias one long list is refused with its line") {
  TempDir dir;
  std::string yaml = "evgraph: \"1\"\ncorpus: {name: c, documents: []}\nevents: []\nplaces: []\nproposals: []\n"
                     "edges: []\nactors:\n  - {id: \"actor:a0\", name: A, kind: person, aliases: &s [";
  for (int k = 0; k < 1000; ++k) yaml += std::string(k ? ", " : "") + "\"" + std::string(40, 'x') + std::to_string(k) + "\"";
  yaml += "]}\n";
  for (int k = 1; k < 5000; ++k)
    yaml += "  - {id: \"actor:a" + std::to_string(k) + "\", name: A, kind: person, aliases: *s}\n";
  write_file(dir.path() / "graph.yaml", yaml);
  // v0.1: 11 s and 1.1 GB (bad_alloc for a bigger one), then a timeline of it.
  const BoundedRun run = run_bounded("\"$EVGRAPH\" render timeline " + shell_quoted(dir.path() / "graph.yaml") + " -o " +
                                     shell_quoted(dir.path() / "t.svg"), dir, 60);
  CHECK(run.status == 2);
  CHECK(std::regex_search(run.err, std::regex("graph\\.yaml:[0-9]+:[0-9]+: YAML aliases expand to more than")));
  CHECK(run.peak_mb < bound_mb(400));
}

TEST_CASE("issue 15 limits: nested YAML aliases (billion laughs) are refused at the alias") {
  TempDir dir;
  std::string yaml = "evgraph: \"1\"\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int k = 1; k < 9; ++k) {
    yaml += "l" + std::to_string(k) + ": &l" + std::to_string(k) + " [";
    for (int j = 0; j < 10; ++j) yaml += std::string(j ? ", " : "") + "*l" + std::to_string(k - 1);
    yaml += "]\n";
  }
  write_file(dir.path() / "graph.yaml", yaml);
  const BoundedRun run = run_bounded("\"$EVGRAPH\" validate " + shell_quoted(dir.path() / "graph.yaml"), dir, 60);
  CHECK(run.status == 2);
  CHECK(std::regex_search(run.err, std::regex("graph\\.yaml:6:[0-9]+: YAML aliases expand")));
}

TEST_CASE("issue 15 limits: a document over --max-document-bytes is a warning and skipped, --strict makes it an error") {
  TempDir dir;
  const fs::path manifest = corpus_of(dir, std::string(3000, 'a') + " Le 3 mars, Macron a rencontré Trump.\n");
  const std::string build = "build " + shell_quoted(manifest) + " -o " + shell_quoted(dir.path() / "out");
  const BoundedRun lenient = run_bounded("\"$EVGRAPH\" --max-document-bytes 2000 " + build, dir);
  CHECK(lenient.status == 0);
  CHECK(lenient.err.find("a.txt: warning:") != std::string::npos);
  CHECK(lenient.err.find("document skipped") != std::string::npos);
  const BoundedRun strict = run_bounded("\"$EVGRAPH\" --strict --max-document-bytes 2000 " + build, dir);
  CHECK(strict.status == 2);
  CHECK(strict.err.find("a.txt") != std::string::npos);
  const BoundedRun roomy = run_bounded("\"$EVGRAPH\" --strict --max-document-bytes 4000 " + build, dir);
  CHECK(roomy.status == 0);
}

TEST_CASE("issue 15 limits: validate of a 30 MB graph.json stays far below the 50 times its size yaml-cpp took") {
  TempDir dir;
  make_graph(dir.path() / "g.json", 30000);
  const auto size_mb = static_cast<long>(fs::file_size(dir.path() / "g.json") >> 20);
  REQUIRE(size_mb >= 25);
  const BoundedRun run = run_bounded("\"$EVGRAPH\" validate " + shell_quoted(dir.path() / "g.json"), dir);
  CHECK(run.status == 0);
  CHECK(run.out.find("graph export") != std::string::npos);
  CHECK(run.peak_mb < bound_mb(12) * size_mb);  // about 50 times before

  // A schema violation deep in the file is still found, with its path.
  std::string text = read_file(dir.path() / "g.json");
  const std::size_t modality = text.rfind("\"modality\": \"");
  REQUIRE(modality != std::string::npos);
  text.replace(modality, 13, "\"modality\": \"x");
  write_file(dir.path() / "bad.json", text);
  const BoundedRun bad = run_bounded("\"$EVGRAPH\" validate " + shell_quoted(dir.path() / "bad.json"), dir);
  CHECK(bad.status == 2);
  CHECK(std::regex_search(bad.err, std::regex("bad\\.json: /events/[0-9]+/modality")));
}

TEST_CASE("issue 15 limits: validate of 50,000 JSON Lines is linear, and names the line of a bad one") {
  TempDir dir;
  const BoundedRun timex = run_bounded("\"$EVGRAPH\" timex " + shell_quoted(example_corpus()), dir);
  REQUIRE(timex.status == 0);
  const std::string first = timex.out.substr(0, timex.out.find('\n') + 1);
  REQUIRE(first.size() > 20);
  std::string lines;
  for (int k = 0; k < 50000; ++k) lines += first;
  lines += "{\"doc\": \"a\", \"begin\": \"one\"}\n";
  write_file(dir.path() / "timex.jsonl", lines);
  // Each line used to be parsed behind as many blank lines as came before it: 1.25e9 bytes here.
  const BoundedRun run = run_bounded("\"$EVGRAPH\" validate " + shell_quoted(dir.path() / "timex.jsonl"), dir, 120);
  CHECK(run.status == 2);
  CHECK(run.err.find("timex.jsonl:50001:") != std::string::npos);
}

TEST_CASE("issue 15 limits: a lexicon entry with 80,000 aliases loads in linear time") {
  TempDir dir;
  std::string lexicon = "actors:\n  - id: many\n    name: Many Names\n    kind: group\n    aliases:\n";
  for (int k = 0; k < 80000; ++k) lexicon += "      - Alias" + std::to_string(k % 79000) + "\n";  // some twice
  write_file(dir.path() / "many.yaml", lexicon);
  const fs::path manifest = corpus_of(dir, "Le 3 mars, Alias77 a rencontré Emmanuel Macron à Paris.\n");
  const BoundedRun run = run_bounded("\"$EVGRAPH\" build " + shell_quoted(manifest) + " --lexicon " +
                                     shell_quoted(dir.path() / "many.yaml") + " -o " + shell_quoted(dir.path() / "out"), dir, 60);
  CHECK(run.status == 0);
  const Json graph = Json::parse(read_file(dir.path() / "out" / "graph.json"));
  bool found = false;
  for (const Json& actor : graph["actors"])
    if (actor["id"] == "actor:many") found = actor["aliases"].size() <= 79000;
  CHECK(found);
}
