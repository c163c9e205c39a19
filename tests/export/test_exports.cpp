// The export writers and the HTML page on the hand-built graphs: deterministic bytes, escaping in
// each syntax, values left out rather than written empty, links. The real readers (networkx, the
// csv module, a JSON Schema validator, Mermaid's grammar, Chromium) check the files in
// tests/export/read_exports.py and tests/browser/.
#include <doctest/doctest.h>

#include <evgraph/data_store.hpp>
#include <evgraph/env.hpp>
#include <evgraph/error.hpp>
#include <evgraph/export.hpp>
#include <evgraph/html.hpp>
#include <evgraph/links.hpp>
#include <evgraph/render_style.hpp>
#include <evgraph/schema.hpp>

#include <nlohmann/json.hpp>

#include "render/fixture.hpp"
#include "test_support.hpp"

using namespace evgraph;
using evgraph::test::count_occurrences;

namespace {


// The JSON blob of a page, as the page's script reads it.
nlohmann::json page_blob(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"evgraph-data\">";
  const auto start = page.find(open);
  REQUIRE(start != std::string::npos);
  const auto end = page.find("</script>", start);
  REQUIRE(end != std::string::npos);
  return nlohmann::json::parse(page.substr(start + open.size(), end - start - open.size()));
}

}  // namespace

TEST_CASE("every export is byte-identical from run to run") {
  const GraphModel model = test::hostile_graph();
  const Resources& resources = test::resources();
  CHECK(export_graphml(model, resources) == export_graphml(model, resources));
  CHECK(export_gexf(model, resources) == export_gexf(model, resources));
  CHECK(export_timelinejs(model, resources) == export_timelinejs(model, resources));
  CHECK(export_mermaid(model, resources) == export_mermaid(model, resources));
  const auto a = export_csv(model, resources), b = export_csv(model, resources);
  REQUIRE(a.size() == b.size());
  for (std::size_t k = 0; k < a.size(); ++k) CHECK(a[k].content == b[k].content);
  CHECK(render_timeline_html(model, resources) == render_timeline_html(model, resources));
}

TEST_CASE("GraphML: one node per event, entity and document, one edge per graph edge, no empty values") {
  const GraphModel model = test::sample_graph();
  const std::string xml = export_graphml(model, test::resources());
  const std::size_t nodes = model.events.size() + model.actors.size() + model.places.size() + model.proposals.size() +
                            model.corpus.documents.size();
  CHECK(count_occurrences(xml, "<node id=") == nodes);
  CHECK(count_occurrences(xml, "<edge id=") == model.edges.size());
  CHECK(xml.find("attr.name=\"confidence\" attr.type=\"double\"") != std::string::npos);
  CHECK(xml.find("attr.name=\"sources\" attr.type=\"int\"") != std::string::npos);
  // An actor has no confidence: the value is left out, not written as 0, NaN or "".
  CHECK(xml.find("></data>") == std::string::npos);
  CHECK(xml.find(">nan</data>") == std::string::npos);
  CHECK(xml.find(">-2147483648</data>") == std::string::npos);
}

TEST_CASE("GraphML and GEXF stay well-formed XML with hostile text") {
  const GraphModel model = test::hostile_graph();
  for (const std::string& xml : {export_graphml(model, test::resources()), export_gexf(model, test::resources())}) {
    CHECK(xml.find("<script>") == std::string::npos);
    CHECK(xml.find("\x01") == std::string::npos);
    CHECK(xml.find("&lt;script&gt;") != std::string::npos);
  }
}

TEST_CASE("GEXF: dynamic, events over their days, entities over their events'") {
  const GraphModel model = test::sample_graph();
  const std::string xml = export_gexf(model, test::resources());
  CHECK(xml.find("<gexf xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(xml.find("mode=\"dynamic\"") != std::string::npos);
  CHECK(xml.find("timeformat=\"date\"") != std::string::npos);
  CHECK(count_occurrences(xml, "<edge id=") == model.edges.size());
  CHECK(count_occurrences(xml, " start=\"") > model.events.size() / 2);
}

TEST_CASE("CSV: RFC 4180 quoting, CRLF, one row per record") {
  GraphModel model = test::sample_graph();
  model.events.front().title = "a, \"quoted\" title";
  const auto files = export_csv(model, test::resources());
  std::map<std::string, std::string> by_name;
  for (const auto& file : files) by_name[file.name] = file.content;
  REQUIRE(by_name.count("events.csv"));
  REQUIRE(by_name.count("entities.csv"));
  REQUIRE(by_name.count("edges.csv"));
  REQUIRE(by_name.count("sources.csv"));
  const std::string& events = by_name["events.csv"];
  CHECK(events.find("\"a, \"\"quoted\"\" title\"") != std::string::npos);
  CHECK(count_occurrences(events, "\r\n") == model.events.size() + 1);
  CHECK(count_occurrences(by_name["edges.csv"], "\r\n") == model.edges.size() + 1);
  CHECK(by_name["edges.csv"].rfind("from,to,kind\r\n", 0) == 0);
}

TEST_CASE("TimelineJS: a slide per dated event, valid against schemas/timelinejs.schema.json") {
  const GraphModel model = test::hostile_graph();
  const std::string text = export_timelinejs(model, test::resources());
  const auto json = nlohmann::json::parse(text);
  std::size_t dated = 0;
  for (const Event& event : model.events)
    if (event.date.start || event.date.latest || event.date.earliest) ++dated;
  CHECK(json["events"].size() == dated);
  const YAML::Node document = YAML::Load(text);
  const auto violations = check_against_schema(document, "timeline.json", "timelinejs.schema.json", test::resources().data());
  for (const auto& v : violations) MESSAGE(v.path << ": " << v.message);
  CHECK(violations.empty());
  CHECK(text.find("<script>") == std::string::npos);  // slide text is HTML: escaped
}

