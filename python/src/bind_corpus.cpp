// Corpora: opened from a path as `evgraph build` opens them, or made of documents held in memory.
#include "binding.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

#include <pybind11/stl.h>

namespace evgraph::python {
namespace {

std::optional<Date> reference_date(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const auto date = parse_iso_date(text);
  if (!date) throw InputError({"ref"}, "'" + text + "' is not a calendar date YYYY-MM-DD");
  return date;
}

}  // namespace

void bind_corpus(py::module_& module) {
  py::class_<MemoryDocument>(module, "MemoryDocument")
      .def(py::init([](std::string id, std::string published, std::string text, std::string lang, std::string title,
                       std::string source, std::string path, std::string url) {
             return MemoryDocument{std::move(id),    std::move(published), std::move(text),
                                   std::move(lang),  std::move(title),     std::move(source),
                                   std::move(path),  std::move(url)};
           }),
           py::arg("id"), py::arg("published"), py::arg("text"), py::arg("lang") = "", py::arg("title") = "",
           py::arg("source") = "", py::arg("path") = "", py::arg("url") = "");

  py::class_<CorpusHandle, std::shared_ptr<CorpusHandle>>(module, "Corpus")
      .def_property_readonly("name", [](const CorpusHandle& self) { return self.corpus.name; })
      .def_property_readonly("version", [](const CorpusHandle& self) { return self.corpus.version; })
      .def_property_readonly("language", [](const CorpusHandle& self) { return self.corpus.language; })
      .def_property_readonly("in_memory", [](const CorpusHandle& self) { return !self.corpus.texts.empty(); })
      .def_property_readonly("documents",
                             [](const CorpusHandle& self) {
                               py::list out;
                               for (const auto& document : self.corpus.documents) out.append(document_dict(document));
                               return out;
                             })
      .def("__len__", [](const CorpusHandle& self) { return self.corpus.documents.size(); })
      .def("__repr__", [](const CorpusHandle& self) {
        return "<evgraph.Corpus '" + self.corpus.name + "': " + std::to_string(self.corpus.documents.size()) +
               " documents" + (self.corpus.texts.empty() ? "" : " in memory") + ">";
      });

  // -> (Corpus, warnings)
  module.def(
      "open_corpus",
      [](const std::string& path, const std::string& lang, const std::string& ref, const std::string& data, bool strict) {
        auto handle = std::make_shared<CorpusHandle>();
        handle->data = data;
        handle->resources = shared_resources(data, "");
        Diagnostics diagnostics(strict);
        {
          py::gil_scoped_release unlocked;
          handle->corpus = open_corpus(path, CorpusOptions{reference_date(ref), lang}, *handle->resources, diagnostics);
        }
        return py::make_tuple(handle, warning_texts(diagnostics));
      },
      py::arg("path"), py::arg("lang") = "", py::arg("ref") = "", py::arg("data") = "", py::arg("strict") = false);

  module.def(
      "memory_corpus",
      [](const std::string& name, const std::string& language, std::vector<MemoryDocument> documents,
         const std::string& data) {
        auto handle = std::make_shared<CorpusHandle>();
        handle->data = data;
        handle->resources = shared_resources(data, "");
        handle->corpus = memory_corpus(name, language, std::move(documents), *handle->resources);
        return handle;
      },
      py::arg("name"), py::arg("language"), py::arg("documents"), py::arg("data") = "");
}

}  // namespace evgraph::python
