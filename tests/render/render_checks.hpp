// Golden-file comparison and external checks of rendered SVG (xmllint, rsvg-convert).
#pragma once

#include <string>

namespace evgraph::test {

// Compares `actual` byte for byte with tests/golden/render/<name>; with EVGRAPH_UPDATE_GOLDEN=1
// rewrites the file instead. On a mismatch, writes <name>.actual next to the build's temp files
// and returns a message naming the first differing line; empty when equal.
std::string golden_mismatch(const std::string& name, const std::string& actual);

// Exit status of `xmllint --noout` on `svg` (0: well-formed), with its stderr in `errors`.
int xmllint_status(const std::string& svg, std::string& errors);
// Exit status of rasterising `svg` with rsvg-convert; writes the PNG to `png_path` when not empty.
int rsvg_status(const std::string& svg, const std::string& png_path = "");

}  // namespace evgraph::test
