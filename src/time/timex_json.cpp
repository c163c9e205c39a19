// The JSON Lines form of `evgraph timex` (schemas/timex.schema.json), written by hand: a corpus
// yields a line per expression, and a generic JSON value per line cost more than the tagging.
#include <evgraph/timex.hpp>

#include <array>

namespace evgraph {
namespace {

// A JSON string: UTF-8 as it is, quotes, backslashes and control characters escaped.
void append_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
    }
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
}

void append_number(std::string& out, std::size_t value) {
  std::array<char, 24> digits{};
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  while (n > 0) out.push_back(digits[--n]);
}

void append_field(std::string& out, const char* key, std::string_view value) {
  out.push_back(',');
  append_string(out, key);
  out.push_back(':');
  append_string(out, value);
}

}  // namespace

void append_timex_json(std::string& out, std::string_view doc, const Timex& timex, bool explain) {
  out += "{\"doc\":";
  append_string(out, doc);
  out += ",\"begin\":";
  append_number(out, timex.begin);
  out += ",\"end\":";
  append_number(out, timex.end);
  append_field(out, "text", timex.text);
  append_field(out, "type", to_string(timex.type));
  append_field(out, "value", timex.value);
  if (!timex.mod.empty()) append_field(out, "mod", timex.mod);
  if (timex.first && timex.last) {
    out += ",\"range\":[";
    append_string(out, to_iso(*timex.first));
    out.push_back(',');
    append_string(out, to_iso(*timex.last));
    out.push_back(']');
  }
  if (explain) {
    append_field(out, "rule", timex.rule);
    append_field(out, "anchor", timex.anchor);
    append_field(out, "explanation", timex.explanation);
  }
  out += "}\n";
}

}  // namespace evgraph
