// Hash maps and sets keyed by strings for the lookups made once per word of every document:
// open addressing with stored hashes (tsl::robin_map), looked up by string_view without building
// a std::string, and by a hash computed once per word (FoldedText::word_hashes) when the caller
// has it.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <tsl/robin_map.h>
#include <tsl/robin_set.h>

namespace evgraph::detail {

// std::hash<std::string> and std::hash<std::string_view> agree on equal text, so a hash computed
// once for a word serves every map below.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

struct StringEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

template <typename Value>
using StringMap = tsl::robin_map<std::string, Value, StringHash, StringEqual,
                                 std::allocator<std::pair<std::string, Value>>, true>;

using StringSet = tsl::robin_set<std::string, StringHash, StringEqual, std::allocator<std::string>, true>;

// Keys that view text kept elsewhere (a table, a pool): the owner must outlive the map.
template <typename Value>
using StringViewMap = tsl::robin_map<std::string_view, Value, StringHash, StringEqual,
                                     std::allocator<std::pair<std::string_view, Value>>, true>;

}  // namespace evgraph::detail
