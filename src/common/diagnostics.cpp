#include <evgraph/diagnostics.hpp>

namespace evgraph {

std::string Diagnostic::to_string() const {
  const std::string where = location.to_string();
  return (where.empty() ? std::string() : where + ": ") + "warning: " + message;
}

void Diagnostics::warning(SourceLocation location, std::string message) {
  if (m_strict) throw InputError(std::move(location), message);
  std::lock_guard<std::mutex> lock(m_mutex);
  m_warnings.push_back({std::move(location), std::move(message)});
  on_warning(m_warnings.back());
}

std::size_t Diagnostics::count() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_warnings.size();
}

std::vector<Diagnostic> Diagnostics::warnings() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_warnings;
}

}  // namespace evgraph
