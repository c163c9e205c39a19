// The outputs people already use, driven from the command line: render html, export, the format
// chosen by -o, --theme, --lang in every drawing, names for ids, standard input, help and typos,
// diff --stat and --edges, shell completion.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace evgraph::test;

namespace {


const std::filesystem::path& built_sample() {
  static TempDir dir;
  static const std::filesystem::path graph = [] {
    const auto result = run_evgraph("build " + shell_quoted(example_corpus()) + " -o " + shell_quoted(dir.path()));
    REQUIRE_MESSAGE(result.status == 0, result.err);
    return dir.path() / "graph.json";
  }();
  return graph;
}

bool starts_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("evgraph alone prints the help, a typo gets a suggestion") {
  const auto alone = run_evgraph("");
  CHECK(alone.status == 0);
  CHECK(alone.out.find("Subcommands:") != std::string::npos);
  CHECK(alone.out.find("export") != std::string::npos);
  const auto typo = run_evgraph("biuld examples");
  CHECK(typo.status == 2);
  CHECK(typo.err.find("Did you mean 'build'?") != std::string::npos);
  const auto far = run_evgraph("frobnicate");
  CHECK(far.status == 2);
  CHECK(far.err.find("is not an evgraph command") != std::string::npos);
  CHECK(far.err.find("Did you mean") == std::string::npos);
  // An unknown option of a command is still an error, not silently kept.
  const auto option = run_evgraph("render timeline " + shell_quoted(built_sample()) + " --bogus");
  CHECK(option.status == 2);
  CHECK(option.err.find("--bogus") != std::string::npos);
}

TEST_CASE("render: the -o extension chooses the format, an unknown one fails and writes nothing") {
  TempDir dir;
  const std::string graph = shell_quoted(built_sample());
  const auto png = run_evgraph("render timeline " + graph + " -o " + shell_quoted(dir.path() / "t.png"));
  REQUIRE_MESSAGE(png.status == 0, png.err);
  CHECK(starts_with(read_file(dir.path() / "t.png"), "\x89PNG\r\n"));
  const auto pdf = run_evgraph("render timeline " + graph + " -o " + shell_quoted(dir.path() / "t.pdf"));
  REQUIRE_MESSAGE(pdf.status == 0, pdf.err);
  CHECK(starts_with(read_file(dir.path() / "t.pdf"), "%PDF-"));
  const auto graph_pdf = run_evgraph("render graph " + graph + " -o " + shell_quoted(dir.path() / "g.pdf"));
  REQUIRE_MESSAGE(graph_pdf.status == 0, graph_pdf.err);
  CHECK(starts_with(read_file(dir.path() / "g.pdf"), "%PDF-"));
  // The same drawing gives the same PDF bytes (no time stamp).
  const auto again = run_evgraph("render timeline " + graph + " -o " + shell_quoted(dir.path() / "t2.pdf"));
  REQUIRE(again.status == 0);
  CHECK(read_file(dir.path() / "t.pdf") == read_file(dir.path() / "t2.pdf"));

  const auto jpg = run_evgraph("render timeline " + graph + " -o " + shell_quoted(dir.path() / "t.jpg"));
  CHECK(jpg.status == 2);
  CHECK(jpg.err.find("cannot write '.jpg' files") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "t.jpg"));
  const auto mismatch = run_evgraph("render graph " + graph + " --format dot -o " + shell_quoted(dir.path() / "g.svg"));
  CHECK(mismatch.status == 2);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "g.svg"));
}

TEST_CASE("render timeline --theme dark draws in the dark theme's colours only") {
  const std::string graph = shell_quoted(built_sample());
  const auto light = run_evgraph("render timeline " + graph);
  const auto dark = run_evgraph("render timeline " + graph + " --theme dark");
  REQUIRE(light.status == 0);
  REQUIRE(dark.status == 0);
  CHECK(light.out.find("prefers-color-scheme: dark") != std::string::npos);
  CHECK(dark.out.find("prefers-color-scheme") == std::string::npos);
  CHECK(dark.out != light.out);
}

TEST_CASE("render html writes one self-contained page") {
  TempDir dir;
  const auto result = run_evgraph("render html " + shell_quoted(example_corpus()) + " -o " + shell_quoted(dir.path() / "t.html"));
  REQUIRE_MESSAGE(result.status == 0, result.err);
  const std::string page = read_file(dir.path() / "t.html");
  CHECK(starts_with(page, "<!DOCTYPE html>"));
  CHECK(page.find("<html lang=\"fr\">") != std::string::npos);
  CHECK(page.find("id=\"evgraph-data\"") != std::string::npos);
  const auto wrong = run_evgraph("render html " + shell_quoted(built_sample()) + " -o " + shell_quoted(dir.path() / "t.svg"));
  CHECK(wrong.status == 2);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "t.svg"));
}

