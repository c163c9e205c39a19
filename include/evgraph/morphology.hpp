// Verb morphology of a language pack: every inflected form of the pack's verbs with its lemma and
// tense (data/lang/<code>/verb-forms.tsv, generated from Debian's dictionaries). The temporal
// tagger reads tense from it ("fera" is a future), the event vocabulary lemmas ("avaient promis"
// is promettre).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace evgraph {

// Tense, mood and person tags of one analysis, as bits.
namespace verb {
enum Tag : std::uint32_t {
  kInfinitive = 1u << 0,
  kPresent = 1u << 1,
  kImperfect = 1u << 2,
  kPast = 1u << 3,          // passé simple, English simple past
  kFuture = 1u << 4,
  kConditional = 1u << 5,
  kSubjunctive = 1u << 6,
  kSubjunctiveImperfect = 1u << 7,
  kImperative = 1u << 8,
  kPresentParticiple = 1u << 9,  // French -ant, English -ing
  kPastParticiple = 1u << 10,
  kModal = 1u << 11,
  k1sg = 1u << 12,
  k2sg = 1u << 13,
  k3sg = 1u << 14,
  k1pl = 1u << 15,
  k2pl = 1u << 16,
  k3pl = 1u << 17,
};
// Any finite form: one that can head a clause.
constexpr std::uint32_t kFinite = kPresent | kImperfect | kPast | kFuture | kConditional | kSubjunctive |
                                  kSubjunctiveImperfect | kImperative | kModal;
// Parses a tag name of the table ("fut", "ppast", "3sg"); 0 when unknown.
std::uint32_t tag_of(std::string_view name);
}  // namespace verb

struct VerbAnalysis {
  std::string_view lemma;         // as the table writes it (accents kept)
  std::uint32_t tags = 0;
  std::string_view form;          // as the table writes it: "rencontrés" for "rencontres"
  std::string_view folded_lemma;  // evgraph::fold(lemma), kept by the VerbForms
};

// One line of the table.
struct VerbFormEntry {
  std::string_view form;   // as written (accents kept)
  std::string_view lemma;
  std::uint32_t tags = 0;
};

class VerbForms {
 public:
  // `table`: the TSV text (form, lemma, tags, and the folded form where it differs; sorted by
  // folded form), which must outlive the
  // object. The line starts and a hash table of the folded forms are built on the first lookup
  // (a few milliseconds).
  explicit VerbForms(std::string_view table);
  VerbForms(const VerbForms&) = delete;
  VerbForms& operator=(const VerbForms&) = delete;

  // The analyses of a form written folded (lower case, no accents: evgraph::fold), empty when it
  // is no verb form. Thread-safe. A hash lookup: no allocation but the result.
  std::vector<VerbAnalysis> analyse(std::string_view folded_form) const;
  // The same into `out` (cleared first): no allocation once `out` has room. Thread-safe.
  void analyse(std::string_view folded_form, std::vector<VerbAnalysis>& out) const;
  // Every line whose folded lemma is in `folded_lemmas`, in table order: the inflected forms of
  // those verbs. One pass over the table.
  std::vector<VerbFormEntry> forms_of(const std::unordered_set<std::string>& folded_lemmas) const;
  // Lines of the table.
  std::size_t size() const;

 private:
  // One data line, parsed once when the index is built: lookups then read no text but the key.
  struct Line {
    std::uint32_t at = 0;    // byte offset of the form
    std::uint32_t tags = 0;
    std::uint16_t key_offset = 0;  // of the folded form from `at` (0: the form itself)
    std::uint8_t form_length = 0, lemma_length = 0, key_length = 0;
  };
  const std::vector<Line>& lines() const;
  VerbFormEntry entry(std::size_t line) const;
  std::string_view key_of(const Line& line) const;

  std::string_view m_table;
  mutable std::once_flag m_once;
  mutable std::vector<Line> m_lines;
  mutable std::vector<std::uint32_t> m_lemma_of_line;  // index into m_folded_lemmas
  mutable std::deque<std::string> m_folded_lemmas;     // deque: analyses view them
  std::uint32_t tag_of(std::uint32_t hash) const;
  // Open addressing on the folded forms: the top bits of the hash, then the form's first line + 1
  // in the low m_line_bits; 0 is empty.
  mutable std::vector<std::uint32_t> m_slots;
  mutable unsigned m_line_bits = 0;
  // Most words of a text are no verb form: a Bloom filter of the forms (two probes, 10 bits a
  // form, about 2% false positives), a tenth of the slots' size, turns them away before the
  // slots' cache miss.
  mutable std::vector<std::uint64_t> m_filter;
  bool may_hold(std::uint32_t hash) const;
};

}  // namespace evgraph
