#include <evgraph/text.hpp>

#include <utf8proc.h>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace evgraph {
namespace {

// Folded forms of code points that news text uses as variants of ASCII punctuation, and of
// letters that are not a base letter plus a mark (Polish ł, Danish ø, Croatian đ...). Accented
// letters and case go through utf8proc below; these need a mapping of their own because utf8proc
// keeps them as they are.
const char* special_fold(std::int32_t code) {
  switch (code) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032: case 0x0060: case 0x00B4:
      return "'";
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    case 0x0153: case 0x0152:
      return "oe";
    case 0x00E6: case 0x00C6:
      return "ae";
    case 0x0141: case 0x0142: case 0x013F: case 0x0140:
      return "l";
    case 0x00D8: case 0x00F8:
      return "o";
    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0:
      return "d";
    case 0x0126: case 0x0127:
      return "h";
    case 0x0131:
      return "i";
    case 0x00DE: case 0x00FE:
      return "th";
    default:
      return nullptr;
  }
}

std::string fold_code_point(std::int32_t code) {
  if (const char* mapped = special_fold(code)) return mapped;
  const auto category = utf8proc_category(code);
  if (category == UTF8PROC_CATEGORY_ZS || code == 0x00A0 || code == 0x202F) return " ";
  utf8proc_uint8_t* result = nullptr;
  utf8proc_uint8_t input[4];
  const auto length = utf8proc_encode_char(code, input);
  const auto status = utf8proc_map(input, length, &result,
                                   static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string out;
  if (status >= 0 && result) out.assign(reinterpret_cast<char*>(result), static_cast<std::size_t>(status));
  std::free(result);
  return out;
}

// Folding a code point through utf8proc costs an allocation. The folds of the code points below
// U+3000 (every alphabet news is written in, and the punctuation block) are computed once into an
// immutable table, which threads read without synchronising; rarer ones are folded on the spot.
class FoldTable {
 public:
  static constexpr std::int32_t kSize = 0x3000;

  FoldTable() {
    m_spans.resize(kSize);
    for (std::int32_t code = 0; code < kSize; ++code) {
      const std::string folded = fold_code_point(code);
      m_spans[static_cast<std::size_t>(code)] = {static_cast<std::uint32_t>(m_text.size()),
                                                 static_cast<std::uint32_t>(folded.size())};
      m_text += folded;
    }
  }
  // The fold of `code`, or nullopt when outside the table.
  std::optional<std::string_view> find(std::int32_t code) const {
    if (code < 0 || code >= kSize) return std::nullopt;
    const auto [at, length] = m_spans[static_cast<std::size_t>(code)];
    return std::string_view(m_text).substr(at, length);
  }

 private:
  std::string m_text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_spans;
};

const FoldTable& fold_table() {
  static const FoldTable table;
  return table;
}

}  // namespace

std::size_t FoldedText::original_end(std::size_t folded_end) const {
  return origin[folded_end];
}

FoldedText fold_text(std::string_view utf8) {
  FoldedText out;
  out.text.reserve(utf8.size());
  out.origin.reserve(utf8.size() + 1);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  const auto size = static_cast<utf8proc_ssize_t>(utf8.size());
  utf8proc_ssize_t i = 0;
  while (i < size) {
    const unsigned char c = bytes[i];
    if (c < 0x80) {
      char folded = static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') folded = static_cast<char>(c + ('a' - 'A'));
      else if (c == '\t' || c == '\r') folded = ' ';
      out.text.push_back(folded);
      out.origin.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    const CodePoint point = code_point_at(utf8, static_cast<std::size_t>(i));
    const auto code = static_cast<utf8proc_int32_t>(point.code);
    const auto length = static_cast<utf8proc_ssize_t>(point.length);
    if (!point.valid) {  // invalid bytes: the corpus reader rejects them, keep them inert here
      out.text.push_back('?');
      out.origin.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    const auto known = fold_table().find(code);
    const std::string rare = known ? std::string() : fold_code_point(code);
    for (char f : known ? *known : std::string_view(rare)) {
      out.text.push_back(f);
      out.origin.push_back(static_cast<std::uint32_t>(i));
    }
    i += length;
  }
  out.origin.push_back(static_cast<std::uint32_t>(utf8.size()));
  return out;
}

std::string fold(std::string_view utf8) { return fold_text(utf8).text; }

}  // namespace evgraph
