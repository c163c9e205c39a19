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
std::string_view folded_key_of(const std::array<std::string_view, 4>& fields) {
  return fields[3].empty() ? fields[0] : fields[3];
}

// A field longer than a byte can count is no word of the table: such lines are skipped.
bool fits_record(const std::array<std::string_view, 4>& fields, std::size_t at_in_line) {
  return fields[0].size() < 256 && fields[1].size() < 256 && fields[3].size() < 256 && at_in_line < 65536;
}

// The filter's two bits for a form: from the hash and a remix of it (the slots use the low bits).
std::array<std::uint32_t, 2> filter_bits_of(std::uint32_t hash, std::size_t bits) {
  const auto mask = static_cast<std::uint32_t>(bits - 1);
  const std::uint32_t mixed = (hash ^ (hash >> 15)) * 0x2C1B3C6Du;
  return {(hash >> 7) & mask, (mixed ^ (mixed >> 12)) & mask};
}

std::uint32_t hash_of(std::string_view folded) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

VerbForms::VerbForms(std::string_view table) : m_table(table) {}

std::string_view VerbForms::key_of(const Line& line) const {
  return line.key_offset == 0 ? m_table.substr(line.at, line.form_length)
                              : m_table.substr(line.at + line.key_offset, line.key_length);
}

const std::vector<VerbForms::Line>& VerbForms::lines() const {
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
        const std::size_t key_offset = fields[3].empty() ? 0 : static_cast<std::size_t>(fields[3].data() - (data + at));
        if (!fits_record(fields, key_offset)) {
          at = end + 1;
          continue;
        }
        const auto line = static_cast<std::uint32_t>(m_lines.size());
        m_lines.push_back({static_cast<std::uint32_t>(at), parse_tags(fields[2]), static_cast<std::uint16_t>(key_offset),
                           static_cast<std::uint8_t>(fields[0].size()), static_cast<std::uint8_t>(fields[1].size()),
                           static_cast<std::uint8_t>(fields[3].size())});
        auto [id, added] = lemma_ids.emplace(fields[1], static_cast<std::uint32_t>(m_folded_lemmas.size()));
        if (added) m_folded_lemmas.push_back(fold(fields[1]));
        m_lemma_of_line.push_back(id->second);
        const std::string_view key = folded_key_of(fields);
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
    std::size_t filter_bits = 64;
    while (filter_bits < first_lines.size() * 10) filter_bits *= 2;
    m_filter.assign(filter_bits / 64, 0);
    for (std::uint32_t hash : hashes)
      for (std::uint32_t bit : filter_bits_of(hash, filter_bits)) m_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
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
  const Line& record = m_lines[line];
  return {m_table.substr(record.at, record.form_length),
          m_table.substr(record.at + record.form_length + 1, record.lemma_length), record.tags};
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
  if (!may_hold(h)) return;
  const std::uint32_t tag = tag_of(h);
  const std::uint32_t line_mask = (m_line_bits >= 32 ? 0u : (1u << m_line_bits)) - 1u;
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t k = h & mask; m_slots[k] != 0; k = (k + 1) & mask) {
    if ((m_slots[k] & ~line_mask) != tag) continue;
    const std::size_t first = (m_slots[k] & line_mask) - 1;
    if (key_of(index[first]) != folded_form) continue;
    for (std::size_t line = first; line < index.size() && key_of(index[line]) == folded_form; ++line) {
      const VerbFormEntry parsed = entry(line);
      out.push_back({parsed.lemma, parsed.tags, parsed.form, m_folded_lemmas[m_lemma_of_line[line]]});
    }
    return;
  }
}

bool VerbForms::may_hold(std::uint32_t hash) const {
  const std::size_t bits = m_filter.size() * 64;
  for (std::uint32_t bit : filter_bits_of(hash, bits))
    if (!(m_filter[bit / 64] >> (bit % 64) & 1)) return false;
  return true;
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
