// The selection a graph drawing makes of a big model (issue 13: the copy it made held ~200 MB of a
// 200 MB corpus's peak memory), and DOT and SVG drawn together.
#include "fixture.hpp"
#include "test_support.hpp"

#include "render/dot_builder.hpp"

#include <evgraph/render.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace evgraph;
using namespace evgraph::test;

namespace {

// The generated graph with what a built corpus has besides: distinct quotes, the documents'
// reported_by and mentioned_in edges, participants, and entities only mentioned.
GraphModel graph_with_documents(int events) {
  GraphModel model = generated_graph(events);
  for (Event& event : model.events) {
    for (std::size_t k = 0; k < event.sources.size(); ++k) event.sources[k].quote = event.id + " phrase " + std::to_string(k);
    for (const Source& source : event.sources) model.edges.push_back({event.id, source.doc, "reported_by"});
    for (const auto& actor : event.actors) model.edges.push_back({actor, event.id, "participant"});
  }
  model.actors.push_back({"ac-only-mentioned", "Seulement cité", "person", {}});
  for (const Entity& actor : model.actors)
    for (std::size_t k = 0; k < 40; ++k) model.edges.push_back({actor.id, model.corpus.documents[k * 7].id, "mentioned_in"});
  std::sort(model.edges.begin(), model.edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
  });
  return model;
}

std::string dot_of(const GraphModel& model, const GraphRenderOptions& options) {
  std::lock_guard<std::mutex> lock(detail::graphviz_mutex());
  detail::GraphHandle graph("evgraph");
  const Resources& r = test::resources();
  detail::build_graph(graph, model, options, r.style(), r.language(options.lang).locale());
  return graph.write();
}

}  // namespace

TEST_CASE("drawn part: drawn, the same graph as most_attested's selection, in a copy the size of the drawing") {
  const GraphModel model = graph_with_documents(400);
  const DocumentLinks links = file_links(model);
  for (const std::size_t max_events : {std::size_t{30}, std::size_t{0}}) {
    for (const bool include_sources : {false, true}) {
      CAPTURE(max_events);
      CAPTURE(include_sources);
      GraphRenderOptions options;
      options.max_events = max_events;
      options.include_sources = include_sources;
      options.links = &links;
      const GraphModel part = detail::drawn_part(model, options);
      const std::string dot = dot_of(part, options);
      CHECK(dot == dot_of(most_attested(model, max_events), options));
      CHECK(dot.find("URL=") != std::string::npos);  // the events' documents are there to link to
      for (const Event& event : part.events) CHECK(event.sources.size() <= detail::kNodeSources);
      const bool document_edges = std::any_of(part.edges.begin(), part.edges.end(), [](const Edge& e) {
        return e.kind == "mentioned_in" || e.kind == "reported_by";
      });
      CHECK(document_edges == include_sources);
      if (!include_sources) CHECK(part.corpus.documents.size() < model.corpus.documents.size());
    }
  }
}

TEST_CASE("dot and graph svg drawn together: the bytes of render_dot and render_graph_svg") {
  for (const GraphModel& model : {sample_graph(), graph_with_documents(200)}) {
    GraphRenderOptions options;
    options.lang = "en";
    const GraphDrawings both = render_dot_and_graph_svg(model, test::resources(), options);
    CHECK(both.dot == render_dot(model, test::resources(), options));
    CHECK(both.svg == render_graph_svg(model, test::resources(), options));
    CHECK(both.svg.find("<svg") != std::string::npos);
  }
}
