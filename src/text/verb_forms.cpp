#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>

#include <array>
#include <deque>
#include <functional>
#include <unordered_map>
#include <utility>

#include "common/string_map.hpp"

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

// The fields of one line: form, lemma, tags, and the folded form when it differs.
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

}  // namespace

// Lines of the table, and each folded form's run of lines: equal keys are adjacent (the table is
// sorted by folded form).
struct VerbForms::Index {
  struct Line {
    std::uint32_t offset;  // of the line in the table
    std::uint32_t lemma;   // into folded_lemmas
  };
  std::vector<Line> lines;
  std::deque<std::string> folded_lemmas;  // deque: the analyses view them
  // Looked up once per word of every document: open addressing with stored hashes keeps a hit to
  // two cache misses (the slot, then the key in the table).
  detail::StringViewMap<std::pair<std::uint32_t, std::uint32_t>> runs;  // key -> (first line, count)
  // Three quarters of a text's words are no verb form: a Bloom filter of the keys (12 bits a key,
  // two probes: about 1% false positives) turns those away from a table the size of the L2 cache's
  // tenth, instead of a cache miss in the map each.
  std::vector<std::uint64_t> filter;
  std::size_t filter_mask = 0;  // bits - 1

  static std::pair<std::size_t, std::size_t> probes(std::size_t hash) {
    return {hash, (hash >> 32) ^ (hash * 0x9E3779B97F4A7C15ull)};
  }
  void add_to_filter(std::size_t hash) {
    for (std::size_t bit : {probes(hash).first, probes(hash).second})
      filter[(bit & filter_mask) / 64] |= 1ull << (bit % 64);
  }
  bool may_hold(std::size_t hash) const {
    for (std::size_t bit : {probes(hash).first, probes(hash).second})
      if (!(filter[(bit & filter_mask) / 64] >> (bit % 64) & 1)) return false;
    return true;
  }
};

VerbForms::VerbForms(std::string_view table) : m_table(table) {}

const VerbForms::Index& VerbForms::index() const {
  std::call_once(m_once, [this] {
    auto index = std::make_shared<Index>();
    detail::StringViewMap<std::uint32_t> lemma_ids;  // lemma as written -> folded_lemmas index
    index->runs.max_load_factor(0.8f);  // half the memory of the default 0.5: fewer cache misses
    for (std::size_t at = 0; at < m_table.size();) {
      std::size_t end = m_table.find('\n', at);
      if (end == std::string_view::npos) end = m_table.size();
      if (m_table[at] != '#' && end > at) {
        const auto fields = fields_of(m_table.substr(at, end - at));
        const std::string_view folded = fields[3].empty() ? fields[0] : fields[3];
        const auto line = static_cast<std::uint32_t>(index->lines.size());
        auto [run, added] = index->runs.try_emplace(folded, line, 0u);
        ++run.value().second;
        auto [lemma, is_new] = lemma_ids.try_emplace(fields[1], static_cast<std::uint32_t>(index->folded_lemmas.size()));
        if (is_new) index->folded_lemmas.push_back(fold(fields[1]));
        index->lines.push_back({static_cast<std::uint32_t>(at), lemma->second});
      }
      at = end + 1;
    }
    std::size_t bits = 64;
    while (bits < index->runs.size() * 12) bits *= 2;
    index->filter.assign(bits / 64, 0);
    index->filter_mask = bits - 1;
    for (const auto& [key, run] : index->runs) index->add_to_filter(detail::StringHash{}(key));
    m_index = std::move(index);
  });
  return *m_index;
}

VerbFormEntry VerbForms::entry(std::size_t line) const {
  const std::size_t at = m_index->lines[line].offset;
  std::size_t end = m_table.find('\n', at);
  if (end == std::string_view::npos) end = m_table.size();
  const auto fields = fields_of(m_table.substr(at, end - at));
  return {fields[0], fields[1], parse_tags(fields[2])};
}

std::vector<VerbAnalysis> VerbForms::analyse(std::string_view folded_form) const {
  return analyse(folded_form, detail::StringHash{}(folded_form));
}

std::vector<VerbAnalysis> VerbForms::analyse(std::string_view folded_form, std::size_t hash) const {
  const Index& found = index();
  std::vector<VerbAnalysis> out;
  if (!found.may_hold(hash)) return out;
  auto run = found.runs.find(folded_form, hash);
  if (run == found.runs.end()) return out;
  for (std::uint32_t k = 0; k < run->second.second; ++k) {
    const std::uint32_t line = run->second.first + k;
    const VerbFormEntry fields = entry(line);
    out.push_back({fields.form, fields.lemma, found.folded_lemmas[found.lines[line].lemma], fields.tags});
  }
  return out;
}

std::vector<VerbFormEntry> VerbForms::forms_of(const std::unordered_set<std::string>& folded_lemmas) const {
  std::vector<VerbFormEntry> out;
  const Index& found = index();
  std::vector<bool> wanted(found.folded_lemmas.size());
  for (std::size_t lemma = 0; lemma < wanted.size(); ++lemma)
    wanted[lemma] = folded_lemmas.count(found.folded_lemmas[lemma]) > 0;
  for (std::size_t line = 0; line < found.lines.size(); ++line)
    if (wanted[found.lines[line].lemma]) out.push_back(entry(line));
  return out;
}

std::size_t VerbForms::size() const { return index().lines.size(); }

}  // namespace evgraph
