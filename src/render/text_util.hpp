// Text helpers of the renderers: UTF-8 clean-up, XML and DOT escaping, ids, numbers, phrases.
#pragma once

#include <evgraph/text.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evgraph {
struct RenderStyle;
}

namespace evgraph::detail {

// Code points of `text` (evgraph::decode_utf8): invalid bytes decode as U+FFFD so hostile input
// cannot break output.
using evgraph::decode_utf8;
void append_utf8(std::string& out, char32_t code_point);

// Valid UTF-8 without the control characters XML 1.0 forbids (tabs and newlines become spaces).
std::string clean_text(std::string_view text);
// & < > " ' as entities, nothing else changed: safe in element content and quoted attributes.
std::string markup_escape(std::string_view text);
// clean_text, then markup_escape.
std::string xml_escape(std::string_view text);
// For cgraph escString attributes (label, tooltip, URL): agwrite escapes quotes itself, but
// not backslashes, which Graphviz reads as \n \N \G...; & becomes &amp; because Graphviz decodes
// entities in labels and would otherwise turn "&lt;" into "<".
std::string dot_escape(std::string_view text);
// A path or URL made safe to use as a link: bytes outside the URL character set (spaces, quotes,
// < >, backslashes, %, non-ASCII) percent-encoded. Graphviz copies URLs into SVG without escaping
// quotes or <, so this is what keeps its output well-formed.
std::string url_escape(std::string_view text);
// For Graphviz tooltips, which go through entity decoding, then \\ reduction, then \N
// substitution, so no spelling of a backslash survives: it becomes U+29F5 (⧵), which looks the same.
std::string dot_tooltip_escape(std::string_view text);
// [A-Za-z0-9_-] only, other bytes as '_': usable in an SVG id and a CSS class.
std::string safe_id(std::string_view text);

// Fixed one-decimal format, locale-independent, with no "-0.0".
std::string num(double value);

// Replaces each {key} of `pattern` with its value.
std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> fields);

// `text` cut at a code point boundary and ended with "…" so that it is at most `max_px` wide.
std::string fit_width(const RenderStyle& style, std::string_view text, double font_px, double max_px);

// Breaks `text` on spaces into lines of at most about `max_chars` code points.
std::vector<std::string> wrap_words(std::string_view text, std::size_t max_chars);

}  // namespace evgraph::detail
