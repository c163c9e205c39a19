#include <evgraph/text.hpp>

#include <utf8proc.h>

#include <array>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

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

// Folding each non-ASCII code point through utf8proc costs an allocation; news text repeats a few
// dozen of them, so the results are cached.
class FoldCache {
 public:
  const std::string& get(std::int32_t code) {
    {
      std::shared_lock lock(m_mutex);
      auto it = m_cache.find(code);
      if (it != m_cache.end()) return it->second;
    }
    std::string folded = fold_code_point(code);
    std::unique_lock lock(m_mutex);
    return m_cache.emplace(code, std::move(folded)).first->second;
  }

 private:
  std::shared_mutex m_mutex;
  std::unordered_map<std::int32_t, std::string> m_cache;
};

FoldCache& fold_cache() {
  static FoldCache cache;
  return cache;
}

}  // namespace

std::size_t FoldedText::original_end(std::size_t folded_end) const {
  return origin[folded_end];
}

namespace {

// Folded forms of the code points news text is made of, computed once and read without a lock:
// the two-byte ones (U+0080..U+07FF: Latin, Greek, Cyrillic letters with their marks) and the
// General Punctuation block (U+2000..U+206F: typographic apostrophes, quotes, dashes, spaces).
struct ShortFold {
  std::array<char, 7> bytes{};
  std::uint8_t length = 0;
  bool fits = false;  // false: longer than `bytes`, ask the cache
};

struct FoldTables {
  std::array<ShortFold, 0x800> two_byte;
  std::array<ShortFold, 0x70> punctuation;  // U+2000 + i
};

ShortFold short_fold(std::int32_t code) {
  const std::string folded = fold_code_point(code);
  ShortFold out;
  if (folded.size() <= out.bytes.size()) {
    std::copy(folded.begin(), folded.end(), out.bytes.begin());
    out.length = static_cast<std::uint8_t>(folded.size());
    out.fits = true;
  }
  return out;
}

const FoldTables& fold_tables() {
  static const FoldTables tables = [] {
    FoldTables t;
    for (std::int32_t code = 0x80; code < 0x800; ++code) t.two_byte[static_cast<std::size_t>(code)] = short_fold(code);
    for (std::int32_t i = 0; i < 0x70; ++i) t.punctuation[static_cast<std::size_t>(i)] = short_fold(0x2000 + i);
    return t;
  }();
  return tables;
}

// ASCII: upper case to lower case, tab and carriage return to a space.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> table{};
  for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c + ('a' - 'A'));
  table['\t'] = ' ';
  table['\r'] = ' ';
  return table;
}();

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::optional<std::string_view> without_plural_mark(std::string_view folded, std::size_t min_stem) {
  if (folded.size() <= min_stem || (folded.back() != 's' && folded.back() != 'x')) return std::nullopt;
  return folded.substr(0, folded.size() - 1);
}

FoldedText fold_text(std::string_view utf8) {
  const FoldTables& tables = fold_tables();
  FoldedText out;
  const std::size_t size = utf8.size();
  // Folding rarely lengthens a text; the buffers grow when it does.
  out.text.resize(size);
  out.origin.resize(size + 1);
  char* text = out.text.data();
  std::uint32_t* origin = out.origin.data();
  std::size_t n = 0;
  const auto emit = [&](const char* bytes, std::size_t length, std::size_t at) {
    if (n + length > out.text.size()) {
      out.text.resize(out.text.size() * 2 + length);
      out.origin.resize(out.text.size() + 1);
      text = out.text.data();
      origin = out.origin.data();
    }
    for (std::size_t k = 0; k < length; ++k) {
      text[n] = bytes[k];
      origin[n++] = static_cast<std::uint32_t>(at);
    }
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  std::size_t i = 0;
  while (i < size) {
    const unsigned char c = bytes[i];
    if (c < 0x80) {
      // A run of ASCII, while there is room.
      const std::size_t room = out.text.size();
      if (n >= room) {
        emit(&kAsciiFold[c], 1, i);
        ++i;
        continue;
      }
      for (; i < size && bytes[i] < 0x80 && n < room; ++i, ++n) {
        text[n] = kAsciiFold[bytes[i]];
        origin[n] = static_cast<std::uint32_t>(i);
      }
      continue;
    }
    const ShortFold* known = nullptr;
    std::size_t length = 0;
    if (c >= 0xC2 && c < 0xE0 && i + 1 < size && continuation(bytes[i + 1])) {
      known = &tables.two_byte[(static_cast<std::size_t>(c & 0x1F) << 6) | (bytes[i + 1] & 0x3F)];
      length = 2;
    } else if (c == 0xE2 && i + 2 < size && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81) && continuation(bytes[i + 2])) {
      const std::size_t code = (static_cast<std::size_t>(bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
      if (code < 0x70) {
        known = &tables.punctuation[code];
        length = 3;
      }
    }
    if (known && known->fits) {
      emit(known->bytes.data(), known->length, i);
      i += length;
      continue;
    }
    const CodePoint point = code_point_at(utf8, i);
    if (!point.valid) {  // invalid bytes: the corpus reader rejects them, keep them inert here
      emit("?", 1, i);
      ++i;
      continue;
    }
    const std::string& folded = fold_cache().get(static_cast<std::int32_t>(point.code));
    emit(folded.data(), folded.size(), i);
    i += point.length;
  }
  out.text.resize(n);
  out.origin.resize(n + 1);
  out.origin[n] = static_cast<std::uint32_t>(size);
  return out;
}

std::string fold(std::string_view utf8) { return fold_text(utf8).text; }

}  // namespace evgraph
