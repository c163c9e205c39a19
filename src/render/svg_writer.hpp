// A minimal SVG/XML writer: every attribute value and text is escaped on the way in, so callers
// cannot forget to.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace evgraph::detail {

using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class SvgWriter {
 public:
  void open(std::string_view tag, Attributes attributes = {});
  void close(std::string_view tag);
  void empty(std::string_view tag, Attributes attributes);
  // <tag ...>text</tag>, text escaped.
  void element(std::string_view tag, Attributes attributes, std::string_view text);
  // Content the caller already escaped (tooltips joining escaped lines with newlines, CSS).
  void element_escaped(std::string_view tag, Attributes attributes, std::string_view escaped);
  void raw(std::string_view text) { m_out += text; }
  std::string take() { return std::move(m_out); }

 private:
  void start_tag(std::string_view tag, Attributes attributes);
  std::string m_out;
  int m_depth = 0;
};

}  // namespace evgraph::detail
