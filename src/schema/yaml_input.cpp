#include "schema/yaml_input.hpp"

#include <evgraph/error.hpp>
#include <evgraph/text.hpp>

#include <cstdio>
#include <set>
#include <vector>

namespace evgraph::detail {
namespace {

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {file};
  return {file, mark.line + 1, mark.column + 1};
}

}  // namespace

void check_yaml_text(std::string_view text, const std::string& file) {
  const auto bad = find_invalid_utf8(text);
  if (!bad) return;
  const auto [line, column] = line_column_at(text, *bad);
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[*bad])));
  throw InputError({file, line, column}, std::string("not UTF-8 text (byte ") + byte + ")");
}

void check_yaml_keys(const YAML::Node& root, const std::string& file) {
  // An explicit stack: the parser bounds the depth, but a walk should not lean on that.
  std::vector<YAML::Node> pending{root};
  while (!pending.empty()) {
    const YAML::Node node = pending.back();
    pending.pop_back();
    if (node.IsSequence()) {
      for (const auto& item : node) pending.push_back(item);
    } else if (node.IsMap()) {
      std::set<std::string> seen;
      for (const auto& entry : node) {
        if (entry.first.IsScalar() && !seen.insert(entry.first.Scalar()).second)
          throw InputError(location_of(entry.first, file),
                           "key '" + entry.first.Scalar() + "' is given twice in this mapping");
        pending.push_back(entry.second);
      }
    }
  }
}

}  // namespace evgraph::detail
