// evgraph's exceptions become the Python classes of evgraph.errors, with the location kept as
// attributes: a notebook can point at the manifest line as the CLI does.
#include "binding.hpp"

#include <evgraph/error.hpp>

namespace evgraph::python {
namespace {

void raise(const char* name, const std::string& text, const SourceLocation& location) {
  const py::object cls = py::module_::import("evgraph.errors").attr(name);
  const py::object error = cls(text, location.file, location.line, location.column);
  PyErr_SetObject(cls.ptr(), error.ptr());
}

}  // namespace

void bind_errors(py::module_&) {
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const ConfigError& e) {  // before InputError, which it derives from
      raise("ConfigError", e.what(), e.location());
    } catch (const InputError& e) {
      raise("InputError", e.what(), e.location());
    } catch (const RenderError& e) {
      raise("RenderError", e.what(), {});
    } catch (const Error& e) {
      raise("Error", e.what(), {});
    }
  });
}

}  // namespace evgraph::python
