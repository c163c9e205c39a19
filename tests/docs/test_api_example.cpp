// The library example of the API reference: docs/api/mainpage.md shows the marked part with
// Doxygen's \snippet. Compiled and run here so that it stays true.
#include <doctest/doctest.h>

#include "test_support.hpp"

//! [library]
#include <evgraph/graph_io.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/render.hpp>

#include <filesystem>
#include <string>

// The graph of a corpus folder, as `evgraph build` makes it; returns the timeline SVG.
static std::string sample_timeline(const std::filesystem::path& corpus_folder, evgraph::GraphModel* model_out) {
  // Rules, language packs and style compiled into the library, read through the real file system.
  const evgraph::Resources resources(evgraph::disk_env(), evgraph::DataStore{});
  evgraph::Diagnostics diagnostics;  // a document that cannot be read is reported here and skipped
  const evgraph::Corpus corpus = evgraph::open_corpus(corpus_folder, evgraph::CorpusOptions{}, resources, diagnostics);
  const evgraph::EventGraph graph = evgraph::build_event_graph(corpus, resources, evgraph::PipelineOptions{}, diagnostics);

  // Queries run on the Boost.Graph model...
  for (const evgraph::Event* event : graph.events_of_actor("actor:donald-trump")) (void)event->title;

  // ...exports and renderers on the plain records.
  evgraph::GraphModel model = graph.to_model();
  const std::string json = evgraph::to_json(model);  // graph.json, byte-identical for the same input
  evgraph::TimelineOptions timeline;
  timeline.lang = "en";
  timeline.lanes = "actor";
  std::string svg = evgraph::render_timeline_svg(model, resources, timeline);
  (void)json;
  *model_out = std::move(model);
  return svg;
}
//! [library]

TEST_CASE("docs: the API reference's library example builds the sample graph") {
  evgraph::GraphModel model;
  const std::string svg = sample_timeline(evgraph::test::example_corpus(), &model);
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(model.events.size() >= 4);
  CHECK(model.corpus.documents.size() == 5);
}
