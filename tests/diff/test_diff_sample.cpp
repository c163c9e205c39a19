// evgraph diff on the sample corpus: corpus-v1.yaml (three articles) against corpus.yaml (five).
// Everything the diff reports must come from the two articles corpus-v1.yaml lacks.
#include <doctest/doctest.h>

#include <evgraph/diff.hpp>
#include <evgraph/pipeline.hpp>

#include "test_support.hpp"

#include <algorithm>
#include <map>
#include <set>

using namespace evgraph;
using namespace evgraph::test;

namespace {

struct SampleVersions {
  GraphModel old_model;
  GraphModel new_model;
  GraphDiff diff;
};

const SampleVersions& sample() {
  static const SampleVersions versions = [] {
    SampleVersions v;
    v.old_model = test::load_or_build(example_corpus() / "corpus-v1.yaml");
    v.new_model = test::load_or_build(example_corpus() / "corpus.yaml");
    v.diff = diff_graphs(v.old_model, v.new_model);
    return v;
  }();
  return versions;
}

std::set<std::string> new_documents(const SampleVersions& v) {
  std::set<std::string> old_ids, out;
  for (const auto& doc : v.old_model.corpus.documents) old_ids.insert(doc.id);
  for (const auto& doc : v.new_model.corpus.documents)
    if (!old_ids.count(doc.id)) out.insert(doc.id);
  return out;
}

bool subset(const std::vector<std::string>& items, const std::set<std::string>& of) {
  return std::all_of(items.begin(), items.end(), [&](const std::string& item) { return of.count(item) > 0; });
}

// Entities of NEW linked only by events every source of which is one of `docs`, and mentioned
// only by documents of `docs`.
std::set<std::string> entities_only_from(const GraphModel& model, const std::set<std::string>& docs) {
  std::map<std::string, bool> only;
  for (const Event& event : model.events) {
    const bool from_docs = std::all_of(event.sources.begin(), event.sources.end(),
                                       [&](const Source& s) { return docs.count(s.doc) > 0; });
    for (const auto* list : {&event.actors, &event.places, &event.proposals})
      for (const std::string& id : *list) {
        auto [it, fresh] = only.emplace(id, from_docs);
        if (!fresh) it->second = it->second && from_docs;
      }
  }
  for (const Edge& edge : model.edges) {
    if (edge.kind != "mentioned_in") continue;
    auto [it, fresh] = only.emplace(edge.from, docs.count(edge.to) > 0);
    if (!fresh) it->second = it->second && docs.count(edge.to) > 0;
  }
  std::set<std::string> out;
  for (const auto& [id, from_docs] : only)
    if (from_docs) out.insert(id);
  return out;
}

}  // namespace

