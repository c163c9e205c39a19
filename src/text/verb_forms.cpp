#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <array>
#include <cstring>
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
    // One pass: the line starts, and each form's hash, folded on the fly.
    std::vector<std::uint64_t> hashes;  // bit 32: the line starts a new form; the hash below
    std::vector<std::string> cache;
    std::string scratch;
    std::string_view previous;
    const char* data = m_table.data();
    const std::size_t size = m_table.size();
    m_lines.reserve(size / 24);
    m_lemma_of_line.reserve(size / 24);
    hashes.reserve(size / 24);
    std::unordered_map<std::string_view, std::uint32_t> lemma_ids;  // as written -> m_folded_lemmas
    for (std::size_t at = 0; at < size;) {
      const void* newline = std::memchr(data + at, '\n', size - at);
      const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - data) : size;
      if (data[at] != '#' && at < end) {
        // The form (up to the tab) and its hash as it is, in one pass.
        std::uint32_t h = 2166136261u;
        unsigned char high = 0;
        std::size_t k = at;
        for (; k < end && data[k] != '\t'; ++k) {
          const auto c = static_cast<unsigned char>(data[k]);
          high |= c;
          h = (h ^ c) * 16777619u;
        }
        const std::string_view form(data + at, k - at);
        m_lines.push_back(static_cast<std::uint32_t>(at));
        const std::size_t lemma_end = std::min(end, static_cast<std::size_t>(
            std::find(data + std::min(k + 1, end), data + end, '\t') - data));
        const std::string_view lemma = k < end ? std::string_view(data + k + 1, lemma_end - k - 1) : std::string_view();
        auto [id, added] = lemma_ids.emplace(lemma, static_cast<std::uint32_t>(m_folded_lemmas.size()));
        if (added) m_folded_lemmas.push_back(fold(lemma));
        m_lemma_of_line.push_back(id->second);
        // A form repeated for another lemma needs no entry of its own.
        if (form == previous) {
          hashes.push_back(0);
        } else {
          if (high & 0x80) {  // accents: hash the folded spelling
            scratch.clear();
            append_folded(form, scratch, cache);
            h = hash_of(scratch);
          }
          hashes.push_back((std::uint64_t{1} << 32) | h);
          previous = form;
        }
      }
      at = end + 1;
    }
    // Open addressing, small enough to stay in cache while it is filled: 32-bit slots holding the
    // line (+1) in the low bits and the top bits of the hash above them. Forms whose accents
    // differ but fold alike ("cèdera", "cédera") may take two entries; lookups start from the
    // first line of the form either way.
    std::size_t capacity = 16;
    while (capacity < m_lines.size() + m_lines.size() / 3) capacity *= 2;
    m_line_bits = 1;
    while ((std::size_t{1} << m_line_bits) <= m_lines.size() + 1) ++m_line_bits;
    m_slots.assign(capacity, 0);
    for (std::size_t line = 0; line < m_lines.size(); ++line) {
      if (hashes[line] == 0) continue;
      const auto h = static_cast<std::uint32_t>(hashes[line]);
      std::size_t k = h & (capacity - 1);
      while (m_slots[k] != 0) k = (k + 1) & (capacity - 1);
      m_slots[k] = tag_of(h) | static_cast<std::uint32_t>(line + 1);
    }
  });
  return m_lines;
}

std::uint32_t VerbForms::tag_of(std::uint32_t hash) const {
  return m_line_bits >= 32 ? 0 : (hash >> m_line_bits) << m_line_bits;
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
  if (m_slots.empty() || folded_form.empty()) return;
  const std::uint32_t h = hash_of(folded_form);
  const std::uint32_t tag = tag_of(h);
  const std::uint32_t line_mask = (m_line_bits >= 32 ? 0u : (1u << m_line_bits)) - 1u;
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t k = h & mask; m_slots[k] != 0; k = (k + 1) & mask) {
    if ((m_slots[k] & ~line_mask) != tag) continue;
    std::size_t first = (m_slots[k] & line_mask) - 1;
    if (compare_folded(form_at(m_table, index[first]), folded_form) != 0) continue;
    while (first > 0 && compare_folded(form_at(m_table, index[first - 1]), folded_form) == 0) --first;
    for (std::size_t line = first; line < index.size(); ++line) {
      if (line > first && compare_folded(form_at(m_table, index[line]), folded_form) != 0) break;
      const VerbFormEntry found = entry(line);
      out.push_back({found.lemma, found.tags, found.form, m_folded_lemmas[m_lemma_of_line[line]]});
    }
    return;
  }
}

std::vector<VerbFormEntry> VerbForms::forms_of(const std::unordered_set<std::string>& folded_lemmas) const {
  std::vector<VerbFormEntry> out;
  const auto& index = lines();
  std::vector<bool> wanted(m_folded_lemmas.size());
  for (std::size_t lemma = 0; lemma < wanted.size(); ++lemma) wanted[lemma] = folded_lemmas.count(m_folded_lemmas[lemma]) > 0;
  for (std::size_t line = 0; line < index.size(); ++line)
    if (wanted[m_lemma_of_line[line]]) out.push_back(entry(line));
  return out;
}

std::size_t VerbForms::size() const { return lines().size(); }

}  // namespace evgraph