TEST_CASE("Mermaid: a title, a section per year, text cannot break the grammar") {
  const GraphModel model = test::hostile_graph();
  const std::string text = export_mermaid(model, test::resources());
  CHECK(text.rfind("timeline\n    title ", 0) == 0);
  CHECK(text.find("    section 2025\n") != std::string::npos);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("        ", 0) != 0) continue;
    // An event line: one " : " separator, no comment or statement break inside.
    const std::string body = line.substr(line.find(" : ") + 3);
    CHECK_MESSAGE(body.find_first_of(":#;") == std::string::npos, line);
    CHECK_MESSAGE(body.find("%%") == std::string::npos, line);
  }
  ExportOptions markdown;
  markdown.markdown = true;
  const std::string fenced = export_mermaid(model, test::resources(), markdown);
  CHECK(fenced.rfind("```mermaid\ntimeline\n", 0) == 0);
  CHECK(fenced.size() > 4);
  CHECK(fenced.substr(fenced.size() - 4) == "```\n");
}

TEST_CASE("HTML page: one self-contained file, its data safe inside <script>") {
  const GraphModel model = test::hostile_graph();
  const std::string page = render_timeline_html(model, test::resources());
  for (const char* placeholder : {"EVGRAPH_LANG", "EVGRAPH_TITLE", "/*EVGRAPH_CSS*/", "/*EVGRAPH_JS*/", "EVGRAPH_DATA_JSON"})
    CHECK_MESSAGE(page.find(placeholder) == std::string::npos, placeholder);
  // The hostile title holds "</script>": inside the blob it must not close the element.
  CHECK(count_occurrences(page, "</script>") == 2);
  CHECK(page.find("src=\"http") == std::string::npos);
  const auto blob = page_blob(page);
  CHECK(blob["graph"]["events"].size() == model.events.size());
  CHECK_FALSE(blob["graph"].contains("edges"));
  CHECK(blob["ui"]["lang"] == "fr");
  CHECK(blob["ui"]["words"]["month_3"] == "mars");           // from language.yaml
  CHECK(blob["ui"]["words"]["date_week"] == "semaine du {date}");
  CHECK(blob["ui"]["words"]["shown_count"] == "{shown} événements affichés sur {total}");  // html.yaml
  CHECK(blob["ui"]["type_labels"]["meeting"] == "Réunion");
  CHECK(blob["style"]["themes"].contains("dark"));
}

TEST_CASE("HTML page: the marks of modality and confidence are the style's, as in the SVG timeline") {
  const auto defaults = page_blob(render_timeline_html(test::sample_graph(), test::resources()))["style"]["modality"];
  CHECK(defaults["possible"] == nlohmann::json{{"fill", "hollow"}, {"outline", "dashed"}, {"label", "plain"}});
  CHECK(defaults["denied"]["label"] == "struck");
  CHECK(defaults["low_confidence"]["below"] == 0.6);
  RenderStyle style = test::resources().style();
  style.modality["planned"] = {MarkFill::solid, MarkOutline::dotted, LabelLook::italic};
  style.low_confidence = 0.9;
  style.low_confidence_opacity = 0.3;
  const Resources styled(disk_env(), DataStore{}, style);
  const auto custom = page_blob(render_timeline_html(test::sample_graph(), styled))["style"]["modality"];
  CHECK(custom["planned"] == nlohmann::json{{"fill", "solid"}, {"outline", "dotted"}, {"label", "italic"}});
  CHECK(custom["low_confidence"] == nlohmann::json{{"below", 0.9}, {"opacity", 0.3}});
}

TEST_CASE("HTML page: U+2028 and U+2029 are escaped, the title is HTML-escaped") {
  GraphModel model = test::sample_graph();
  model.events.front().title = "line\xE2\x80\xA8separator\xE2\x80\xA9paragraph";
  HtmlOptions options;
  options.title = "A <b>title</b> & more";
  options.lang = "en";
  const std::string page = render_timeline_html(model, test::resources(), options);
  CHECK(page.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(page.find("\\u2028") != std::string::npos);
  CHECK(page.find("<title>A &lt;b&gt;title&lt;/b&gt; &amp; more</title>") != std::string::npos);
  CHECK(page.find("<html lang=\"en\">") != std::string::npos);
  CHECK(page_blob(page)["ui"]["words"]["month_3"] == "March");
}

TEST_CASE("links: a web url, else an existing file relative to the output, else none") {
  MemoryEnv env;
  env.add_file("corpus/a.txt", "text");
  CorpusInfo corpus;
  corpus.documents.push_back({"a", "a.txt", {}, "fr", "", "", "", ""});
  corpus.documents.push_back({"b", "b.txt", {}, "fr", "", "", "", ""});  // no such file
  corpus.documents.push_back({"c", "c.txt", {}, "fr", "", "", "", "https://news.example/c?x=1&y=\"2\""});
  corpus.documents.push_back({"d", "d.txt", {}, "fr", "", "", "", "javascript:alert(1)"});
  const DocumentLinks links = document_links(corpus, env, "corpus", "out");
  CHECK(links.at("a") == "../corpus/a.txt");
  CHECK(links.count("b") == 0);
  CHECK(links.at("c") == "https://news.example/c?x=1&y=%222%22");
  CHECK(links.count("d") == 0);
  // Without a corpus folder (a graph export), only web links.
  const DocumentLinks web = document_links(corpus, env, "", "out");
  CHECK(web.size() == 1);
  CHECK(document_href(corpus.documents[2], nullptr) == "https://news.example/c?x=1&y=%222%22");
  CHECK(document_href(corpus.documents[0], nullptr).empty());
}
