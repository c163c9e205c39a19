// How the graph shows what the articles claim about an event (its modality) and how sure the
// extraction is: the node's style, its label in italics or struck through, lighter colours for
// unsure events, and a legend table under the drawing. The same vocabulary as the timeline's.
#pragma once

#include "graphviz_context.hpp"

#include <evgraph/render.hpp>

#include <string>
#include <vector>

namespace evgraph::detail {

// Graphviz node style: "rounded" and "filled" for a solid fill, "dashed" or "dotted".
std::string event_node_style(const ModalityLook& look);

// An HTML-like label: the title's lines in <I> or <S> as `look` says, then the date, every text
// escaped. Graphviz draws <S> as line-through and <I> in italics.
std::string event_html_label(const std::vector<std::string>& title_lines, const std::string& date, LabelLook look);

// "#rrggbb" with the alpha of `opacity` appended ("#rrggbb73"); anything else unchanged.
std::string with_opacity(const std::string& colour, double opacity);

// The legend table for the events of `model`: one entry per modality drawn (none when all
// happened) and one for unsure events, after `note` (a first row, when not empty). Empty when
// there is nothing to say.
std::string legend_html(const GraphModel& model, const RenderStyle& style, const ThemeColours& theme,
                        const LocaleStrings& words, const std::string& note);

// Sets attribute `name` of a graph, node or edge to an HTML-like string. Caller holds
// graphviz_mutex().
void set_html(void* object, const char* name, const std::string& html);

}  // namespace evgraph::detail