TEST_CASE("--lang en: the sample timeline names the United States and NATO, titles stay French") {
  const std::string graph = shell_quoted(built_sample());
  const auto en = run_evgraph("render timeline " + graph + " --lang en --lanes actor");
  REQUIRE_MESSAGE(en.status == 0, en.err);
  // Lane labels are entity names; quotes in tooltips stay French.
  CHECK(en.out.find(">United States<") != std::string::npos);
  CHECK(en.out.find(">NATO<") != std::string::npos);
  CHECK(en.out.find(">États-Unis<") == std::string::npos);
  CHECK(en.out.find(">OTAN<") == std::string::npos);
  CHECK(en.out.find("Zelensky a insisté à Kiev") != std::string::npos);  // a title quotes its article
  const auto fr = run_evgraph("render timeline " + graph + " --lanes actor");
  REQUIRE(fr.status == 0);
  CHECK(fr.out.find(">États-Unis<") != std::string::npos);
  CHECK(fr.out.find(">OTAN<") != std::string::npos);
}

TEST_CASE("the sample's diff SVG legend is French by default, English with --lang en") {
  const std::string old_corpus = shell_quoted(example_corpus() / "corpus-v1.yaml");
  const std::string new_corpus = shell_quoted(example_corpus() / "corpus.yaml");
  const auto fr = run_evgraph("diff " + old_corpus + " " + new_corpus + " --format svg");
  REQUIRE_MESSAGE(fr.status == 1, fr.err);
  CHECK(fr.out.find(">différences<") != std::string::npos);
  CHECK(fr.out.find(">ajouté<") != std::string::npos);
  CHECK(fr.out.find(">added<") == std::string::npos);
  const auto en = run_evgraph("diff " + old_corpus + " " + new_corpus + " --format svg --lang en");
  REQUIRE_MESSAGE(en.status == 1, en.err);
  CHECK(en.out.find(">added<") != std::string::npos);
  CHECK(en.out.find(">différences<") == std::string::npos);
}

TEST_CASE("diff: mentioned_in edges counted, listed only with --edges=all, --stat stops after the summary") {
  const std::string args = "diff " + shell_quoted(example_corpus() / "corpus-v1.yaml") + " " + shell_quoted(example_corpus() / "corpus.yaml");
  const auto plain = run_evgraph(args);
  const auto all = run_evgraph(args + " --edges=all");
  const auto stat = run_evgraph(args + " --stat");
  REQUIRE(plain.status == 1);
  REQUIRE(all.status == 1);
  REQUIRE(stat.status == 1);
  CHECK(plain.out.find("-mentioned_in->") == std::string::npos);
  CHECK(all.out.find("-mentioned_in->") != std::string::npos);
  CHECK(plain.out.find("mentioned_in edges not listed") != std::string::npos);
  CHECK(plain.out.find(" edges") != std::string::npos);  // the summary still counts them
  CHECK(stat.out.find("+ event") == std::string::npos);
  CHECK(stat.out.find("events") != std::string::npos);
  CHECK(stat.out.size() < plain.out.size());
  CHECK(run_evgraph(args + " --edges=some").status == 2);
}

TEST_CASE("query accepts a name or an alias wherever it takes an id") {
  const std::string graph = shell_quoted(built_sample());
  const auto by_id = run_evgraph("query " + graph + " --actor actor:donald-trump");
  const auto by_name = run_evgraph("query " + graph + " --actor 'Donald Trump'");
  const auto by_alias = run_evgraph("query " + graph + " --actor 'président trump'");
  REQUIRE_MESSAGE(by_name.status == 0, by_name.err);
  CHECK_FALSE(by_id.out.empty());
  CHECK(by_name.out == by_id.out);
  CHECK(by_alias.out == by_id.out);
  const auto around = run_evgraph("query " + graph + " --around Alaska");
  REQUIRE_MESSAGE(around.status == 0, around.err);
  CHECK(around.out.find("event:undated:meeting:alaska") != std::string::npos);
  const auto typo = run_evgraph("query " + graph + " --actor 'Donald Trupm'");
  CHECK(typo.status == 2);
  CHECK(typo.err.find("did you mean Donald Trump") != std::string::npos);
}

TEST_CASE("- reads standard input where a file is read") {
  const auto timex = run_evgraph("timex - --ref 2025-03-20 --lang en < " +
                                 shell_quoted(source_dir() / "docs" / "examples" / "article-en.txt"));
  REQUIRE_MESSAGE(timex.status == 0, timex.err);
  CHECK(timex.out.find("\"value\":") != std::string::npos);
  const auto render = run_evgraph("render timeline - < " + shell_quoted(built_sample()));
  REQUIRE_MESSAGE(render.status == 0, render.err);
  CHECK(render.out.find("<svg") != std::string::npos);
  TempDir dir;
  const auto yaml = run_evgraph("build " + shell_quoted(example_corpus()) + " -o " + shell_quoted(dir.path()));
  REQUIRE(yaml.status == 0);
  const auto from_yaml = run_evgraph("export mermaid - < " + shell_quoted(dir.path() / "graph.yaml"));
  REQUIRE_MESSAGE(from_yaml.status == 0, from_yaml.err);
  CHECK(starts_with(from_yaml.out, "timeline\n"));
}

