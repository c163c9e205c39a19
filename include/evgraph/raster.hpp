// SVG drawings as PNG or PDF, through librsvg and cairo, for documents that take no SVG. The
// output is deterministic: no time stamp is written into the PDF.
#pragma once

#include <string>

namespace evgraph {

// `svg` rendered at its intrinsic size times `scale` (2: twice as many pixels each way), on a
// transparent background unless the drawing paints one. Throws RenderError.
std::string svg_to_png(const std::string& svg, double scale = 2.0);
// One page the size of the drawing (96 SVG pixels to the inch), text and shapes kept as vectors.
std::string svg_to_pdf(const std::string& svg);

}  // namespace evgraph
