#include <evgraph/part_lines.hpp>

namespace evgraph {

std::size_t add_part_lines(GraphReducer& reducer, std::string_view text, const std::string& origin) {
  std::size_t line_number = 0;
  std::size_t added = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    ++line_number;
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    reducer.add(part_from_json(line, origin, line_number), origin + ":" + std::to_string(line_number));
    ++added;
  }
  return added;
}

}  // namespace evgraph
