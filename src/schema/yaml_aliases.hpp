// YAML aliases ("*name") repeat whole subtrees: a file of a few kilobytes can stand for billions
// of nodes ("billion laughs"), and every reader that walks the tree pays for all of them.
#pragma once
#include <cstddef>
#include <string>

namespace evgraph::detail {

struct AliasLimits {
  std::size_t nodes;  // nodes reached through aliases, nested ones counted as often as reached
  std::size_t bytes;  // bytes of the scalars among them
};

// Throws InputError at the alias whose expansion takes what is reached through aliases past
// `limits`. Anchors used a few times (the built-in style reuses its list of event types) pass.
void check_alias_expansion(const std::string& text, const std::string& file, const AliasLimits& limits);

}  // namespace evgraph::detail
