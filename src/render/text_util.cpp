#include "text_util.hpp"

#include <evgraph/render.hpp>

#include <fmt/format.h>

#include <cmath>

namespace evgraph::detail {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : decode_utf8(text)) {
    if (cp == '\t' || cp == '\n' || cp == '\r') cp = ' ';
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFE || cp == 0xFFFF) continue;
    append_utf8(out, cp);
  }
  return out;
}

std::string xml_escape(std::string_view text) { return markup_escape(clean_text(text)); }

std::string markup_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string dot_escape(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  // A final backslash would escape agwrite's closing quote: the DOT lexer has no escape for it.
  if (!out.empty() && out.back() == '\\') out += ' ';
  return out;
}

std::string dot_tooltip_escape(std::string_view text) {
  std::string out;
  for (char c : clean_text(text)) {
    if (c == '\\')
      out += "\xE2\xA7\xB5";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string url_escape(std::string_view text) {
  static const std::string_view allowed = "-._~/:?#[]@!$&()*+,;=";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       allowed.find(c) != std::string_view::npos;
    if (plain) {
      out += c;
    } else {
      static const char hex[] = "0123456789ABCDEF";
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    }
  }
  return out;
}

std::string safe_id(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out += ok ? c : '_';
  }
  return out.empty() ? std::string("_") : out;
}

std::string num(double value) {
  if (!std::isfinite(value) || std::fabs(value) < 0.05) return "0.0";
  return fmt::format("{:.1f}", value);
}

std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view key = pattern.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [name, value] : fields) {
          if (name == key) {
            out += value;
            found = true;
            break;
          }
        }
        if (found) {
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

std::string fit_width(const RenderStyle& style, std::string_view text, double font_px, double max_px) {
  const std::string clean = clean_text(text);
  if (style.text_width(clean, font_px) <= max_px) return clean;
  const std::string ellipsis = "\xE2\x80\xA6";
  const double budget = max_px - style.text_width(ellipsis, font_px);
  std::string out;
  double width = 0;
  for (char32_t cp : decode_utf8(clean)) {
    std::string one;
    append_utf8(one, cp);
    const double w = style.text_width(one, font_px);
    if (width + w > budget) break;
    width += w;
    out += one;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + ellipsis;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t max_chars) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_chars = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    const std::size_t word_chars = decode_utf8(word).size();
    if (!word.empty()) {
      // French puts a space before : ; ! ? and », which must not start a line.
      const bool glued = word_chars <= 2 && (word.find_first_of(":;!?") == 0 || word.rfind("\xC2\xBB", 0) == 0);
      if (line_chars > 0 && line_chars + 1 + word_chars > max_chars && !glued) {
        lines.push_back(line);
        line.clear();
        line_chars = 0;
      }
      if (line_chars > 0) {
        line += ' ';
        ++line_chars;
      }
      line += word;
      line_chars += word_chars;
    }
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

}  // namespace evgraph::detail
