#include "cli/input.hpp"

#include <evgraph/corpus.hpp>
#include <evgraph/formats.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/links.hpp>
#include <evgraph/names.hpp>
#include <evgraph/pipeline.hpp>

namespace evgraph::cli {

GraphInput load_graph_input(const std::string& path, const RunContext& context) {
  const Resources& resources = context.resources;
  GraphInput input;
  if (is_graph_export(path, resources.env())) {
    input.model = load_graph(path, resources.data(), resources.env());
    drop_unsafe_urls(input.model.corpus.documents, path, context.diagnostics);
    return input;
  }
  PipelineOptions options = pipeline_options(context);
  const Corpus corpus = open_corpus(path, {}, resources, context.diagnostics);
  input.corpus_root = corpus.root;
  input.model = build_graph_model(corpus, resources, options, context.diagnostics);
  return input;
}

std::string use_output_language(GraphModel& model, const std::string& requested, const Resources& resources) {
  const std::string lang = requested.empty() ? output_language(model, resources) : requested;
  resources.language(lang);  // an unknown language fails before anything is drawn
  use_names(model, lexicon_names(resources.data(), lang));
  return lang;
}

std::filesystem::path folder_of(const std::string& output) {
  if (output.empty() || output == "-") return ".";
  const std::filesystem::path parent = std::filesystem::path(output).parent_path();
  return parent.empty() ? std::filesystem::path(".") : parent;
}

DocumentLinks output_links(const GraphInput& input, const std::filesystem::path& folder, const Resources& resources) {
  return document_links(input.model.corpus, resources.env(), input.corpus_root, folder);
}

}  // namespace evgraph::cli
