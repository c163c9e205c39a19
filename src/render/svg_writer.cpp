#include "svg_writer.hpp"

#include "text_util.hpp"

namespace evgraph::detail {

void SvgWriter::start_tag(std::string_view tag, Attributes attributes) {
  m_out.append(static_cast<std::size_t>(m_depth), ' ');
  m_out += '<';
  m_out += tag;
  for (const auto& [name, value] : attributes) {
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    m_out += xml_escape(value);
    m_out += '"';
  }
}

void SvgWriter::open(std::string_view tag, Attributes attributes) {
  start_tag(tag, attributes);
  m_out += ">\n";
  ++m_depth;
}

void SvgWriter::close(std::string_view tag) {
  --m_depth;
  m_out.append(static_cast<std::size_t>(m_depth), ' ');
  m_out += "</";
  m_out += tag;
  m_out += ">\n";
}

void SvgWriter::empty(std::string_view tag, Attributes attributes) {
  start_tag(tag, attributes);
  m_out += "/>\n";
}

void SvgWriter::element(std::string_view tag, Attributes attributes, std::string_view text) {
  element_escaped(tag, attributes, xml_escape(text));
}

void SvgWriter::element_escaped(std::string_view tag, Attributes attributes, std::string_view escaped) {
  start_tag(tag, attributes);
  m_out += '>';
  m_out += escaped;
  m_out += "</";
  m_out += tag;
  m_out += ">\n";
}

}  // namespace evgraph::detail
