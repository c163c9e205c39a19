// Fitting a timeline label into the room beside its mark: one line when it fits, else the title
// wrapped on spaces onto a few balanced lines, cut with "…" only when nothing else fits.
#pragma once

#include <evgraph/render_style.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

struct FittedLabel {
  std::vector<std::string> lines;  // at least one
  double width = 0;                // px of the widest line
  bool cut = false;                // the text had to be shortened with "…"
};

enum class LineCount {
  fewest,  // as few lines as fit
  most,    // all the lines allowed (as many as there are words): the narrowest label
};

// `text` on lines no wider than `max_px`, at most `max_lines` of them (as few or as many as
// `count` says), the break points chosen so the widest line is as narrow as it can be; empty
// when it does not fit that way.
std::vector<std::string> wrap_to_width(const RenderStyle& style, std::string_view text, double font_px, double max_px,
                                       int max_lines, LineCount count = LineCount::fewest);

// Like wrap_to_width, but always gives something: the last of `max_lines` lines cut with "…"
// when the whole text does not fit.
FittedLabel fit_label(const RenderStyle& style, std::string_view text, double font_px, double max_px, int max_lines);

}  // namespace evgraph::detail
