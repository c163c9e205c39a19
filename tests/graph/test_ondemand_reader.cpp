// The On Demand reader of graph.json against the tree readers: what it accepts it must read to the
// same model, and what it leaves to them must keep their messages.
#include <doctest/doctest.h>

#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>

#include "graph/ondemand_reader.hpp"

#include <random>
#include <string>
#include <vector>

using namespace evgraph;

namespace {

// A whole export; `events` and `extra` (root fields after the edges) are spliced in as written.
std::string graph_text(const std::string& events, const std::string& extra = "") {
  return R"({"evgraph": "1", "corpus": {"name": "c", "version": null, "documents": [
    {"id": "doc-a", "path": "a.txt", "published": "2025-05-01", "lang": "fr", "sha256": "ab", "title": null,
     "source": "AFP", "url": "https://example.org/a", "more": {"x": [1, 2.5, -3, true, false, null]}}]},
  "events": [)" + events + R"(],
  "actors": [{"id": "actor:x", "name": "X \"the\" \u00e9lu", "kind": "person", "aliases": ["Ex", "\\X/"]},
             {"id": "actor:y", "name": "Y", "kind": null}],
  "places": [], "proposals": [{"id": "proposal:p", "name": "P", "aliases": []}],
  "edges": [{"from": "actor:x", "to": "event:a", "kind": "participant"}])" + extra + "}";
}

// Each event read by the tree readers alike: every field, nulls, unknown fields, odd numbers.
const std::vector<std::string> k_events = {
    R"({"id": "event:a", "type": "meeting", "title": "A \u00ab quote \u00bb \\ \" \/ \n",
        "date": {"value": "2025-03-01", "start": "2025-03-01", "end": "2025-03-01", "granularity": "day",
                 "certainty": "explicit", "mod": "APPROX", "earliest": null, "latest": "2025-04-01"},
        "actors": ["actor:x", "actor:y"], "agents": ["actor:x"], "targets": ["actor:y"], "places": [],
        "proposals": ["proposal:p"],
        "sources": [{"doc": "doc-a", "begin": 0, "end": 18446744073709551615, "quote": "Q \"r\""},
                    {"doc": "doc-a", "begin": 3, "end": 4, "quote": null, "note": {}}],
        "confidence": 0.85, "salience": {"documents": 2, "sentences": 3, "other": [[]]}, "modality": "happened",
        "conflicting_dates": [{"value": "2025-03", "granularity": "", "certainty": null}, {}]})",
    R"({"date": {"value": null}, "type": "call", "id": "event:b", "confidence": 1, "title": null})",
    R"({"id": "event:c", "type": "visit", "date": {}, "confidence": "high", "salience": [1]})",
    R"({"id": "event:d", "type": "visit", "date": {"granularity": null}, "confidence": -2,
        "salience": {"documents": -1, "sentences": 2.0}, "modality": null, "unknown": {"deep": [{"a": "\u0000"}]}})",
    R"({"id": "event:e", "type": "visit", "date": {}, "confidence": 9223372036854775808,
        "salience": {"documents": 9223372036854775808, "sentences": "3"}})",
    R"({"id": "event:f", "type": "visit", "date": {}, "confidence": 1e-3, "salience": null})",
};

std::string all_events() {
  std::string out;
  for (const std::string& e : k_events) out += (out.empty() ? "" : ",\n") + e;
  return out;
}

// The model On Demand reads, which must exist and equal the tree readers'.
GraphModel read_alike(const std::string& text) {
  const auto fast = detail::model_from_ondemand(text);
  REQUIRE(fast.has_value());
  CHECK(to_json(*fast) == to_json(detail::model_from_json_tree(text, "g.json")));
  return *fast;
}

