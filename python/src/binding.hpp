// Internals of the Python module evgraph._core: a thin layer over the C++ library. Each
// bind_*.cpp registers one group of classes and functions; the Python package (python/evgraph/)
// gives them their documented, typed face.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/diagnostics.hpp>
#include <evgraph/model.hpp>
#include <evgraph/resources.hpp>

#include <pybind11/pybind11.h>

#include <memory>
#include <string>
#include <vector>

namespace evgraph::python {

namespace py = pybind11;

// The resources of a data overlay (empty: the built-in data) and a style file (empty: the
// built-in style), built once per process and shared: language packs load on first use and are
// kept, so a notebook or a Dask worker pays for them once.
std::shared_ptr<const Resources> shared_resources(const std::string& data, const std::string& style);

// A corpus opened from disk or given in memory, with the resources it was checked against.
struct CorpusHandle {
  Corpus corpus;
  std::string data;  // the overlay it was opened with, for the runs on it
  std::shared_ptr<const Resources> resources;
};

// A graph and what its outputs are drawn with.
struct GraphHandle {
  GraphModel model;
  std::shared_ptr<const Resources> resources;
  std::string language;  // of the outputs: the corpus's
};

// A document as graph.json lists it (sha256 once it has been read).
py::dict document_dict(const DocumentInfo& document);

// Warnings a run reported, as "FILE:LINE:COL: warning: message": the Python side issues them
// with warnings.warn, after the run.
py::list warning_texts(const Diagnostics& diagnostics);

void bind_errors(py::module_& module);
void bind_corpus(py::module_& module);
void bind_parts(py::module_& module);
void bind_graph(py::module_& module);

}  // namespace evgraph::python
