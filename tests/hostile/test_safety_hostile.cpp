// Hostile input, one case per class of issue 15's safety part: links, style values, all-or-nothing
// outputs, located errors, validate, confinement, terminal-safe text, YAML strict readers load.
// Each runs build/evgraph and checks the exit status, the located message and that outputs
// written before are left exactly as they were.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <sys/wait.h>
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

using namespace evgraph::test;
namespace fs = std::filesystem;

namespace {

const std::string kArticle =
    "date 2025-03-10\nLe président Emmanuel Macron a rencontré Donald Trump à Paris le 9 mars.\n";

// Commands that write one file from a graph export, and the file each writes.
const std::pair<std::string, std::string> kOutputs[] = {{"render html", "t.html"},        {"render timeline", "t.svg"},
                                                        {"render graph", "g.svg"},        {"render graph", "g.dot"},
                                                        {"export graphml", "g.graphml"},  {"export gexf", "g.gexf"},
                                                        {"export timelinejs", "tl.json"}, {"export mermaid", "g.mmd"}};


// Runs `shell` (a sh command line where EVGRAPH names the binary), capturing both streams.
CommandResult run_shell(const std::string& shell) {
  TempDir dir;
  const std::string command = "EVGRAPH='" + std::string(EVGRAPH_BINARY) + "'; export EVGRAPH; (" + shell + ") >" +
                              shell_quoted(dir.path() / "out") + " 2>" + shell_quoted(dir.path() / "err");
  const int raw = std::system(command.c_str());
  CommandResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(dir.path() / "out");
  result.err = read_file(dir.path() / "err");
  return result;
}

// Every file under `folder` with its bytes.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file()) files[fs::relative(entry.path(), folder).string()] = read_file(entry.path());
  return files;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool has_temporary(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().filename().string().rfind(".evgraph-tmp-", 0) == 0) return true;
  return false;
}

// A one-article corpus with `extra` lines added to its only document entry, built once into
// out/ so that each case can check that a failing command leaves those outputs alone.
struct BuiltCorpus {
  TempDir dir;
  fs::path corpus = dir.path() / "corpus";
  fs::path out = dir.path() / "out";

  explicit BuiltCorpus(const std::string& extra = "", const std::string& text = kArticle) {
    write_file(corpus / "a.txt", text);
    write_file(
        corpus / "corpus.yaml",
        "corpus: hostile\nlanguage: fr\ndocuments:\n  - id: a\n    path: a.txt\n    published: 2025-03-10\n" + extra);
  }
  CommandResult build() const { return run_evgraph("build " + shell_quoted(corpus) + " -o " + shell_quoted(out)); }
  fs::path graph() const { return out / "graph.json"; }
};

// A sound corpus built into out/: the earlier outputs later failures must not touch.
struct Built : BuiltCorpus {
  std::map<std::string, std::string> before;
  Built() {
    REQUIRE(build().status == 0);
    before = snapshot(out);
  }
  void unchanged() const {
    CHECK(snapshot(out) == before);
    CHECK_FALSE(has_temporary(out));
  }
};

void check_error(const CommandResult& result, const std::string& located_prefix, const std::string& words) {
  CHECK(result.status == 2);
  CHECK_MESSAGE(result.err.rfind("evgraph: " + located_prefix, 0) == 0, result.err);
  CHECK_MESSAGE(result.err.find(words) != std::string::npos, result.err);
  CHECK_MESSAGE(result.err.find("internal error") == std::string::npos, result.err);
  CHECK_MESSAGE(result.err.find("json.exception") == std::string::npos, result.err);
}

}  // namespace

