// The pieces the hostile CLI cases rely on, tested on their own: the terminal escaper, the YAML
// input checks, the link decision and the graph consistency checks.
#include <doctest/doctest.h>

#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/links.hpp>
#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>

using namespace evgraph;

TEST_CASE("safety: terminal_text makes every control character visible and keeps the rest") {
  CHECK(terminal_text("café Zelensky") == "café Zelensky");
  CHECK(terminal_text("a\x1b[2Jb") == "a\\x1b[2Jb");
  CHECK(terminal_text("one\ntwo\rthree\tfour") == "one\\ntwo\\rthree\\tfour");
  CHECK(terminal_text("del\x7f") == "del\\x7f");
  CHECK(terminal_text("csi\xC2\x9B") == "csi\\u{009b}");
  CHECK(terminal_text("rtl\u202Eevil") == "rtl\\u{202e}evil");
  CHECK(terminal_text("line\u2028sep") == "line\\u{2028}sep");
  CHECK(terminal_text("bad\xFF") == "bad\\xff");
}

TEST_CASE("safety: json_terminal_safe escapes inside JSON strings what nlohmann leaves raw") {
  CHECK(json_terminal_safe("{\"t\":\"a\x7f\xC2\x9B\u202E\"}") == "{\"t\":\"a\\u007f\\u009b\\u202e\"}");
  CHECK(json_terminal_safe("{\"t\":\"é\"}") == "{\"t\":\"é\"}");
}

TEST_CASE("safety: YAML inputs refuse bytes that are no UTF-8 and keys given twice, at their place") {
  try {
    parse_yaml("a: 1\nb: \"caf\xE9\"\n", "f.yaml");
    FAIL("accepted");
  } catch (const InputError& e) {
    CHECK(e.location().to_string() == "f.yaml:2:8");
  }
  try {
    parse_yaml("top:\n  a: 1\n  b: 2\n  a: 3\n", "f.yaml");
    FAIL("accepted");
  } catch (const InputError& e) {
    CHECK(e.location().to_string() == "f.yaml:4:3");
    CHECK(e.message().find("'a'") != std::string::npos);
  }
  CHECK_NOTHROW(parse_yaml("- a: 1\n- a: 2\n", "f.yaml"));  // the same key in two mappings is fine
}

TEST_CASE("safety: only http and https addresses are web links, however the scheme is disguised") {
  CHECK(is_web_url("https://example.org/a"));
  CHECK(is_web_url("HTTP://example.org/a"));
  for (const char* url : {"javascript:alert(1)", " https://example.org", "JaVaScRiPt:alert(1)", "data:text/html,x",
                          "vbscript:x", "file:///etc/passwd", "java&#115;cript:x", "\thttps://x", "https:", "//evil"})
    CHECK_MESSAGE(!is_web_url(url), url);
  std::vector<DocumentInfo> documents(2);
  documents[0].id = "a";
  documents[0].url = "javascript:alert(1)";
  documents[1].id = "b";
  documents[1].url = "https://example.org/b";
  Diagnostics diagnostics;
  drop_unsafe_urls(documents, "corpus.yaml", diagnostics);
  CHECK(documents[0].url.empty());
  CHECK(documents[1].url == "https://example.org/b");
  REQUIRE(diagnostics.count() == 1);
  CHECK(diagnostics.warnings()[0].to_string().rfind("corpus.yaml: warning: document 'a': url", 0) == 0);
}

TEST_CASE("safety: check_graph refuses what the schema cannot see") {
  GraphModel model;
  model.corpus.documents.push_back({"d", "d.txt", Date(2025, 3, 1), "fr", "", "", "", ""});
  Event event;
  event.id = "event:x";
  event.type = "meeting";
  event.actors = {"actor:a"};
  event.sources = {{"d", 5, 10, "quote"}};
  model.events.push_back(event);
  model.actors.push_back({"actor:a", "A", "person", {}});
  model.edges.push_back({"event:x", "actor:a", "participant"});
  CHECK_NOTHROW(check_graph(model, "g.json"));

  const auto refused = [](GraphModel bad, const std::string& words) {
    try {
      check_graph(bad, "g.json");
      FAIL("accepted: " << words);
    } catch (const InputError& e) {
      CHECK_MESSAGE(e.message().find(words) != std::string::npos, e.message());
    }
  };
  GraphModel twice = model;
  twice.places.push_back({"actor:a", "A", "", {}});
  refused(twice, "/places/0/id: id 'actor:a' is used twice");
  GraphModel dangling = model;
  dangling.edges.push_back({"event:x", "place:nowhere", "located_in"});
  refused(dangling, "/edges/1/to: 'place:nowhere'");
  GraphModel reversed = model;
  reversed.events[0].sources[0].begin = 11;
  refused(reversed, "/events/0/sources/0: 'begin' is after 'end'");
  GraphModel backwards = model;
  backwards.events[0].date.start = Date(2025, 3, 2);
  backwards.events[0].date.end = Date(2025, 3, 1);
  refused(backwards, "/events/0/date: 'start' is after 'end'");
  GraphModel unknown_doc = model;
  unknown_doc.events[0].sources[0].doc = "e";
  refused(unknown_doc, "/events/0/sources/0/doc");
}
