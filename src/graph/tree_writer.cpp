#include "graph/tree_writer.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace evgraph::detail {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_u_escape(std::string& out, unsigned code) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 0xF];
}

// Words YAML reads as something other than a string (YAML 1.1 booleans and null included:
// yaml-cpp and PyYAML still honour them).
bool yaml_keyword(std::string_view word) {
  for (const char* keyword : {"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
    if (word == keyword) return true;
  return false;
}

bool plain_word(std::string_view word) {
  if (word.empty() || word[0] < 'a' || word[0] > 'z') return false;
  for (char c : word)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return !yaml_keyword(word);
}

// Whether none of the 8 bytes of `word` needs a look: printable ASCII other than '"' and '\\'
// (and DEL in YAML). Quotes are most of graph.json and graph.yaml, and mostly such bytes.
bool plain_ascii(std::uint64_t word, bool yaml) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t special = (word & kHigh) | ((word - 0x20 * kOnes) & ~word & kHigh) |
                                has_zero(word ^ ('"' * kOnes)) | has_zero(word ^ ('\\' * kOnes)) |
                                (yaml ? has_zero(word ^ (0x7F * kOnes)) : 0);
  return special == 0;
}

// The first byte from `i` on that is not plain ASCII, eight bytes at a time.
std::size_t skip_plain_ascii(std::string_view text, std::size_t i, bool yaml) {
  std::uint64_t word;
  while (i + sizeof word <= text.size()) {
    std::memcpy(&word, text.data() + i, sizeof word);
    if (!plain_ascii(word, yaml)) break;
    i += sizeof word;
  }
  return i;
}

}  // namespace

void TreeWriter::newline_indent(std::size_t columns) {
  m_out += '\n';
  m_out.append(columns, ' ');
}

// Where a value goes: after its key, or as the next item of an array.
void TreeWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) return;
  Level& level = m_levels.back();
  if (level.layout == Layout::Inline) {
    if (level.count) m_out += pretty() ? ", " : ",";
  } else if (m_syntax == Syntax::Yaml) {
    newline_indent(level.indent);
    m_out += "- ";
  } else {
    if (level.count) m_out += ',';
    if (pretty()) newline_indent(level.indent);
  }
  ++level.count;
}

// The separator before a key and its indentation.
void TreeWriter::start_key() {
  Level& level = m_levels.back();
  if (level.layout == Layout::Inline) {
    if (level.count) m_out += pretty() ? ", " : ",";
  } else if (m_syntax == Syntax::Yaml) {
    // The first key of an item goes on its dash's line; the first of the document on line one.
    if ((level.count || !level.on_dash_line) && (m_spilled || !m_out.empty())) newline_indent(level.indent);
  } else {
    if (level.count) m_out += ',';
    if (pretty()) newline_indent(level.indent);
  }
  ++level.count;
}

void TreeWriter::key(std::string_view name) {
  start_key();
  if (m_syntax == Syntax::Yaml) {
    m_out += name;
  } else {
    m_out += '"';
    m_out += name;
    m_out += '"';
  }
  m_out += ':';
  m_after_key = true;
}

void TreeWriter::key_text(std::string_view text) {
  start_key();
  quoted(text);
  m_out += ':';
  m_after_key = true;
}

// The separator between a key and a scalar or inline value.
void TreeWriter::after_key_space() {
  if (m_after_key && pretty()) m_out += ' ';
}

void TreeWriter::begin_object(Layout layout) {
  const bool forced_inline = inline_here() || layout == Layout::Inline;
  const bool yaml_block = m_syntax == Syntax::Yaml && !forced_inline;
  const bool after_key = m_after_key;
  const bool item = !after_key && !m_levels.empty();
  if (!yaml_block) after_key_space();
  before_value();
  Level level{true, forced_inline ? Layout::Inline : Layout::Block};
  const std::size_t parent = m_levels.empty() ? 0 : m_levels.back().indent;
  if (yaml_block) {
    level.on_dash_line = item;
    level.indent = m_levels.empty() ? 0 : parent + 2;
    level.opened_after_key = after_key;
  } else {
    m_out += '{';
    level.indent = m_levels.empty() ? 2 : parent + 2;
  }
  m_levels.push_back(level);
}

void TreeWriter::end_object() {
  const Level level = m_levels.back();
  m_levels.pop_back();
  if (m_syntax == Syntax::Yaml && level.layout == Layout::Block) {
    if (level.count == 0) m_out += level.opened_after_key ? " {}" : "{}";
  } else {
    if (level.count && level.layout == Layout::Block && pretty()) newline_indent(level.indent - 2);
    m_out += '}';
  }
  maybe_spill();
}

void TreeWriter::spill_to(std::function<void(std::string_view)> spill, std::size_t threshold) {
  m_spill = std::move(spill);
  m_spill_threshold = threshold;
}

