#pragma once

#include <string>
#include <string_view>

namespace evgraph::detail {

// Lower-case ASCII id fragment of a name: folded, letters and digits kept, runs of anything else
// made one '-' ("Royaume-Uni" -> "royaume-uni", "Donald Trump" -> "donald-trump").
std::string slugify(std::string_view name);

}  // namespace evgraph::detail