std::string message_of(const std::string& text) {
  try {
    (void)graph_from_json(text, "g.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("On Demand reads every field of an export as the tree readers do") {
  const GraphModel model = read_alike(graph_text(all_events()));
  REQUIRE(model.events.size() == k_events.size());
  const Event& a = model.events[0];
  CHECK(a.title == "A \u00ab quote \u00bb \\ \" / \n");
  CHECK(a.sources.at(0).end == 18446744073709551615ULL);
  CHECK(a.sources.at(0).quote == "Q \"r\"");
  CHECK(a.salience.documents == 2);
  CHECK(a.conflicting_dates.size() == 2);
  CHECK(a.conflicting_dates[0].granularity == "unknown");
  CHECK(model.events[1].confidence == 1.0);
  CHECK(!model.events[1].date.value);
  CHECK(model.events[2].confidence == 0.0);   // not a number: ignored
  CHECK(model.events[3].salience.documents == 0);  // not a count: ignored
  CHECK(model.actors.at(0).name == "X \"the\" \u00e9lu");
  CHECK(model.actors.at(0).aliases.at(1) == "\\X/");
  CHECK(model.corpus.documents.at(0).url == "https://example.org/a");
}

TEST_CASE("On Demand reads an export written by evgraph back to the same bytes") {
  const std::string written = to_json(read_alike(graph_text(all_events())));
  CHECK(to_json(read_alike(written)) == written);
  CHECK(to_json(graph_from_json(written, "g.json")) == written);
}

TEST_CASE("On Demand reads a text without spare capacity on a copy") {
  std::string text = graph_text(k_events[1]);
  text.shrink_to_fit();
  read_alike(text);
}

TEST_CASE("what On Demand does not read is left to the tree readers, whose messages stay") {
  const std::vector<std::string> left = {
      graph_text(k_events[1]) + " {}",                                       // trailing content
      graph_text(k_events[1], R"(, "x": [1,,2])"),                           // malformed, unread field
      graph_text(k_events[1], R"(, "x": 1e999)"),                            // out of range, unread field
      graph_text(k_events[1], R"(, "x": nul)"),                              // malformed atom
      graph_text(R"({"id": "event:a", "type": "meeting", "type": "call", "date": {}})"),  // a key twice
      graph_text(R"({"\u0069d": "event:a", "type": "meeting", "date": {}})"),           // an escaped key
      graph_text(R"({"id": "event:a", "type": "meeting", "date": {}, "sources": [{"doc": "d", "begin": 1.0, "end": 2}]})"),
      graph_text(R"({"id": "event:a", "type": "meeting", "date": {}, "sources": [{"doc": "d", "begin": -0, "end": 2}]})"),
      graph_text(R"({"id": "event:a", "date": {}})"),                        // a required field missing
      graph_text(R"({"id": "event:a", "type": null, "date": {}})"),
      graph_text(R"({"id": "event:a", "type": "meeting", "date": null})"),
      graph_text(R"({"id": "event:a", "type": "meeting", "date": {"start": "2025-02-30"}})"),
      graph_text(R"({"id": "event:a", "type": "meeting", "date": {}, "actors": null})"),
      graph_text(R"({"id": "event:a", "type": "meeting", "date": {}, "actors": [1]})"),
      graph_text(k_events[1], ", \"x\": " + std::string(300, '[') + std::string(300, ']')),  // deep nesting
      R"({"corpus": {"name": "c", "documents": []}})",                        // no events
      R"([])",
  };
  for (const std::string& text : left) {
    CAPTURE(text);
    CHECK(!detail::model_from_ondemand(text).has_value());
  }
  // Accepted by the tree readers all the same: -0 is a byte offset, the last of two keys counts.
  CHECK(graph_from_json(left[7], "g.json").events.at(0).sources.at(0).begin == 0);
  CHECK(graph_from_json(left[4], "g.json").events.at(0).type == "call");
  CHECK(graph_from_json(left[5], "g.json").events.at(0).id == "event:a");
  CHECK(message_of(left[0]).rfind("g.json:", 0) == 0);
  CHECK(message_of(left[8]) == "g.json: /events/0: missing field 'type'");
  CHECK(message_of(left[11]) ==
        "g.json: /events/0/date/start: must be a calendar date YYYY-MM-DD from 1400-01-01 to 9999-12-31");
  CHECK(message_of(left[13]) == "g.json: /events/0/actors: must hold strings");
}

TEST_CASE("On Demand on damaged exports: what it accepts the tree readers read alike") {
  // Thousands of small edits of an export, as a fuzzer makes them: a byte replaced by one that
  // matters to JSON, removed, or a slice repeated. Whatever On Demand accepts, the tree readers
  // must accept and read to the same model.
  const std::string original = graph_text(all_events());
  const std::string bytes = "{}[],:\"\\ 0123456789-+.eEntrufalsx\n";
  std::mt19937 random(13);
  std::size_t accepted = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string text = original;
    for (int edits = 1 + static_cast<int>(random() % 3); edits > 0; --edits) {
      const std::size_t at = random() % text.size();
      switch (random() % 3) {
        case 0: text[at] = bytes[random() % bytes.size()]; break;
        case 1: text.erase(at, 1); break;
        default: text.insert(at, text.substr(at, random() % 8)); break;
      }
    }
    const auto fast = detail::model_from_ondemand(text);
    if (!fast) continue;
    ++accepted;
    CAPTURE(text);
    std::string tree;
    try {
      tree = to_json(detail::model_from_json_tree(text, "g.json"));
    } catch (const InputError& e) {
      tree = e.what();
    }
    CHECK(to_json(*fast) == tree);
  }
  CHECK(accepted > 100);  // edits inside strings and numbers leave many exports readable
}
