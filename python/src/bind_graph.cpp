// Graphs: built from a corpus, or read from an export; written as JSON, YAML or the five files of
// `evgraph build`. The records reach Python through graph.json's text (evgraph/graph.py), so the
// Python objects are graph.json's objects, field for field.
#include "binding.hpp"

#include <evgraph/formats.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/pipeline.hpp>

#include <pybind11/stl.h>

namespace evgraph::python {
namespace {

py::list outputs_list(std::vector<OutputFile> files) {
  py::list out;
  for (auto& file : files) out.append(py::make_tuple(file.name, py::bytes(file.content)));
  return out;
}

std::vector<OutputFile> outputs_of(const GraphHandle& graph, const std::string& language) {
  py::gil_scoped_release unlocked;
  return build_outputs(graph.model, *graph.resources, language.empty() ? graph.language : language);
}

}  // namespace

void bind_graph(py::module_& module) {
  py::class_<GraphHandle>(module, "Graph")
      .def_property_readonly("language", [](const GraphHandle& self) { return self.language; })
      .def_property_readonly("corpus_name", [](const GraphHandle& self) { return self.model.corpus.name; })
      .def("counts",
           [](const GraphHandle& self) {
             py::dict counts;
             counts["documents"] = self.model.corpus.documents.size();
             counts["events"] = self.model.events.size();
             counts["actors"] = self.model.actors.size();
             counts["places"] = self.model.places.size();
             counts["proposals"] = self.model.proposals.size();
             counts["edges"] = self.model.edges.size();
             return counts;
           })
      .def("to_json",
           [](const GraphHandle& self) {
             std::string text;
             {
               py::gil_scoped_release unlocked;
               text = to_json(self.model);
             }
             return text;
           })
      .def("to_yaml",
           [](const GraphHandle& self) {
             std::string text;
             {
               py::gil_scoped_release unlocked;
               text = to_yaml(self.model);
             }
             return text;
           })
      // -> [(file name, bytes)]: graph.json, graph.yaml, graph.dot, graph.svg, timeline.svg
      .def("outputs", [](const GraphHandle& self, const std::string& language) {
        return outputs_list(outputs_of(self, language));
      }, py::arg("language") = "")
      .def("write", [](const GraphHandle& self, const std::string& folder, const std::string& language) {
        std::vector<OutputFile> files = outputs_of(self, language);
        py::gil_scoped_release unlocked;
        self.resources->env().write_files(folder, files);
      }, py::arg("folder"), py::arg("language") = "");

  // -> (Graph, warnings, {"documents_read", "documents_skipped", "documents_cached"})
  module.def(
      "build",
      [](const CorpusHandle& handle, const std::vector<std::string>& lexicons, unsigned threads, bool strict,
         const std::string& cache, const std::string& style) {
        PipelineOptions options;
        options.threads = threads;
        for (const auto& file : lexicons) options.lexicons.emplace_back(file);
        options.cache = cache;
        Diagnostics diagnostics(strict);
        BuildSummary summary;
        GraphHandle graph;
        graph.resources = shared_resources(handle.data, style);
        graph.language = handle.corpus.language;
        {
          py::gil_scoped_release unlocked;
          graph.model = build_event_graph(handle.corpus, *graph.resources, options, diagnostics, &summary).to_model();
        }
        py::dict counts;
        counts["documents_read"] = summary.documents_read;
        counts["documents_skipped"] = summary.documents_skipped;
        counts["documents_cached"] = summary.documents_cached;
        return py::make_tuple(std::move(graph), warning_texts(diagnostics), counts);
      },
      py::arg("corpus"), py::arg("lexicons") = std::vector<std::string>{}, py::arg("threads") = 0,
      py::arg("strict") = false, py::arg("cache") = "", py::arg("style") = "");

  module.def(
      "load_graph",
      [](const std::string& file, const std::string& data, const std::string& style) {
        GraphHandle graph;
        graph.resources = shared_resources(data, style);
        {
          py::gil_scoped_release unlocked;
          graph.model = load_graph(file, graph.resources->data(), graph.resources->env());
          graph.language = output_language(graph.model, *graph.resources);
        }
        return graph;
      },
      py::arg("file"), py::arg("data") = "", py::arg("style") = "");

  // Writes [(name, bytes)] into `folder` all or nothing, as `evgraph build` writes its outputs.
  module.def(
      "write_files",
      [](const std::string& folder, const std::vector<std::pair<std::string, py::bytes>>& files) {
        std::vector<OutputFile> outputs;
        for (const auto& [name, content] : files) outputs.push_back({name, std::string(content)});
        py::gil_scoped_release unlocked;
        disk_env().write_files(folder, outputs);
      },
      py::arg("folder"), py::arg("files"));
}

}  // namespace evgraph::python
