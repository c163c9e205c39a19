#include "binding.hpp"

#include <evgraph/calendar.hpp>

#include <map>
#include <mutex>
#include <utility>

namespace evgraph::python {

std::shared_ptr<const Resources> shared_resources(const std::string& data, const std::string& style) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, std::string>, std::shared_ptr<const Resources>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[{data, style}];
  if (!slot) {
    Env& env = disk_env();
    std::optional<std::filesystem::path> style_file;
    if (!style.empty()) style_file = style;
    slot = std::make_shared<const Resources>(env, data.empty() ? DataStore() : DataStore(data, env), style_file);
  }
  return slot;
}

py::dict document_dict(const DocumentInfo& document) {
  py::dict out;
  out["id"] = document.id;
  out["path"] = document.path;
  out["published"] = to_iso(document.published);
  out["lang"] = document.lang;
  if (!document.sha256.empty()) out["sha256"] = document.sha256;
  if (!document.title.empty()) out["title"] = document.title;
  if (!document.source.empty()) out["source"] = document.source;
  if (!document.url.empty()) out["url"] = document.url;
  return out;
}

py::list warning_texts(const Diagnostics& diagnostics) {
  py::list texts;
  for (const auto& warning : diagnostics.warnings()) texts.append(warning.to_string());
  return texts;
}

}  // namespace evgraph::python

PYBIND11_MODULE(_core, module) {
  using namespace evgraph::python;
  module.doc() = "evgraph's C++ library; use the evgraph package, which documents and types it.";
  module.attr("__version__") = EVGRAPH_VERSION;
  bind_errors(module);
  bind_corpus(module);
  bind_parts(module);
  bind_graph(module);
}
