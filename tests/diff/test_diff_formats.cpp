// The outputs of evgraph diff: text, JSON and YAML against schemas/diff.schema.json, DOT, SVG and
// timeline well-formed, all deterministic.
#include <doctest/doctest.h>

#include <evgraph/diff.hpp>
#include <evgraph/render.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/schema.hpp>

#include "test_support.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>

using namespace evgraph;
using namespace evgraph::test;

namespace {

struct Versions {
  GraphModel old_model;
  GraphModel new_model;
  GraphDiff diff;
  DiffLabels labels{"corpus-v1.yaml", "corpus.yaml"};
};

const Versions& versions() {
  static const Versions v = [] {
    Versions out;
    out.old_model = test::load_or_build(example_corpus() / "corpus-v1.yaml");
    out.new_model = test::load_or_build(example_corpus() / "corpus.yaml");
    // A removal and a change too, so that every status is drawn and every field shape written:
    // the first two events OLD and NEW share.
    std::vector<std::size_t> shared;
    for (std::size_t i = 0; i < out.new_model.events.size() && shared.size() < 2; ++i)
      for (const Event& e : out.old_model.events)
        if (e.id == out.new_model.events[i].id) shared.push_back(i);
    REQUIRE(shared.size() == 2);
    Event& revised = out.new_model.events[shared[0]];
    revised.title += " (révisé)";
    revised.confidence = 0.99;
    const std::string gone = out.new_model.events[shared[1]].id;
    out.new_model.events.erase(out.new_model.events.begin() + static_cast<std::ptrdiff_t>(shared[1]));
    auto& edges = out.new_model.edges;
    edges.erase(std::remove_if(edges.begin(), edges.end(), [&](const Edge& e) { return e.from == gone || e.to == gone; }),
                edges.end());
    out.diff = diff_graphs(out.old_model, out.new_model);
    return out;
  }();
  return v;
}

void check_schema(const std::string& text, const char* file) {
  const auto violations = check_against_schema(YAML::Load(text), file, "diff.schema.json", DataStore());
  for (const auto& v : violations) FAIL_CHECK(v.path << ": " << v.message);
  CHECK(violations.empty());
}

int xmllint(const std::string& svg) {
  TempDir dir;
  write_file(dir.path() / "out.svg", svg);
  return std::system(("xmllint --noout '" + (dir.path() / "out.svg").string() + "'").c_str());
}

}  // namespace

TEST_CASE("diff JSON and YAML validate against schemas/diff.schema.json and are deterministic") {
  const Versions& v = versions();
  REQUIRE(v.diff.event_counts.removed > 0);
  REQUIRE(v.diff.event_counts.changed > 0);
  const std::string json = diff_to_json(v.diff, v.labels);
  check_schema(json, "diff.json");
  check_schema(diff_to_yaml(v.diff, v.labels), "diff.yaml");
  check_schema(diff_to_json(diff_graphs(v.new_model, v.new_model)), "same.json");
  CHECK(json == diff_to_json(diff_graphs(v.old_model, v.new_model), v.labels));
  const YAML::Node yaml = YAML::Load(diff_to_yaml(v.diff, v.labels));
  CHECK(yaml["summary"]["events"]["removed"].as<std::size_t>() == v.diff.event_counts.removed);
  CHECK(yaml["events"].size() == v.diff.events.size());
}

TEST_CASE("diff text: stat, summary and one line per change, colour only when asked") {
  const Versions& v = versions();
  const std::string plain = format_diff_text(v.diff, v.labels, false);
  CHECK(plain.rfind("--- corpus-v1.yaml", 0) == 0);
  CHECK(plain.find(" tomahawk-proposal | ") != std::string::npos);
  CHECK(plain.find(diff_summary_line(v.diff)) != std::string::npos);
  CHECK(plain.find("\n- event ") != std::string::npos);
  CHECK(plain.find("\n~ event ") != std::string::npos);
  CHECK(plain.find("    title: ") != std::string::npos);
  CHECK(plain.find('\033') == std::string::npos);
  const std::string coloured = format_diff_text(v.diff, v.labels, true);
  CHECK(coloured.find("\033[32m+ event ") != std::string::npos);
  CHECK(coloured.find("\033[31m- event ") != std::string::npos);
}

// The graph SVG is laid out by the CLI below rather than here: a gvc layout leaves Graphviz state
// behind that changes what later render_dot calls in this process print (see tests/render).
TEST_CASE("diff DOT and timeline: the union graph drawn by the renderers, coloured by status") {
  const Versions& v = versions();
  const DiffView view = diff_view(v.old_model, v.new_model, v.diff);
  GraphRenderOptions graph;
  graph.changes = &view.changes;
  const std::string dot = render_dot(view.model, test::resources(), graph);
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK(dot.find("cluster_diff_legend") != std::string::npos);
  for (const char* colour : {"#2e8b3a", "#c62828", "#e67e00", "#9e9e9e"}) CHECK(dot.find(colour) != std::string::npos);
  CHECK(dot.find("dashed") != std::string::npos);
  CHECK(dot.find("label=ajouté") != std::string::npos);  // the legend speaks the graph's language
  CHECK(dot == render_dot(view.model, test::resources(), graph));
  // Every node of both versions is drawn once.
  CHECK(view.model.events.size() == v.new_model.events.size() + v.diff.event_counts.removed);

  TimelineOptions timeline_options;
  timeline_options.changes = &view.changes;
  const std::string timeline = render_timeline_svg(view.model, test::resources(), timeline_options);
  // The marks take the colour of their status, and the legend names the statuses.
  for (const char* status : {"added", "removed", "changed"})
    CHECK(timeline.find(std::string("class=\"evg-dot evg-s-") + status) != std::string::npos);
  CHECK(timeline.find(">supprimé<") != std::string::npos);
  CHECK(xmllint(timeline) == 0);
}

TEST_CASE("evgraph diff -o writes the chosen format, without colour, SVGs are well-formed") {
  TempDir dir;
  const std::string old_path = (example_corpus() / "corpus-v1.yaml").string();
  const std::string new_path = (example_corpus() / "corpus.yaml").string();
  for (const char* format : {"text", "json", "yaml", "dot", "svg", "timeline"}) {
    CAPTURE(format);
    const auto out = dir.path() / (std::string("diff.") + format);
    const auto run = run_evgraph("diff '" + old_path + "' '" + new_path + "' --format " + format + " -o '" + out.string() + "'");
    CHECK(run.status == 1);
    CHECK(run.out.empty());
    const std::string content = read_file(out);
    CHECK(content.size() > 100);
    CHECK(content.find('\033') == std::string::npos);
    if (std::string(format) == "json") check_schema(content, "diff.json");
    if (std::string(format) == "svg" || std::string(format) == "timeline") {
      CHECK(content.find("<svg") != std::string::npos);
      CHECK(xmllint(content) == 0);
    }
    if (std::string(format) == "svg") CHECK(content.find("#2e8b3a") != std::string::npos);
  }
}
