#include "graph/json_errors.hpp"

#include <evgraph/text.hpp>

#include <algorithm>

namespace evgraph::detail {
namespace {

// The message without nlohmann's "[json.exception.kind.N] " tag and its own "parse error at line
// L, column C: " (the location is given once, in front, as everywhere else).
std::string plain_message(const std::string& what) {
  std::string message = what;
  if (message.rfind("[json.exception.", 0) == 0)
    if (auto end = message.find("] "); end != std::string::npos) message = message.substr(end + 2);
  if (message.rfind("parse error", 0) == 0)
    if (auto colon = message.find(": "); colon != std::string::npos) message = message.substr(colon + 2);
  return message;
}

}  // namespace

InputError json_parse_error(const nlohmann::json::parse_error& error, std::string_view text, const std::string& file) {
  const std::size_t offset = error.byte == 0 ? 0 : std::min<std::size_t>(error.byte - 1, text.size());
  const auto [line, column] = line_column_at(text, offset);
  return InputError({file, line, column}, plain_message(error.what()));
}

InputError json_error(const nlohmann::json::exception& error, const SourceLocation& where) {
  return InputError(where, plain_message(error.what()));
}

}  // namespace evgraph::detail