TEST_CASE("export: each format, csv into a folder, all or nothing") {
  TempDir dir;
  const std::string graph = shell_quoted(built_sample());
  for (const char* format : {"graphml", "gexf", "timelinejs", "mermaid"}) {
    const auto result = run_evgraph(std::string("export ") + format + " " + graph);
    REQUIRE_MESSAGE(result.status == 0, result.err);
    CHECK(result.out.size() > 200);
  }
  const auto csv = run_evgraph("export csv " + graph + " -o " + shell_quoted(dir.path() / "tables"));
  REQUIRE_MESSAGE(csv.status == 0, csv.err);
  for (const char* table : {"events.csv", "entities.csv", "edges.csv", "sources.csv", "documents.csv"})
    CHECK_MESSAGE(std::filesystem::exists(dir.path() / "tables" / table), table);
  const auto no_folder = run_evgraph("export csv " + graph);
  CHECK(no_folder.status == 2);
  CHECK(no_folder.err.find("-o DIR") != std::string::npos);
  const auto markdown = run_evgraph("export mermaid " + graph + " -o " + shell_quoted(dir.path() / "timeline.md"));
  REQUIRE(markdown.status == 0);
  CHECK(starts_with(read_file(dir.path() / "timeline.md"), "```mermaid\ntimeline\n"));
  CHECK(run_evgraph("export svg " + graph).status == 2);
}

TEST_CASE("links: a corpus's files relative to the output, none that lead nowhere") {
  TempDir dir;
  const auto from_corpus = run_evgraph("render timeline " + shell_quoted(example_corpus()) + " -o " + shell_quoted(dir.path() / "t.svg"));
  REQUIRE_MESSAGE(from_corpus.status == 0, from_corpus.err);
  const std::string svg = read_file(dir.path() / "t.svg");
  const auto at = svg.find("<a href=\"");
  REQUIRE(at != std::string::npos);
  const std::string href = svg.substr(at + 9, svg.find('"', at + 9) - at - 9);
  CHECK(std::filesystem::is_regular_file(dir.path() / href));
  // From graph.json in another folder, the documents' files are not known: no link at all.
  const auto from_export = run_evgraph("render timeline " + shell_quoted(built_sample()) + " -o " + shell_quoted(dir.path() / "u.svg"));
  REQUIRE(from_export.status == 0);
  CHECK(read_file(dir.path() / "u.svg").find("<a href=") == std::string::npos);
}

TEST_CASE("the manifest's url becomes the link of its sources, in graph.json and the drawings") {
  TempDir dir;
  std::filesystem::copy(example_corpus(), dir.path() / "corpus", std::filesystem::copy_options::recursive);
  const auto manifest = dir.path() / "corpus" / "corpus.yaml";
  std::string text = read_file(manifest);
  const std::string anchor = "  - id: nato-ministerial\n";
  text.replace(text.find(anchor), anchor.size(), anchor + "    url: https://news.example/otan?a=1&b=2\n");
  write_file(manifest, text);
  const auto built = run_evgraph("build " + shell_quoted(manifest) + " -o " + shell_quoted(dir.path() / "out"));
  REQUIRE_MESSAGE(built.status == 0, built.err);
  const auto graph = nlohmann::json::parse(read_file(dir.path() / "out" / "graph.json"));
  bool kept = false;
  for (const auto& doc : graph["corpus"]["documents"])
    if (doc["id"] == "nato-ministerial") kept = doc.value("url", "") == "https://news.example/otan?a=1&b=2";
  CHECK(kept);
  CHECK(read_file(dir.path() / "out" / "timeline.svg").find("href=\"https://news.example/otan?a=1&amp;b=2\"") !=
        std::string::npos);
  CHECK(read_file(dir.path() / "out" / "graph.svg").find("https://news.example/otan") != std::string::npos);
  const auto html = run_evgraph("render html " + shell_quoted(dir.path() / "out" / "graph.json"));
  REQUIRE(html.status == 0);
  CHECK(html.out.find("\"nato-ministerial\":\"https://news.example/otan?a=1&b=2\"") != std::string::npos);
  const auto js = run_evgraph("export timelinejs " + shell_quoted(dir.path() / "out" / "graph.json"));
  CHECK(js.out.find("https://news.example/otan?a=1&amp;b=2") != std::string::npos);
}

TEST_CASE("completion scripts come from the command table") {
  const auto bash = run_evgraph("completion bash");
  REQUIRE(bash.status == 0);
  for (const char* word : {"build", "export", "render", "graphml", "timeline", "--lanes", "--theme"})
    CHECK_MESSAGE(bash.out.find(word) != std::string::npos, word);
  const auto zsh = run_evgraph("completion zsh");
  REQUIRE(zsh.status == 0);
  CHECK(starts_with(zsh.out, "#compdef evgraph\n"));
  CHECK(zsh.out.find("'export:") != std::string::npos);
}
