// The stylesheet inside the timeline SVG: colours of the chosen theme, the dark theme under
// prefers-color-scheme, every class prefixed so several figures can share one HTML page.
#pragma once

#include <evgraph/render.hpp>

#include <string>
#include <vector>

namespace evgraph::detail {

// `types`: event types in class order (class "<prefix>-t<index>"). `dark` may be null.
// `with_changes`: also the diff status classes "<prefix>-s-added" and the others.
std::string timeline_css(const std::string& prefix, const RenderStyle& style, const ThemeColours& theme,
                         const ThemeColours* dark, const std::vector<std::string>& types, bool with_changes);

}  // namespace evgraph::detail
