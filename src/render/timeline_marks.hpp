// The marks of the timeline: what an event's date is (dot, bar, bracketed bar, bounded arrow)
// and what the articles claim about it (its modality: filled or hollow, outline solid, dashed or
// dotted), as SVG elements whose colours come from classes.
#pragma once

#include "date_placement.hpp"
#include "svg_writer.hpp"

#include <evgraph/render_style.hpp>

#include <string>

namespace evgraph::detail {

// `p`: the id prefix; `colour_class`: the class giving the mark its colour (event type, diff
// status or neutral); `x0`..`x1` the mark's extent, `cy` its vertical centre.
void draw_mark(SvgWriter& svg, const std::string& p, MarkKind kind, double x0, double x1, double cy,
               const std::string& colour_class, const ModalityLook& look, const TimelineMetrics& m);

// The classes a label takes for `look` ("" or " <p>-italic", " <p>-struck"), to append.
std::string label_look_classes(const std::string& p, const ModalityLook& look);

}  // namespace evgraph::detail
