#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

namespace evgraph {
namespace verb {

std::uint32_t tag_of(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::uint32_t>, 18> kNames = {{
      {"inf", kInfinitive}, {"pres", kPresent}, {"impf", kImperfect}, {"past", kPast}, {"fut", kFuture},
      {"cond", kConditional}, {"subj", kSubjunctive}, {"subj_impf", kSubjunctiveImperfect}, {"imper", kImperative},
      {"ppres", kPresentParticiple}, {"ppast", kPastParticiple}, {"modal", kModal}, {"1sg", k1sg}, {"2sg", k2sg},
      {"3sg", k3sg}, {"1pl", k1pl}, {"2pl", k2pl}, {"3pl", k3pl},
  }};
  for (const auto& [text, tag] : kNames)
    if (text == name) return tag;
  return 0;
}

}  // namespace verb

namespace {

std::uint32_t parse_tags(std::string_view list) {
  std::uint32_t tags = 0;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    tags |= verb::tag_of(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return tags;
}

// Compares the folded spelling of `word` with `folded`, without allocating: verb forms are ASCII
// or Latin letters with marks, folded here one character at a time; anything rarer goes through
// fold(). Returns <0, 0 or >0 like strcmp.
int compare_folded(std::string_view word, std::string_view folded) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) {
      // Two-byte letters of Latin-1 and Latin Extended-A: fold the one code point.
      const std::size_t length = c >= 0xC0 && c < 0xE0 && i + 1 < word.size() ? 2 : 0;
      if (length == 0) {
        const std::string rest = fold(word.substr(i));
        const int order = rest.compare(0, std::string::npos, folded.substr(std::min(j, folded.size())));
        return order < 0 ? -1 : order > 0 ? 1 : 0;
      }
      const std::string piece = fold(word.substr(i, length));
      for (char f : piece) {
        if (j >= folded.size()) return 1;
        if (f != folded[j]) return static_cast<unsigned char>(f) < static_cast<unsigned char>(folded[j]) ? -1 : 1;
        ++j;
      }
      i += length;
      continue;
    }
    if (j >= folded.size()) return 1;
    if (word[i] != folded[j]) return c < static_cast<unsigned char>(folded[j]) ? -1 : 1;
    ++i, ++j;
  }
  return j < folded.size() ? -1 : 0;
}

// The form of the line starting at `at`: up to the first tab.
std::string_view form_at(std::string_view table, std::size_t at) {
  const std::size_t tab = table.find('\t', at);
  return table.substr(at, (tab == std::string_view::npos ? table.size() : tab) - at);
}

std::uint32_t hash_of(std::string_view folded) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Appends the folded spelling of `word` to `out`. Table forms are lower case; their non-ASCII
// letters are folded once per code point (`cache`, two-byte code points) or through fold().
void append_folded(std::string_view word, std::string& out, std::vector<std::string>& cache) {
  for (std::size_t i = 0; i < word.size();) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      out.push_back(word[i++]);
      continue;
    }
    if (c >= 0xC2 && c < 0xE0 && i + 1 < word.size()) {
      const std::size_t code = (static_cast<std::size_t>(c & 0x1F) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3F);
      if (cache.empty()) cache.resize(0x800);
      if (cache[code].empty()) cache[code] = fold(word.substr(i, 2));
      out += cache[code];
      i += 2;
      continue;
    }
    out += fold(word.substr(i));  // rarer scripts: the rest at once
    return;
  }
}

}  // namespace

VerbForms::VerbForms(std::string_view table) : m_table(table) {}

const std::vector<std::uint32_t>& VerbForms::lines() const {
  std::call_once(m_once, [this] {
    for (std::size_t at = 0; at < m_table.size();) {
      const std::size_t end = m_table.find('\n', at);
      if (m_table[at] != '#' && m_table[at] != '\n') m_lines.push_back(static_cast<std::uint32_t>(at));
      if (end == std::string_view::npos) break;
      at = end + 1;
    }
    // Lines are sorted by folded form: only the first line of each form is indexed.
    std::size_t capacity = 16;
    while (capacity < 2 * m_lines.size()) capacity *= 2;
    m_slots.assign(capacity, 0);
    std::vector<std::string> cache;
    std::string previous, folded;
    for (std::size_t line = 0; line < m_lines.size(); ++line) {
      folded.clear();
      append_folded(form_at(m_table, m_lines[line]), folded, cache);
      if (line > 0 && folded == previous) continue;
      const std::uint32_t h = hash_of(folded);
      std::size_t k = h & (capacity - 1);
      while (m_slots[k] != 0) k = (k + 1) & (capacity - 1);
      m_slots[k] = (static_cast<std::uint64_t>(h) << 32) | static_cast<std::uint64_t>(line + 1);
      std::swap(previous, folded);
    }
  });
  return m_lines;
}

VerbFormEntry VerbForms::entry(std::size_t line) const {
  const std::size_t at = m_lines[line];
  std::size_t end = m_table.find('\n', at);
  if (end == std::string_view::npos) end = m_table.size();
  const std::string_view text = m_table.substr(at, end - at);
  const std::size_t tab1 = text.find('\t');
  const std::size_t tab2 = tab1 == std::string_view::npos ? tab1 : text.find('\t', tab1 + 1);
  if (tab2 == std::string_view::npos) return {text, {}, 0};
  return {text.substr(0, tab1), text.substr(tab1 + 1, tab2 - tab1 - 1), parse_tags(text.substr(tab2 + 1))};
}

std::vector<VerbAnalysis> VerbForms::analyse(std::string_view folded_form) const {
  std::vector<VerbAnalysis> out;
  analyse(folded_form, out);
  return out;
}

void VerbForms::analyse(std::string_view folded_form, std::vector<VerbAnalysis>& out) const {
  out.clear();
  const auto& index = lines();
  if (m_slots.empty()) return;
  const std::uint32_t h = hash_of(folded_form);
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t k = h & mask; m_slots[k] != 0; k = (k + 1) & mask) {
    if (static_cast<std::uint32_t>(m_slots[k] >> 32) != h) continue;
    const std::size_t first = static_cast<std::size_t>(m_slots[k] & 0xFFFFFFFFu) - 1;
    if (compare_folded(form_at(m_table, index[first]), folded_form) != 0) continue;
    for (std::size_t line = first; line < index.size(); ++line) {
      if (line > first && compare_folded(form_at(m_table, index[line]), folded_form) != 0) break;
      const VerbFormEntry found = entry(line);
      out.push_back({found.lemma, found.tags});
    }
    return;
  }
}

std::vector<VerbFormEntry> VerbForms::forms_of(const std::unordered_set<std::string>& folded_lemmas) const {
  std::vector<VerbFormEntry> out;
  // A few thousand lemmas recur over the lines: fold each once.
  std::unordered_map<std::string_view, bool> wanted;
  const auto& index = lines();
  for (std::size_t line = 0; line < index.size(); ++line) {
    const VerbFormEntry found = entry(line);
    auto known = wanted.find(found.lemma);
    if (known == wanted.end()) known = wanted.emplace(found.lemma, folded_lemmas.count(fold(found.lemma)) > 0).first;
    if (known->second) out.push_back(found);
  }
  return out;
}

std::size_t VerbForms::size() const { return lines().size(); }

}  // namespace evgraph
