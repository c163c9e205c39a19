// The build cache's form of a part (pipeline/part_cache.hpp). Every part repeats the lexicon's
// definition of each entity its document names (names, kinds, aliases): about half of a part's
// text on a news corpus, read back and thrown away by the reducer on every rebuild. The cache
// key covers the lexicon, so the cache keeps those entities by id ("lexicon_entities") and
// looks them up again when it reads the part.
#pragma once

#include <evgraph/lexicon.hpp>
#include <evgraph/parts.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace evgraph::detail {

// One line without a newline: the part, its lexicon's entities by id.
std::string part_to_cache_json(const DocumentPart& part);

// The part again, its lexicon entities taken from `lexicon` (the one it was made with). Throws
// InputError "file:line: ..." as part_from_json does, and when an id is not in `lexicon`. A
// line of `evgraph extract` (every entity written out) reads as itself.
DocumentPart part_from_cache_json(std::string_view line, const Lexicon& lexicon, const std::string& file,
                                  std::size_t line_number);

}  // namespace evgraph::detail
