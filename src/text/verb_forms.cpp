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

// The fields of one line: form, lemma, tags, and the folded form when it differs from the form.
std::array<std::string_view, 4> fields_of(std::string_view line) {
  std::array<std::string_view, 4> fields{};
  for (std::size_t f = 0; f < 4 && !line.empty(); ++f) {
    const std::size_t tab = line.find('\t');
    fields[f] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return fields;
}

// What a line is looked up by: its folded form.
std::string_view key_of(const std::array<std::string_view, 4>& fields) {
  return fields[3].empty() ? fields[0] : fields[3];
}

std::uint32_t hash_of(std::string_view folded) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

VerbForms::VerbForms(std::string_view table) : m_table(table) {}

std::string_view VerbForms::line_text(std::size_t line) const {
  const std::size_t at = m_lines[line];
  const void* newline = std::memchr(m_table.data() + at, '\n', m_table.size() - at);
  const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - m_table.data())
                                  : m_table.size();
  return m_table.substr(at, end - at);
}

const std::vector<std::uint32_t>& VerbForms::lines() const {
  std::call_once(m_once, [this] {
    // One pass: the line starts, each line's lemma, and the first line of each folded form (the
    // table is sorted by it, so a form's lines are adjacent).
    std::vector<std::uint32_t> first_lines;
    std::vector<std::uint32_t> hashes;
    std::string_view previous_key;
    const char* data = m_table.data();
    const std::size_t size = m_table.size();
    m_lines.reserve(size / 24);
    m_lemma_of_line.reserve(size / 24);
    std::unordered_map<std::string_view, std::uint32_t> lemma_ids;  // as written -> m_folded_lemmas
    for (std::size_t at = 0; at < size;) {
      const void* newline = std::memchr(data + at, '\n', size - at);
      const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - data) : size;
      if (data[at] != '#' && at < end) {
        const auto fields = fields_of(std::string_view(data + at, end - at));
        const auto line = static_cast<std::uint32_t>(m_lines.size());
        m_lines.push_back(static_cast<std::uint32_t>(at));
        auto [id, added] = lemma_ids.emplace(fields[1], static_cast<std::uint32_t>(m_folded_lemmas.size()));
        if (added) m_folded_lemmas.push_back(fold(fields[1]));
        m_lemma_of_line.push_back(id->second);
        const std::string_view key = key_of(fields);
        if (key != previous_key) {
          first_lines.push_back(line);
          hashes.push_back(hash_of(key));
          previous_key = key;
        }
      }
      at = end + 1;
    }
    // Open addressing, small enough to stay in cache: 32-bit slots holding the form's first line
    // (+1) in the low bits and the top bits of the hash above them.
    std::size_t capacity = 16;
    while (capacity < first_lines.size() + first_lines.size() / 3) capacity *= 2;
    m_line_bits = 1;
    while ((std::size_t{1} << m_line_bits) <= m_lines.size() + 1) ++m_line_bits;
    m_slots.assign(capacity, 0);
    for (std::size_t k = 0; k < first_lines.size(); ++k) {
      std::size_t slot = hashes[k] & (capacity - 1);
      while (m_slots[slot] != 0) slot = (slot + 1) & (capacity - 1);
      m_slots[slot] = tag_of(hashes[k]) | (first_lines[k] + 1);
    }
  });
  return m_lines;
}

std::uint32_t VerbForms::tag_of(std::uint32_t hash) const {
  return m_line_bits >= 32 ? 0 : (hash >> m_line_bits) << m_line_bits;
}

VerbFormEntry VerbForms::entry(std::size_t line) const {
  const auto fields = fields_of(line_text(line));
  return {fields[0], fields[1], parse_tags(fields[2])};
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
    const std::size_t first = (m_slots[k] & line_mask) - 1;
    if (key_of(fields_of(line_text(first))) != folded_form) continue;
    for (std::size_t line = first; line < index.size(); ++line) {
      const auto fields = fields_of(line_text(line));
      if (key_of(fields) != folded_form) break;
      out.push_back({fields[1], parse_tags(fields[2]), fields[0], m_folded_lemmas[m_lemma_of_line[line]]});
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
