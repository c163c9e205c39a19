// Builds the event graph of the corpus given as argument and prints what it holds.
#include <evgraph/graph_io.hpp>
#include <evgraph/pipeline.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  try {
    const evgraph::Resources resources(evgraph::disk_env(), evgraph::DataStore{});
    evgraph::Diagnostics diagnostics;
    const evgraph::Corpus corpus = evgraph::open_corpus(argv[1], {}, resources, diagnostics);
    const evgraph::GraphModel model =
        evgraph::build_event_graph(corpus, resources, evgraph::PipelineOptions{}, diagnostics).to_model();
    std::cout << "events=" << model.events.size() << " json=" << evgraph::to_json(model).size() << "\n";
    return model.events.empty() ? 1 : 0;
  } catch (const evgraph::Error& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
}
