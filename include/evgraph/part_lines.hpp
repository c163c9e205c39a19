// Parts as JSON Lines (what `evgraph extract` writes) folded into a reducer: shared by
// `evgraph merge` and the Python API's merge, so both read the same lines the same way.
#pragma once

#include <evgraph/parts.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace evgraph {

// Adds every part of `text` (one JSON object per line; blank lines are skipped) to `reducer`.
// Throws InputError "ORIGIN:LINE: ..." for a line that is no part, or that the reducer refuses
// (another corpus, a document given twice). Returns the number of parts added.
std::size_t add_part_lines(GraphReducer& reducer, std::string_view text, const std::string& origin);

}  // namespace evgraph
