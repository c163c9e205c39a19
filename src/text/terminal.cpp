// Text that reaches a terminal: titles, ids and names come from scraped articles and other
// people's files, and a raw ESC, CR or C1 control in them would rewrite the user's screen.
#include <evgraph/text.hpp>

#include <cstdio>

namespace evgraph {
namespace {

// Characters a terminal acts on or that reorder what is shown: C0 and C1 controls, DEL, the line
// and paragraph separators, the bidirectional embeddings, overrides and isolates.
bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

template <class Escape>
std::string escape_controls(std::string_view text, Escape escape) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = code_point_at(text, i);
    if (!cp.valid || is_control(cp.code))
      escape(out, cp, static_cast<unsigned char>(text[i]));
    else
      out.append(text.data() + i, cp.length);
    i += cp.length;
  }
  return out;
}

void append_format(std::string& out, const char* format, unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  out += buffer;
}

}  // namespace

std::string terminal_text(std::string_view text) {
  return escape_controls(text, [](std::string& out, const CodePoint& cp, unsigned char byte) {
    if (!cp.valid) return append_format(out, "\\x%02x", byte);
    switch (cp.code) {
      case '\n':
        out += "\\n";
        return;
      case '\r':
        out += "\\r";
        return;
      case '\t':
        out += "\\t";
        return;
      default:
        break;
    }
    if (cp.code < 0x80) return append_format(out, "\\x%02x", static_cast<unsigned>(cp.code));
    append_format(out, "\\u{%04x}", static_cast<unsigned>(cp.code));
  });
}

std::string json_terminal_safe(std::string_view json) {
  // Inside JSON every such character can only sit in a string, where \uXXXX means the same.
  return escape_controls(json, [](std::string& out, const CodePoint& cp, unsigned char byte) {
    append_format(out, "\\u%04x", cp.valid ? static_cast<unsigned>(cp.code) : 0xFFFDu);
    (void)byte;
  });
}

}  // namespace evgraph