TEST_CASE("safety: a javascript:, data: or disguised url never becomes a link, and is reported") {
  for (const std::string url : {"javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                                "vbscript:msgbox", "java&#115;cript:alert(1)", "file:///etc/passwd"}) {
    BuiltCorpus corpus("    url: \"" + url + "\"\n");
    const CommandResult built = corpus.build();
    CHECK(built.status == 0);
    CHECK_MESSAGE(built.err.find("document 'a': url") != std::string::npos, built.err);
    CHECK(built.err.find("warning") != std::string::npos);
    // The payload after the scheme appears nowhere, neither as a link nor as data.
    const std::string payload = lower(url.substr(url.find(':') + 1));
    // No structured bindings here: clang 14 cannot capture them in doctest's lambdas.
    for (const auto& written : snapshot(corpus.out))
      CHECK_MESSAGE(lower(written.second).find(payload) == std::string::npos, written.first, " ", url);
  }
  // A graph export from elsewhere carrying one: every output format drops it with a warning.
  BuiltCorpus corpus;
  REQUIRE(corpus.build().status == 0);
  std::string graph = read_file(corpus.graph());
  const std::string published = "\"published\": \"2025-03-10\",";
  REQUIRE(graph.find(published) != std::string::npos);
  graph.replace(graph.find(published), published.size(),
                published + " \"url\": \"javascript:alert(document.cookie)\",");
  const fs::path hostile = corpus.dir.path() / "hostile.json";
  write_file(hostile, graph);
  for (const auto& kind : kOutputs) {
    const std::string command = kind.first, file = kind.second;
    const fs::path output = corpus.dir.path() / "o" / file;
    const CommandResult result = run_evgraph(command + " " + shell_quoted(hostile) + " -o " + shell_quoted(output));
    CHECK_MESSAGE(result.status == 0, command, result.err);
    CHECK_MESSAGE(result.err.find("is not an http or https address") != std::string::npos, command);
    const std::string written = lower(read_file(output));
    const auto at = written.find("alert(document.cookie)");
    CHECK_MESSAGE(at == std::string::npos, command,
                  written.substr(at == std::string::npos ? 0 : at - std::min<std::size_t>(at, 80), 160));
  }
}

TEST_CASE("safety: style values that would reach CSS or size a drawing are checked where they are written") {
  Built built;
  const fs::path style = built.dir.path() / "style.yaml";
  const fs::path svg = built.out / "timeline.svg";
  write_file(style, "timeline:\n  row_height: 1e8\n");
  check_error(
      run_evgraph("render timeline " + shell_quoted(built.graph()) + " --style " + shell_quoted(style) + " -o " + shell_quoted(svg)),
      style.string() + ":2:15: ", "row_height");
  write_file(style, "font:\n  family: \"x;} svg{background:url(https://evil.example/x)}\"\n");
  check_error(
      run_evgraph("render timeline " + shell_quoted(built.graph()) + " --style " + shell_quoted(style) + " -o " + shell_quoted(svg)),
      style.string() + ":2:11: ", "family");
  write_file(style, "timeline:\n  max_lanes: 1e12\n");
  check_error(
      run_evgraph("render timeline " + shell_quoted(built.graph()) + " --style " + shell_quoted(style) + " -o " + shell_quoted(svg)),
      style.string() + ":2:14: ", "max_lanes");
  built.unchanged();
}

TEST_CASE("safety: a write that fails halfway leaves the earlier outputs exactly as they were") {
  Built built;
  write_file(built.corpus / "b.txt", kArticle + "Le 10 mars, Donald Trump a appelé Emmanuel Macron.\n");
  write_file(built.corpus / "corpus.yaml",
             read_file(built.corpus / "corpus.yaml") + "  - id: b\n    path: b.txt\n    published: 2025-03-11\n");
  // A stale temporary folder of a killed run, and a symbolic link planted among the outputs.
  fs::create_directories(built.out / ".evgraph-tmp-999999999-AbCdEf");
  // Files larger than 2 blocks cannot be written (RLIMIT_FSIZE, SIGXFSZ ignored): EFBIG partway
  // through the outputs (--no-cache, or the cache's own file would be the one to fail).
  const CommandResult result = run_shell("trap '' XFSZ; ulimit -f 2; \"$EVGRAPH\" build " + shell_quoted(built.corpus) +
                                         " --no-cache -o " + shell_quoted(built.out));
  CHECK(result.status == 2);
  CHECK_MESSAGE(
      result.err.find("cannot write " + (built.out / "graph.json").string() + ": File too large") != std::string::npos,
      result.err);
  built.unchanged();
  // The next run that can write replaces them all, and a link in the folder is replaced, not followed.
  const fs::path victim = built.dir.path() / "victim.txt";
  write_file(victim, "keep me\n");
  fs::remove(built.out / "timeline.svg");
  fs::create_symlink(victim, built.out / "timeline.svg");
  CHECK(built.build().status == 0);
  CHECK(read_file(victim) == "keep me\n");
  CHECK(fs::is_regular_file(fs::symlink_status(built.out / "timeline.svg")));
  CHECK_FALSE(has_temporary(built.out));
}

TEST_CASE("safety: dates at the edges of the calendar are located errors or ignored, never an internal error") {
  // In a text: a year the calendar barely has, with relative dates around it.
  BuiltCorpus text("",
              "date 2025-03-10\nLe 1er janvier 1400, le président Emmanuel Macron a rencontré Donald Trump à Paris, "
              "puis trois jours plus tôt à Berlin, et le 31 décembre 9999 à Rome.\n");
  const CommandResult built = text.build();
  CHECK_MESSAGE(built.status == 0, built.err);
  CHECK(built.err.find("internal error") == std::string::npos);
  // In a graph export: the first day of the calendar is drawn; a day before it is a located error.
  Built graph;
  std::string json = read_file(graph.graph());
  const std::string day = "2025-03-09";
  for (auto at = json.find(day); at != std::string::npos; at = json.find(day))
    json.replace(at, day.size(), "1400-01-01");
  const fs::path edge = graph.dir.path() / "edge.json";
  write_file(edge, json);
  CHECK(run_evgraph("validate " + shell_quoted(edge)).status == 0);
  for (const auto& kind : kOutputs) {
    const std::string command = kind.first, file = kind.second;
    const CommandResult result =
        run_evgraph(command + " " + shell_quoted(edge) + " -o " + shell_quoted(graph.dir.path() / "x" / file));
    CHECK_MESSAGE(result.status == 0, command, result.err);
  }
  for (auto at = json.find("1400-01-01"); at != std::string::npos; at = json.find("1400-01-01"))
    json.replace(at, 10, "1399-12-31");
  write_file(edge, json);
  check_error(run_evgraph("validate " + shell_quoted(edge)), edge.string() + ": /events/0/date/", "1400-01-01");
  check_error(run_evgraph("render timeline " + shell_quoted(edge) + " -o " + shell_quoted(graph.out / "timeline.svg")),
              edge.string() + ": /events/0/date/", "calendar date");
  // In a lexicon: a pinned date the calendar does not have.
  const fs::path lexicon = graph.dir.path() / "lexicon.yaml";
  write_file(lexicon, "dates:\n  - event: event:x\n    value: 2025-02-30\n");
  check_error(run_evgraph("validate " + shell_quoted(lexicon)), lexicon.string() + ":3:12: ", "2025-02-30");
  check_error(
      run_evgraph("build " + shell_quoted(graph.corpus) + " --lexicon " + shell_quoted(lexicon) + " -o " + shell_quoted(graph.out)),
      lexicon.string() + ":3:12: ", "2025-02-30");
  graph.unchanged();
}

TEST_CASE("safety: bytes that are no UTF-8 in a manifest are a located error") {
  Built built;
  for (const std::string field : {"title", "source"}) {
    write_file(built.corpus / "corpus.yaml",
               "corpus: hostile\nlanguage: fr\ndocuments:\n  - id: a\n    path: a.txt\n"
               "    published: 2025-03-10\n    " +
                   field + ": \"caf\xE9\"\n");
    check_error(built.build(), (built.corpus / "corpus.yaml").string() + ":7:", "not UTF-8");
    check_error(run_evgraph("validate " + shell_quoted(built.corpus / "corpus.yaml")),
                (built.corpus / "corpus.yaml").string() + ":7:", "not UTF-8");
  }
  built.unchanged();
  // In a folder without manifest, a file whose name is no UTF-8 is a document skipped with a warning.
  TempDir folder;
  write_file(folder.path() / "a.txt", kArticle);
  write_file(folder.path() / "caf\xE9.txt", kArticle);
  const CommandResult result = run_evgraph("build " + shell_quoted(folder.path()) + " -o " + shell_quoted(folder.path() / "out"));
  CHECK(result.status == 0);
  CHECK_MESSAGE(result.err.find("caf\\xe9.txt: warning: file name is not UTF-8; skipped") != std::string::npos,
                result.err);
  CHECK(read_file(folder.path() / "out" / "graph.json").find("\ufffd") == std::string::npos);
}

TEST_CASE("safety: library errors come with the file and its line:column, in words") {
  Built built;
  const fs::path deep = built.dir.path() / "deep.yaml";
  write_file(deep, "a: " + std::string(5000, '[') + "\n");
  check_error(run_evgraph("validate " + shell_quoted(deep)), deep.string() + ":", "nested too deeply");
  const fs::path broken = built.dir.path() / "broken.json";
  write_file(broken, "{\"evgraph\": \"1\",\n \"corpus\": [1, 2,]}\n");
  check_error(run_evgraph("render timeline " + shell_quoted(broken) + " -o " + shell_quoted(built.out / "timeline.svg")),
              broken.string() + ":2:", "syntax error");
  write_file(broken, "{\"evgraph\": \"1\", \"events\": []}\n");
  check_error(run_evgraph("validate " + shell_quoted(broken)), broken.string() + ": / ", "missing required field 'corpus'");
  write_file(built.corpus / "corpus.yaml",
             "corpus: hostile\nlanguage: de\ndocuments:\n  - id: a\n    path: a.txt\n    published: 2025-03-10\n");
  check_error(built.build(), (built.corpus / "corpus.yaml").string() + ":2:11: ", "no language pack for 'de'");
  built.unchanged();
}

TEST_CASE("safety: validate refuses what a later command would refuse or misread") {
  Built built;
  const std::string good = read_file(built.graph());
  const fs::path graph = built.dir.path() / "graph.json";
  const auto refuse = [&](const std::string& from, const std::string& to, const std::string& where,
                          const std::string& words) {
    std::string text = good;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write_file(graph, text);
    check_error(run_evgraph("validate " + shell_quoted(graph)), graph.string() + ": " + where, words);
  };
  refuse("\"id\": \"actor:emmanuel-macron\"", "\"id\": \"actor:donald-trump\"", "/actors/", "used twice");
  refuse("\"to\": \"place:paris\"", "\"to\": \"place:nowhere\"", "/edges/", "place:nowhere");
  refuse("\"begin\": ", "\"begin\": 99999", "/events/0/sources/0", "'begin' is after 'end'");
  // A key given twice: an error in validate and in every reader, not a silent choice.
  const std::string manifest = read_file(built.corpus / "corpus.yaml");
  write_file(built.corpus / "corpus.yaml", "corpus: other\n" + manifest);
  check_error(run_evgraph("validate " + shell_quoted(built.corpus / "corpus.yaml")),
              (built.corpus / "corpus.yaml").string() + ":2:1: ", "given twice");
  check_error(built.build(), (built.corpus / "corpus.yaml").string() + ":2:1: ", "given twice");
  built.unchanged();
}

TEST_CASE("safety: documents stay inside the corpus folder, in folder mode and through a manifest") {
  TempDir dir;
  write_file(dir.path() / "outside" / "secret.txt",
             "date 2025-03-10\nLe président Emmanuel Macron a rencontré Donald Trump à Berlin.\n");
  write_file(dir.path() / "folder" / "a.txt", kArticle);
  fs::create_symlink(dir.path() / "outside" / "secret.txt", dir.path() / "folder" / "b.txt");
  const CommandResult folder =
      run_evgraph("build " + shell_quoted(dir.path() / "folder") + " -o " + shell_quoted(dir.path() / "o1"));
  CHECK(folder.status == 0);
  CHECK_MESSAGE(folder.err.find("b.txt: warning: is a symbolic link") != std::string::npos, folder.err);
  CHECK(read_file(dir.path() / "o1" / "graph.json").find("Berlin") == std::string::npos);
  // A folder on the manifest's path that is a link to the outside.
  fs::create_directories(dir.path() / "m");
  fs::create_directory_symlink(dir.path() / "outside", dir.path() / "m" / "sub");
  write_file(dir.path() / "m" / "corpus.yaml",
             "corpus: x\nlanguage: fr\ndocuments:\n  - id: a\n    path: sub/secret.txt\n    published: 2025-03-10\n");
  const CommandResult manifest =
      run_evgraph("build " + shell_quoted(dir.path() / "m") + " --strict -o " + shell_quoted(dir.path() / "o2"));
  CHECK(manifest.status == 2);
  CHECK_MESSAGE(manifest.err.find("symbolic link") != std::string::npos, manifest.err);
  CHECK_FALSE(fs::exists(dir.path() / "o2"));
}

TEST_CASE("safety: diff and query print no raw control character from the inputs") {
  Built built;
  std::string hostile = read_file(built.graph());
  const std::string title = "\"title\": \"";
  hostile.replace(hostile.find(title), title.size(),
                  title + "\\u001b[2J\\u001b]0;pwned\\u0007\\nFAKE\\r\\u007f\\u009b");
  const std::string name = "\"name\": \"hostile\"";
  hostile.replace(hostile.find(name), name.size(), "\"name\": \"ho\\u001b[31mstile\"");
  const fs::path changed = built.dir.path() / "changed.json";
  write_file(changed, hostile);
  const auto raw_control = [](const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
      if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
    }
    return false;
  };
  const CommandResult diff = run_evgraph("diff " + shell_quoted(built.graph()) + " " + shell_quoted(changed));
  CHECK(diff.status == 1);
  CHECK_FALSE(raw_control(diff.out));
  CHECK(diff.out.find("\\x1b[2J") != std::string::npos);
  CHECK(diff.out.find("\nFAKE") == std::string::npos);
  const CommandResult query = run_evgraph("query " + shell_quoted(changed) + " --actor actor:donald-trump");
  CHECK(query.status == 0);
  CHECK_FALSE(raw_control(query.out));
  CHECK(query.out.find("\\u009b") != std::string::npos);
  std::string bad_id = hostile;
  const std::string place = "place:paris";
  for (auto at = bad_id.find(place); at != std::string::npos; at = bad_id.find(place, at + 20))
    bad_id.replace(at, place.size(), "place:\\u001b[1mparis");
  write_file(changed, bad_id);
  const CommandResult around = run_evgraph("query " + shell_quoted(changed) + " --around actor:donald-trump --hops 2");
  CHECK(around.status == 0);
  CHECK_FALSE(raw_control(around.out));
  built.unchanged();
}

TEST_CASE("safety: PyYAML loads graph.yaml whatever the text holds") {
  // DEL in a title, NEL, U+2028, U+FFFE and U+FEFF in the sentence that becomes a quote.
  BuiltCorpus corpus("    title: \"del\\x7Fhere\"\n    source: \"nel\\x85here\"\n",
                "date 2025-03-10\nLe président Emmanuel Macron \u2028a rencontré \xEF\xBF\xBE Donald Trump \xEF\xBB\xBF"
                "\xEF\xBF\xBF à Paris le 9 mars.\n");
  const CommandResult built = corpus.build();
  REQUIRE_MESSAGE(built.status == 0, built.err);
  const std::string yaml = read_file(corpus.out / "graph.yaml");
  CHECK(yaml.find('\x7F') == std::string::npos);
  CHECK(yaml.find("\xEF\xBF\xBE") == std::string::npos);
  const CommandResult loaded =
      run_shell("python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1], encoding=\"utf-8\"))' " +
                shell_quoted(corpus.out / "graph.yaml"));
  CHECK_MESSAGE(loaded.status == 0, loaded.err);
}