void TreeWriter::maybe_spill() {
  if (!m_spill || m_out.size() < m_spill_threshold) return;
  m_spill(m_out);
  m_out.clear();
  m_spilled = true;
}

void TreeWriter::begin_array(Layout layout) {
  const bool forced_inline = inline_here() || layout == Layout::Inline;
  const bool yaml_block = m_syntax == Syntax::Yaml && !forced_inline;
  const bool after_key = m_after_key;
  if (!yaml_block) after_key_space();
  before_value();
  Level level{false, forced_inline ? Layout::Inline : Layout::Block};
  const std::size_t parent = m_levels.empty() ? 0 : m_levels.back().indent;
  if (yaml_block) {
    level.indent = m_levels.empty() ? 0 : parent + 2;
    level.opened_after_key = after_key;
  } else {
    m_out += '[';
    level.indent = m_levels.empty() ? 2 : parent + 2;
  }
  m_levels.push_back(level);
}

void TreeWriter::end_array() {
  const Level level = m_levels.back();
  m_levels.pop_back();
  if (m_syntax == Syntax::Yaml && level.layout == Layout::Block) {
    if (level.count == 0) m_out += level.opened_after_key ? " []" : "[]";
    return;
  }
  if (level.count && level.layout == Layout::Block && pretty()) newline_indent(level.indent - 2);
  m_out += ']';
}

void TreeWriter::string(std::string_view text) {
  after_key_space();
  before_value();
  quoted(text);
}

void TreeWriter::symbol(std::string_view word) {
  after_key_space();
  before_value();
  if (m_syntax == Syntax::Yaml && plain_word(word)) m_out += word;
  else quoted(word);
}

void TreeWriter::number(std::size_t value) {
  after_key_space();
  before_value();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  m_out.append(buffer, result.ptr);
}

void TreeWriter::number(double value) {
  after_key_space();
  before_value();
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  m_out.append(buffer, result.ptr);
}

void TreeWriter::null() {
  after_key_space();
  before_value();
  m_out += "null";
}

void TreeWriter::finish() {
  m_out += '\n';
  if (!m_spill) return;
  m_spill(m_out);
  m_out.clear();
  m_spilled = true;
}

namespace {

// The length of the well-formed UTF-8 sequence at text[i] (a byte >= 0x80), or 0.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  const auto second = static_cast<unsigned char>(text[i + 1]);
  if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0) || (c == 0xF0 && second < 0x90) ||
      (c == 0xF4 && second >= 0x90))
    return 0;  // overlong, surrogate, beyond U+10FFFF
  return length;
}

}  // namespace

// Double-quoted, escaped so that JSON parsers and YAML 1.1/1.2 parsers read the same text back:
// quotes, backslashes and control characters always; in YAML also DEL, the C1 controls and the
// Unicode line and paragraph separators and the non-characters U+FFFE and U+FFFF, which YAML
// would otherwise fold or reject. Bytes that
// are no UTF-8 (which no reader of evgraph lets in, but a model built in code may hold) become
// U+FFFD, so that the output always parses.
void TreeWriter::quoted(std::string_view text) {
  const bool yaml = m_syntax == Syntax::Yaml;
  m_out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    i = skip_plain_ascii(text, i, yaml);
    if (i >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    const char* escape = nullptr;
    unsigned code = 0;
    std::size_t length = 1;
    if (c == '"') escape = "\\\"";
    else if (c == '\\') escape = "\\\\";
    else if (c == '\n') escape = "\\n";
    else if (c == '\t') escape = "\\t";
    else if (c == '\r') escape = "\\r";
    else if (c < 0x20 || (yaml && c == 0x7F)) code = c;
    else if (yaml && c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0)
      code = static_cast<unsigned char>(text[i + 1]), length = 2;  // U+0080..U+009F
    else if (yaml && c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
             (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9))
      code = 0x2000u + static_cast<unsigned char>(text[i + 2]) - 0x80u, length = 3;  // U+2028, U+2029
    else if (yaml && c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
             static_cast<unsigned char>(text[i + 2]) == 0xBF)
      code = 0xFEFF, length = 3;  // a byte order mark inside a string
    else if (yaml && c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
             static_cast<unsigned char>(text[i + 2]) >= 0xBE)
      code = 0xFFC0u + static_cast<unsigned char>(text[i + 2]) - 0x80u, length = 3;  // U+FFFE, U+FFFF: not printable in YAML
    else if (c < 0x80)
      continue;
    else if (const std::size_t valid = utf8_length(text, i)) {
      i += valid - 1;
      continue;
    } else
      escape = "\xEF\xBF\xBD";
    m_out.append(text.data() + run, i - run);
    if (escape) m_out += escape;
    else append_u_escape(m_out, code);
    i += length - 1;
    run = i + 1;
  }
  m_out.append(text.data() + run, text.size() - run);
  m_out += '"';
}

}  // namespace evgraph::detail
