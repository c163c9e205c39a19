#include <doctest/doctest.h>

#include <evgraph/calendar.hpp>
#include <evgraph/graph_io.hpp>

#include "graph/graph_records.hpp"
#include "graph/tree_writer.hpp"

using namespace evgraph;
using detail::TreeWriter;

namespace {

// A graph whose strings need every kind of escape either syntax has.
GraphModel tricky_graph() {
  GraphModel model;
  model.corpus.name = "yes";  // a YAML 1.1 boolean, as a string
  DocumentInfo doc;
  doc.id = "d1";
  doc.path = "a \"b\"\\c.txt";
  doc.published = *parse_iso_date("2025-01-02");
  doc.lang = "fr";
  doc.sha256 = std::string(64, 'a');
  doc.title = "null";
  model.corpus.documents.push_back(doc);
  Event event;
  event.id = "event:x";
  event.type = "on";  // a symbol YAML would read as a boolean
  event.title = "tab\there, line\nbreak, \x01 control, \x7f del, \xC2\x85 nel, \xE2\x80\xA8 ls, \xEF\xBB\xBF bom";
  event.date.value = "2025-01-02";
  event.date.start = event.date.end = *parse_iso_date("2025-01-02");
  event.date.granularity = "day";
  event.date.certainty = "explicit";
  event.actors = {"actor:a", "actor:b"};
  event.sources.push_back({"d1", 3, 40, "« guillemets », 'apostrophes' : # not a comment - [x] {y}"});
  event.confidence = 0.1 + 0.2;  // 0.30000000000000004: must come back exactly
  event.salience = {1, 2};
  event.modality = "happened";
  model.events.push_back(event);
  model.actors.push_back({"actor:a", "A: B", "person", {"- dash", "*star", "&amp", "!bang", "%pct", "@at", "`tick"}});
  model.actors.push_back({"actor:b", "", "state", {}});
  model.edges.push_back({"actor:a", "event:x", "participant"});
  return model;
}

}  // namespace

TEST_CASE("graph.json and graph.yaml read back the same model, whatever the strings hold") {
  const GraphModel model = tricky_graph();
  const std::string json = to_json(model);
  const GraphModel from_json = graph_from_json(json, "graph.json");
  CHECK(to_json(from_json) == json);
  CHECK(from_json.events[0].confidence == model.events[0].confidence);
  CHECK(from_json.events[0].title == model.events[0].title);
  const std::string yaml = to_yaml(model);
  const GraphModel from_yaml = graph_from_yaml(yaml, "graph.yaml", DataStore{});
  CHECK(to_json(from_yaml) == json);
  CHECK(from_yaml.corpus.name == "yes");
  CHECK(from_yaml.events[0].type == "on");
  // No raw line separator or C1 control reaches the YAML text, where parsers would fold them.
  CHECK(yaml.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(yaml.find("\xC2\x85") == std::string::npos);
}

TEST_CASE("tree writer layouts: pretty JSON, one-line JSON, block YAML, empty containers") {
  auto write = [](TreeWriter::Syntax syntax) {
    std::string out;
    TreeWriter w(syntax, out);
    w.begin_object();
    w.key("name");
    w.string("x");
    w.key("empty");
    w.begin_array();
    w.end_array();
    w.key("none");
    w.begin_object();
    w.end_object();
    w.key("list");
    w.begin_array();
    w.begin_object();
    w.key("a");
    w.number(std::size_t{1});
    w.key("b");
    w.begin_array(TreeWriter::Layout::Inline);
    w.symbol("day");
    w.symbol("true");
    w.end_array();
    w.end_object();
    w.null();
    w.end_array();
    w.end_object();
    w.finish();
    return out;
  };
  CHECK(write(TreeWriter::Syntax::JsonLine) ==
        "{\"name\":\"x\",\"empty\":[],\"none\":{},\"list\":[{\"a\":1,\"b\":[\"day\",\"true\"]},null]}\n");
  CHECK(write(TreeWriter::Syntax::Json) ==
        "{\n  \"name\": \"x\",\n  \"empty\": [],\n  \"none\": {},\n  \"list\": [\n    {\n      \"a\": 1,\n"
        "      \"b\": [\"day\", \"true\"]\n    },\n    null\n  ]\n}\n");
  CHECK(write(TreeWriter::Syntax::Yaml) ==
        "name: \"x\"\nempty: []\nnone: {}\nlist:\n  - a: 1\n    b: [day, \"true\"]\n  - null\n");
}

TEST_CASE("graph.json and graph.yaml streamed in small pieces are the documents written whole") {
  GraphModel model = tricky_graph();
  for (int k = 0; k < 40; ++k) {
    Event event = model.events.front();
    event.id = "event:" + std::to_string(k);
    model.events.push_back(event);
  }
  for (const bool yaml : {false, true}) {
    const std::string whole = yaml ? to_yaml(model) : to_json(model);
    std::string pieces;
    std::size_t count = 0;
    auto write = [&](std::string_view piece) { pieces += piece, ++count; };
    // A threshold of one byte spills after every record: every seam between records is tried.
    std::string out;
    TreeWriter writer(yaml ? TreeWriter::Syntax::Yaml : TreeWriter::Syntax::Json, out);
    writer.spill_to(write, 1);
    detail::write_graph(model, writer);
    writer.finish();
    CHECK(out.empty());
    CHECK(count > 40);
    CHECK(pieces == whole);
    std::string streamed;
    (yaml ? stream_yaml : stream_json)(model, [&](std::string_view piece) { streamed += piece; }, nullptr);
    CHECK(streamed == whole);
  }
}