TEST_CASE("diff corpus-v1 -> corpus: every change comes from the two later articles") {
  const SampleVersions& v = sample();
  const GraphDiff& diff = v.diff;
  const std::set<std::string> added_docs = new_documents(v);
  CHECK(added_docs == std::set<std::string>{"tomahawk-call", "tomahawk-proposal"});

  REQUIRE(diff.documents.size() == 2);
  for (const DocumentChange& doc : diff.documents) {
    CHECK(doc.kind == ChangeKind::Added);
    CHECK(added_docs.count(doc.id));
    CHECK_FALSE(doc.events.empty());
  }
  CHECK_FALSE(diff.identical());
  CHECK(diff.event_counts.removed == 0);
  CHECK(diff.event_counts.added > 0);

  for (const EventChange& change : diff.events) {
    CAPTURE(change.id);
    CHECK(change.kind != ChangeKind::Removed);
    CHECK_FALSE(change.documents.empty());
    CHECK(subset(change.documents, added_docs));
    if (change.kind == ChangeKind::Changed) {
      // An event already reported changes only by what the new articles add to it.
      CHECK(change.sources.removed.empty());
      CHECK_FALSE(change.sources.added.empty());
      CHECK(subset(change.sources.added, added_docs));
      CHECK(change.actors.removed.empty());
      CHECK(change.places.removed.empty());
      CHECK(change.proposals.removed.empty());
    }
  }
  // Every event of OLD is still there, under its id or, when the new articles refined it, paired by content.
  CHECK(diff.event_counts.unchanged + diff.event_counts.changed == v.old_model.events.size());

  std::set<std::string> added_entities;
  for (const EntityChange& change : diff.entities) {
    CAPTURE(change.id);
    CHECK(change.kind == ChangeKind::Added);
    CHECK(subset(change.documents, added_docs));
    added_entities.insert(change.id);
  }
  CHECK(added_entities == entities_only_from(v.new_model, added_docs));

  for (const EdgeChange& change : diff.edges) {
    CAPTURE(change.edge.from + " -" + change.edge.kind + "-> " + change.edge.to);
    CHECK(change.kind == ChangeKind::Added);
    CHECK_FALSE(change.documents.empty());
    CHECK(subset(change.documents, added_docs));
  }

  // Checked by hand against the articles.
  auto find_event = [&](const std::string& id) {
    return std::find_if(diff.events.begin(), diff.events.end(), [&](const EventChange& c) { return c.id == id; });
  };
  const auto proposal = find_event("event:2025-11-23:proposal:ukraine");
  REQUIRE(proposal != diff.events.end());
  CHECK(proposal->kind == ChangeKind::Added);
  CHECK(proposal->documents == std::vector<std::string>{"tomahawk-proposal"});
  const auto call = find_event("event:2025-10-17:call:washington");
  REQUIRE(call != diff.events.end());
  CHECK(call->kind == ChangeKind::Added);
  CHECK(call->documents == std::vector<std::string>{"tomahawk-call"});
  CHECK(added_entities.count("proposal:tomahawk-transfer"));
  CHECK(diff.edges.size() == diff.edge_counts.added);
}

TEST_CASE("evgraph diff corpus-v1 corpus: exit status 1 and the summary line") {
  const auto old_path = (example_corpus() / "corpus-v1.yaml").string();
  const auto new_path = (example_corpus() / "corpus.yaml").string();
  const auto run = run_evgraph("diff '" + old_path + "' '" + new_path + "'");
  CHECK(run.status == 1);
  CHECK(run.err.empty());
  CHECK(run.out.find(diff_summary_line(sample().diff)) != std::string::npos);
  CHECK(run.out.find("+ event event:2025-11-23:proposal:ukraine") != std::string::npos);
  CHECK(run.out.find("\033[") == std::string::npos);  // stdout is a file here: no colour
  const auto same = run_evgraph("diff '" + new_path + "' '" + new_path + "'");
  CHECK(same.status == 0);
  CHECK(same.out.find("no differences") != std::string::npos);
}

TEST_CASE("evgraph diff: graph.json and graph.yaml of one build show no difference") {
  TempDir dir;
  const auto build = run_evgraph("build '" + example_corpus().string() + "' -o '" + dir.path().string() + "'");
  REQUIRE_MESSAGE(build.status == 0, build.err);
  const auto run = run_evgraph("diff '" + (dir.path() / "graph.json").string() + "' '" + (dir.path() / "graph.yaml").string() + "'");
  CHECK_MESSAGE(run.status == 0, run.out << run.err);
  CHECK(run.out.find("no differences") != std::string::npos);
  const auto json = run_evgraph("diff '" + (dir.path() / "graph.yaml").string() + "' '" + (dir.path() / "graph.json").string() +
                                "' --format json");
  CHECK(json.status == 0);
  CHECK(json.out.find("\"identical\": true") != std::string::npos);
}

TEST_CASE("evgraph diff: a missing input is an error, exit status 2") {
  const auto run = run_evgraph("diff '" + (example_corpus() / "corpus.yaml").string() + "' /nonexistent/graph.json");
  CHECK(run.status == 2);
  CHECK(run.err.find("/nonexistent/graph.json") != std::string::npos);
}
