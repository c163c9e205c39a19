#include <evgraph/error.hpp>

namespace evgraph {

std::string SourceLocation::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

InputError::InputError(SourceLocation location, const std::string& message)
    : Error(location.to_string().empty() ? message : location.to_string() + ": " + message),
      m_location(std::move(location)),
      m_message(message) {}

}  // namespace evgraph
