// The map and reduce steps: extract (a corpus, or one shard of it, into parts) and merge (parts
// in any order into the graph). A part pickles as its JSON line, so Dask or multiprocessing ship
// it between processes as `evgraph extract` writes it.
#include "binding.hpp"

#include <evgraph/error.hpp>
#include <evgraph/part_lines.hpp>
#include <evgraph/pipeline.hpp>

#include <pybind11/stl.h>

#include <variant>

namespace evgraph::python {
namespace {

struct LinesInput {
  std::string text;
  std::string origin;
};
using MergeInput = std::variant<DocumentPart, LinesInput>;

}  // namespace

void bind_parts(py::module_& module) {
  py::class_<DocumentPart>(module, "Part")
      .def_static(
          "from_json",
          [](const std::string& line, const std::string& origin) { return part_from_json(line, origin, 1); },
          py::arg("line"), py::arg("origin") = "<part>")
      .def_property_readonly("json", [](const DocumentPart& self) { return part_to_json(self); })
      .def_property_readonly("corpus", [](const DocumentPart& self) { return self.corpus; })
      .def_property_readonly("language", [](const DocumentPart& self) { return self.corpus_language; })
      .def_property_readonly("position", [](const DocumentPart& self) { return self.position; })
      .def_property_readonly("document_id", [](const DocumentPart& self) { return self.document.id; })
      .def_property_readonly("document", [](const DocumentPart& self) { return document_dict(self.document); })
      .def_property_readonly("event_count", [](const DocumentPart& self) { return self.events.size(); })
      .def("__repr__", [](const DocumentPart& self) {
        return "<evgraph.Part of '" + self.document.id + "' (" + std::to_string(self.events.size()) + " events)>";
      })
      .def("__eq__", [](const DocumentPart& self, const DocumentPart& other) {
        return part_to_json(self) == part_to_json(other);
      })
      .def(py::pickle([](const DocumentPart& self) { return py::make_tuple(part_to_json(self)); },
                      [](const py::tuple& state) {
                        return part_from_json(state[0].cast<std::string>(), "<pickled part>", 1);
                      }));

  // -> (list of parts in corpus order, warnings)
  module.def(
      "extract",
      [](const CorpusHandle& handle, std::size_t shard_index, std::size_t shard_count,
         const std::vector<std::string>& lexicons, unsigned threads, bool strict, const std::string& cache) {
        PipelineOptions options;
        options.threads = threads;
        for (const auto& file : lexicons) options.lexicons.emplace_back(file);
        options.cache = cache;
        Diagnostics diagnostics(strict);
        std::vector<DocumentPart> parts;
        {
          py::gil_scoped_release unlocked;
          extract_parts(handle.corpus, *handle.resources, options, diagnostics, Shard{shard_index, shard_count},
                        [&](DocumentPart&& part) { parts.push_back(std::move(part)); });
        }
        py::list out;
        for (auto& part : parts) out.append(py::cast(std::move(part)));
        return py::make_tuple(out, warning_texts(diagnostics));
      },
      py::arg("corpus"), py::arg("shard_index") = 0, py::arg("shard_count") = 1,
      py::arg("lexicons") = std::vector<std::string>{}, py::arg("threads") = 0, py::arg("strict") = false,
      py::arg("cache") = "");

  // `inputs`: parts, or (JSON Lines text, origin) pairs. `corpus` names the graph when there is
  // no part at all (a corpus whose documents were all skipped), as a build would.
  module.def(
      "merge",
      [](const py::list& inputs, const std::shared_ptr<CorpusHandle>& corpus, const std::string& data,
         const std::string& style) {
        std::vector<MergeInput> given;
        given.reserve(inputs.size());
        for (const py::handle item : inputs) {
          if (py::isinstance<DocumentPart>(item)) {
            given.emplace_back(item.cast<const DocumentPart&>());
          } else {
            const auto pair = item.cast<py::tuple>();
            const py::object text = pair[0];
            given.emplace_back(LinesInput{py::isinstance<py::bytes>(text) ? std::string(text.cast<py::bytes>())
                                                                          : text.cast<std::string>(),
                                          pair[1].cast<std::string>()});
          }
        }
        GraphHandle graph;
        graph.resources = shared_resources(data, style);
        {
          py::gil_scoped_release unlocked;
          GraphReducer reducer;
          for (auto& input : given) {
            if (auto* part = std::get_if<DocumentPart>(&input)) reducer.add(std::move(*part));
            else add_part_lines(reducer, std::get<LinesInput>(input).text, std::get<LinesInput>(input).origin);
          }
          given.clear();
          if (reducer.documents() == 0) {
            if (!corpus) throw InputError({"parts"}, "no part: nothing to merge");
            reducer.expect(corpus->corpus.name, corpus->corpus.version, corpus->corpus.language, {});
          }
          graph.language = reducer.language();
          graph.model = reducer.finish().to_model();
        }
        return graph;
      },
      py::arg("inputs"), py::arg("corpus") = nullptr, py::arg("data") = "", py::arg("style") = "");
}

}  // namespace evgraph::python
