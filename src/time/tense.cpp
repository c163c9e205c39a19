#include "time/tense.hpp"

#include "time/pattern_compiler.hpp"

#include <evgraph/error.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <tuple>

namespace evgraph::detail {
namespace {

// Roles of a verb form's lemma, from the pack's lists.
enum Role : std::uint32_t {
  kPerfect = 1u << 0,
  kPassive = 1u << 1,
  kGoingTo = 1u << 2,
  kModalFuture = 1u << 3,
  kConditionalModal = 1u << 4,
  kRecentPast = 1u << 5,
  kProspective = 1u << 6,
  kIntent = 1u << 7,
  kAnnouncing = 1u << 8,
  kDirective = 1u << 9,
  kLinking = 1u << 10,
  kBeAuxiliary = 1u << 11,
  kBePerfect = 1u << 12,
  kReporting = 1u << 13,
};

// What a word is to the tense search (the pack's word lists).
enum WordFlag : std::uint32_t {
  kCoordinator = 1u << 0,
  kSubordinator = 1u << 1,
  kNotAfter = 1u << 2,
  kGroupWord = 1u << 3,
  kNotVerb = 1u << 4,
  kHomograph = 1u << 5,
  kInfinitiveMarker = 1u << 6,
  kSubject = 1u << 7,
  kRecentPastMarker = 1u << 8,
  kNounLink = 1u << 9,
  kIntentMarker = 1u << 10,
  kDirectiveMarker = 1u << 11,
  kParticle = 1u << 12,
  kReflexive = 1u << 13,
};

constexpr std::uint32_t kVerbal =
    verb::kFinite | verb::kPastParticiple | verb::kInfinitive | verb::kPresentParticiple;
// Tags no noun or adjective shares: a form with one is a verb even after a determiner.
constexpr std::uint32_t kOnlyVerb = verb::kFuture | verb::kConditional | verb::kImperfect;

Tense tense_of_name(const std::string& name) {
  if (name == "past") return Tense::Past;
  if (name == "future") return Tense::Future;
  return Tense::Present;
}

bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

// The tense a finite form carries by itself; None when its analyses disagree ("set": present or
// past).
Tense simple_tense(std::uint32_t tags) {
  if (tags & (verb::kFuture | verb::kConditional)) return Tense::Future;
  const bool past = (tags & (verb::kPast | verb::kImperfect)) != 0;
  const bool present = (tags & verb::kPresent) != 0;
  if (past && !present) return Tense::Past;
  if (present && !past) return Tense::Present;
  return Tense::None;
}

}  // namespace

const char* to_string(Tense tense) {
  switch (tense) {
    case Tense::Past: return "past";
    case Tense::Present: return "present";
    case Tense::Future: return "future";
    case Tense::None: break;
  }
  return "none";
}

void WordTable::add(const std::vector<std::string>& words, std::uint32_t flags) {
  for (const auto& word : words) m_entries.emplace_back(word, flags);
}

void WordTable::finish() {
  std::sort(m_entries.begin(), m_entries.end());
  std::vector<std::pair<std::string, std::uint32_t>> merged;
  for (auto& entry : m_entries) {
    if (!merged.empty() && merged.back().first == entry.first) merged.back().second |= entry.second;
    else merged.push_back(std::move(entry));
  }
  m_entries = std::move(merged);
  m_first = {};
  m_longest = 0;
  for (const auto& entry : m_entries) {
    if (!entry.first.empty()) m_first[static_cast<unsigned char>(entry.first[0])] = true;
    m_longest = std::max(m_longest, entry.first.size());
  }
}

std::uint32_t WordTable::find(std::string_view word) const {
  if (word.empty() || word.size() > m_longest || !m_first[static_cast<unsigned char>(word[0])]) return 0;
  auto it = std::lower_bound(m_entries.begin(), m_entries.end(), word,
                             [](const std::pair<std::string, std::uint32_t>& a, std::string_view b) {
                               return std::string_view(a.first) < b;
                             });
  return it != m_entries.end() && it->first == word ? it->second : 0;
}

struct TenseFinder::Word {
  std::size_t begin = 0;  // folded offsets
  std::size_t end = 0;
  bool expression = false;  // stands for the temporal expression itself
  bool flagged = false;     // `flags` looked up
  std::uint32_t flags = 0;  // WordFlag bits
  bool analysed = false;
  bool capital = false;
  bool homograph = false;   // a verb only as an auxiliary ("a" + participle), unaccented
  bool written_participle = false;  // a past participle spelled as written, accents included
  std::uint32_t tags = 0;   // union of the analyses' tags
  std::uint32_t roles = 0;  // union of the analyses' lemma roles
};

struct TenseFinder::Scan {
  std::string_view folded;
  const std::uint32_t* origin = nullptr;
  std::string_view original;
  std::vector<Word> words;
  std::vector<VerbAnalysis> analyses;  // reused by every lookup
  std::string_view text(std::size_t i) const { return folded.substr(words[i].begin, words[i].end - words[i].begin); }
};

TenseFinder::TenseFinder(const RulePack& pack, const VerbForms* verbs)
    : m_verbs(verbs && verbs->size() > 0 ? verbs : nullptr) {
  const VerbRules& rules = pack.verbs;
  m_words.add(pack.clause_break_words, kCoordinator);
  m_words.add(pack.subordinators, kSubordinator);
  m_words.add(rules.not_after, kNotAfter);
  m_words.add(rules.group_words, kGroupWord);
  m_words.add(rules.not_verbs, kNotVerb);
  m_words.add(rules.accent_homographs, kHomograph);
  m_words.add(rules.infinitive_markers, kInfinitiveMarker);
  m_words.add(rules.subjects, kSubject);
  m_words.add(rules.recent_past_markers, kRecentPastMarker);
  m_words.add(pack.noun_links, kNounLink);
  m_words.add(rules.intent_markers, kIntentMarker);
  m_words.add(rules.directive_markers, kDirectiveMarker);
  m_words.add(rules.particles, kParticle);
  m_words.add(rules.reflexives, kReflexive);
  m_words.finish();
  m_roles.add(rules.perfect, kPerfect);
  m_roles.add(rules.passive, kPassive);
  m_roles.add(rules.going_to, kGoingTo);
  m_roles.add(rules.modal_future, kModalFuture);
  m_roles.add(rules.conditional_modals, kConditionalModal);
  m_roles.add(rules.recent_past, kRecentPast);
  m_roles.add(rules.prospective, kProspective);
  m_roles.add(rules.intent, kIntent);
  m_roles.add(rules.directive, kDirective);
  m_roles.add(rules.announcing, kAnnouncing);
  m_roles.add(rules.reporting, kReporting);
  m_roles.add(rules.linking, kLinking);
  m_roles.add(rules.be_auxiliary, kBeAuxiliary);
  m_roles.add(rules.be_perfect, kBePerfect);
  m_roles.finish();
  for (char c : pack.clause_breaks) m_breaks[static_cast<unsigned char>(c)] = true;
  m_title_abbreviations = pack.title_abbreviations;
  if (!pack.habitual.empty()) {
    m_habitual = std::make_unique<RE2>(pack.habitual, timex_re2_options(false));
    if (!m_habitual->ok()) throw ConfigError(SourceLocation{pack.file}, "tense habitual: " + m_habitual->error());
  }
  for (const auto& cue : pack.tense_cues) {
    auto regex = std::make_unique<RE2>(cue.regex, timex_re2_options(false));
    if (!regex->ok()) throw ConfigError(SourceLocation{pack.file, cue.line, cue.column}, "tense cue: " + regex->error());
    m_cues.push_back(CueSet{tense_of_name(cue.tense), cue.ascii_start, std::move(regex)});
  }
}

const WordTable& TenseFinder::table_roles() const {
  std::call_once(m_table_roles_once, [this] {
    std::vector<VerbAnalysis> analyses;
    for (const auto& [lemma, roles] : m_roles.entries()) {
      m_verbs->analyse(lemma, analyses);  // the infinitive, whose lemma is spelled as the table does
      for (const VerbAnalysis& analysis : analyses)
        if (fold(analysis.lemma) == lemma) m_table_roles.add({std::string(analysis.lemma)}, roles);
    }
    m_table_roles.finish();
  });
  return m_table_roles;
}

void TenseFinder::analyse(Scan& scan, std::size_t index) const {
  Word& word = scan.words[index];
  if (word.analysed) return;
  word.analysed = true;
  if (word.expression || !m_verbs) return;
  const std::string_view text = scan.text(index);
  if (scan.origin) {
    const std::uint32_t at = scan.origin[word.begin];
    if (at < scan.original.size()) {
      const auto c = static_cast<unsigned char>(scan.original[at]);
      word.capital = (c >= 'A' && c <= 'Z') || (c >= 0x80 && capital_at(scan.original, at));
    }
  }
  if (word.capital || text[0] < 'a' || (flags(scan, index) & kNotVerb)) return;
  // "hot-rolled steel", "Moscow-backed": the end of a hyphenated compound is an adjective.
  if (word.begin >= 2 && scan.folded[word.begin - 1] == '-' && word_byte(scan.folded[word.begin - 2])) return;
  if (flags(scan, index) & kHomograph) {
    // "à" folds to "a": the original spelling tells the preposition from the auxiliary.
    if (scan.origin) {
      const std::uint32_t from = scan.origin[word.begin];
      const std::uint32_t to = scan.origin[word.end];
      for (std::uint32_t i = from; i < to && i < scan.original.size(); ++i)
        if (static_cast<unsigned char>(scan.original[i]) >= 0x80) return;
    }
    word.homograph = true;
  }
  m_verbs->analyse(text, scan.analyses);
  word.written_participle = keep_written_accents(scan, word.begin, word.end);
  const WordTable& roles = table_roles();
  for (const VerbAnalysis& analysis : scan.analyses) {
    word.tags |= analysis.tags;
    word.roles |= roles.find(analysis.lemma);
  }
  // "expected to arrive": after the marker, a form is an infinitive whatever else it could be.
  if (index > 0 && (word.tags & verb::kInfinitive) && (flags(scan, index - 1) & kInfinitiveMarker))
    word.tags &= ~(verb::kFinite | verb::kPast | verb::kPastParticiple);
}

// "découvert en mars", "attribué au peintre": a form written with an accent is only the table's
// forms that have it ("attribué" is the participle, not the present "attribue"). A form written
// without one may come from a text that strips accents: every reading stays.
// Returns whether a past participle is among the readings spelled as written.
bool TenseFinder::keep_written_accents(Scan& scan, std::size_t begin, std::size_t end) {
  if (!scan.origin) return false;
  const std::uint32_t from = scan.origin[begin], to = scan.origin[end];
  if (from >= to || to > scan.original.size()) return false;
  const auto non_ascii = [](std::string_view text) {
    return std::count_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  const auto written = non_ascii(scan.original.substr(from, to - from));
  auto& analyses = scan.analyses;
  const auto same = [&](const VerbAnalysis& analysis) { return non_ascii(analysis.form) == written; };
  const bool participle = std::any_of(analyses.begin(), analyses.end(), [&](const VerbAnalysis& analysis) {
    return (analysis.tags & verb::kPastParticiple) && same(analysis);
  });
  if (written == 0 || std::none_of(analyses.begin(), analyses.end(), same)) return participle;
  analyses.erase(std::remove_if(analyses.begin(), analyses.end(), [&](const VerbAnalysis& a) { return !same(a); }),
                 analyses.end());
  return participle;
}

// Whether a comma comes right before words[index].
bool TenseFinder::after_comma(const Scan& scan, std::size_t index) {
  for (std::size_t at = scan.words[index].begin; at-- > 0;) {
    const char c = scan.folded[at];
    if (c == ',') return true;
    if (c != ' ') return false;
  }
  return false;
}

// The word's flags, looked up on first use: most words of a clause are never visited.
std::uint32_t TenseFinder::flags(Scan& scan, std::size_t index) const {
  Word& word = scan.words[index];
  if (!word.flagged) {
    word.flagged = true;
    if (!word.expression) word.flags = m_words.find(scan.text(index));
  }
  return word.flags;
}

// The expression opens with a link word ("du 17") or follows one ("of March 15"), after a noun:
// a word that is no verb, or a verb form after a determiner ("le préavis de grève").
bool TenseFinder::noun_complement(Scan& scan, std::size_t split) const {
  const Word& expression = scan.words[split];
  std::size_t first = expression.begin;
  while (first < expression.end && word_byte(scan.folded[first])) ++first;
  std::size_t noun = 0;
  if (first > expression.begin && (m_words.find(scan.folded.substr(expression.begin, first - expression.begin)) & kNounLink)) {
    if (split == 0) return false;
    noun = split - 1;
  } else {
    if (split < 2 || !(flags(scan, split - 1) & kNounLink)) return false;
    noun = split - 2;
  }
  const std::string_view word = scan.text(noun);
  if (word.size() < 3 || flags(scan, noun) != 0 || word[0] < 'a') return false;
  analyse(scan, noun);
  if (scan.words[noun].capital) return false;
  // "ont eu lieu du 17 au 19": a noun that a verb governs right before it is part of the verb.
  if (noun > 0 && !(flags(scan, noun - 1) & (kNotAfter | kGroupWord)) && verbal(scan, noun - 1)) return false;
  if (!(scan.words[noun].tags & kVerbal)) return true;
  return noun > 0 && (flags(scan, noun - 1) & kNotAfter);
}

bool TenseFinder::group_word(Scan& scan, std::size_t index) const {
  return (flags(scan, index) & kGroupWord) != 0;
}

// Whether words[index] is an infinitive after an intent's marker, reflexive pronouns aside
// ("de se réunir", "to meet").
bool TenseFinder::marked_infinitive_before(Scan& scan, std::size_t index) const {
  if (scan.words[index].expression) return false;
  analyse(scan, index);
  if (!(scan.words[index].tags & verb::kInfinitive)) return false;
  std::size_t marker = index;
  while (marker > 0 && !scan.words[marker - 1].expression && (flags(scan, marker - 1) & kReflexive)) --marker;
  return marker > 0 && (flags(scan, marker - 1) & kIntentMarker);
}

bool TenseFinder::marked_infinitive(Scan& scan, std::size_t index, std::uint32_t marker_flag) const {
  if (index + 1 >= scan.words.size() || !(flags(scan, index) & marker_flag) || scan.words[index + 1].expression)
    return false;
  analyse(scan, index + 1);
  return (scan.words[index + 1].tags & verb::kInfinitive) != 0;
}

// A verb form that may belong to a verb group. After a determiner or a preposition ("la grève",
// "the contested vote", "le retrait") a form is a noun or an adjective unless only a verb has its
// tags ("la fera") or it is an auxiliary followed by its participle ("l'a rencontré").
bool TenseFinder::verbal(Scan& scan, std::size_t index) const {
  analyse(scan, index);
  const Word& word = scan.words[index];
  if (!(word.tags & kVerbal)) return false;
  if (object_of_past_verb(scan, index)) return false;
  if (index == 0 || (word.tags & kOnlyVerb) || !(flags(scan, index - 1) & kNotAfter)) return true;
  if (!(word.roles & (kPerfect | kPassive | kModalFuture | kGoingTo))) return false;
  for (std::size_t next = index + 1; next < scan.words.size(); ++next) {
    if (group_word(scan, next)) continue;
    analyse(scan, next);
    return (scan.words[next].tags & (verb::kPastParticiple | verb::kInfinitive)) != 0;
  }
  return false;
}

// "shelved plans for a resort in February", "resumed talks": a present form right after a past
// verb that is no auxiliary is its object, a noun; no present follows a past in one group.
bool TenseFinder::object_of_past_verb(Scan& scan, std::size_t index) const {
  const Word& word = scan.words[index];
  constexpr std::uint32_t kOtherReadings = verb::kPast | verb::kPastParticiple | verb::kInfinitive | verb::kImperfect |
                                           verb::kPresentParticiple | verb::kFuture | verb::kConditional;
  if (index == 0 || !(word.tags & verb::kPresent) || (word.tags & kOtherReadings)) return false;
  const Word& before = scan.words[index - 1];
  if (before.expression || scan.folded.substr(before.end, word.begin - before.end) != " ") return false;
  analyse(scan, index - 1);
  return (before.tags & verb::kPast) && !(before.tags & verb::kPresent) && !auxiliary(scan, index - 1) &&
         !(flags(scan, index - 1) & (kNotAfter | kGroupWord));
}

bool TenseFinder::lone_directive_participle(Scan& scan, std::size_t index) const {
  analyse(scan, index);
  const Word& word = scan.words[index];
  return (word.roles & kDirective) && (word.tags & verb::kPastParticiple) &&
         (index == 0 || !auxiliary(scan, index - 1));
}

bool TenseFinder::auxiliary(Scan& scan, std::size_t index) const {
  analyse(scan, index);
  const Word& word = scan.words[index];
  // A linking verb holds the participle after it ("will remain closed"): one group, whose tense
  // is the linking verb's, not the participle's past reading.
  return (word.roles & (kPerfect | kPassive | kModalFuture | kGoingTo | kRecentPast | kConditionalModal | kLinking)) ||
         (word.tags & verb::kModal);
}

// "serait adressée", "est convoqué": être before the participle of a verb whose compound past
// takes avoir, without a reflexive pronoun ("s'est rendu"), makes a passive, whose tense is
// être's own, not a compound past ("est arrivé", "serait mort").
bool TenseFinder::passive_be(Scan& scan, std::size_t first, std::size_t finite, std::size_t last) const {
  if (!(scan.words[finite].roles & kBeAuxiliary)) return false;
  for (std::size_t i = first; i < finite; ++i)
    if (flags(scan, i) & kReflexive) return false;
  bool participle = false;
  for (std::size_t i = finite + 1; i <= last; ++i) {
    const Word& word = scan.words[i];
    if (!(word.tags & verb::kPastParticiple)) continue;
    // Auxiliaries and modals have no passive: "est dû à" is an adjective after a present.
    if (word.roles & (kBePerfect | kPerfect | kPassive | kModalFuture)) return false;
    participle = true;
  }
  return participle;
}

// The verb group around words[index] (a verbal word): auxiliaries and group words before it, and
// after an auxiliary the verb forms it governs ("n'a pas encore été", "will not be held", "se
// tiendra", "vient de signer"). A verb next to another verb that is no auxiliary is a separate
// group ("peace talks resumed": "talks" is a noun). False when the words make no tensed group (a
// lone participle used as an adjective, a lone infinitive).
bool TenseFinder::group(Scan& scan, std::size_t index, std::size_t* lo, std::size_t* hi, TenseCueHit* hit,
                        bool after_date) const {
  std::size_t first = index, last = index;
  for (std::size_t k = index; k > 0;) {
    const std::size_t w = k - 1;
    if (scan.words[w].expression) break;
    if (group_word(scan, w)) {
      k = w;
      continue;
    }
    if (!verbal(scan, w) || !auxiliary(scan, w)) break;
    first = k = w;
  }
  while (first > 0 && !scan.words[first - 1].expression && group_word(scan, first - 1)) --first;
  for (std::size_t k = index; k + 1 < scan.words.size();) {
    const std::size_t w = k + 1;
    if (scan.words[w].expression) break;
    // "a proposé de reprendre", "promised to return": an intent verb takes in the infinitive
    // after its marker.
    if (((scan.words[last].roles & kIntent) && marked_infinitive(scan, w, kIntentMarker)) ||
        ((scan.words[last].roles & kDirective) && marked_infinitive(scan, w, kDirectiveMarker))) {
      last = k = w + 1;
      continue;
    }
    // "vient de signer": the marker joins the group only before an infinitive (and before "de"
    // is read as the "de" of "de nouveau").
    if ((scan.words[last].roles & kRecentPast) && marked_infinitive(scan, w, kRecentPastMarker)) {
      last = k = w + 1;
      continue;
    }
    if (group_word(scan, w)) {
      k = w;
      continue;
    }
    if (!auxiliary(scan, last)) break;
    if (verbal(scan, w)) {
      last = k = w;
      continue;
    }
    break;
  }
  *lo = first;
  *hi = last;

  std::size_t finite = last + 1;
  bool prospective_participle = false;
  std::uint32_t roles = 0;
  for (std::size_t i = first; i <= last; ++i) {
    const Word& word = scan.words[i];
    if (!word.analysed) continue;
    roles |= word.roles;
    if (finite > last && (word.tags & verb::kFinite)) finite = i;
    if ((word.roles & kProspective) && (word.tags & verb::kPastParticiple)) prospective_participle = true;
  }
  // With a particle after it, a scheduling verb is another verb ("a panel, set up on June 9"); a
  // date before it is when it was done.
  if (after_date ||
      (last + 1 < scan.words.size() && !scan.words[last + 1].expression && (flags(scan, last + 1) & kParticle))) {
    roles &= ~kProspective;
    prospective_participle = false;
  }
  bool participle_after = false, infinitive_after = false, present_participle_after = false;
  bool perfect_after = false, going_to_after = false;
  for (std::size_t i = finite + 1; i <= last && finite <= last; ++i) {
    const Word& word = scan.words[i];
    participle_after = participle_after || (word.tags & verb::kPastParticiple);
    infinitive_after = infinitive_after || (word.tags & verb::kInfinitive);
    present_participle_after = present_participle_after || (word.tags & verb::kPresentParticiple);
    perfect_after = perfect_after || ((word.roles & kPerfect) && i < last);
    going_to_after = going_to_after || (word.roles & kGoingTo);
  }
  const std::size_t begin = scan.words[first].begin;
  hit->cue = std::string(scan.folded.substr(begin, scan.words[last].end - begin));
  hit->verb = true;
  // "d'avoir publié vendredi", "after having met on Monday": a perfect infinitive or gerund tells
  // what happened before, though its participle may also read as a finite form ("publie").
  const Word& opening = scan.words[first];
  if (first < last && (opening.roles & kPerfect) && (opening.tags & (verb::kInfinitive | verb::kPresentParticiple)) &&
      !(opening.tags & verb::kFinite) && (scan.words[last].tags & verb::kPastParticiple)) {
    hit->tense = Tense::Past;
    return true;
  }
  // "a dividend to be voted on at the meeting on June 24": a passive infinitive after its marker
  // tells what is to be done; "is believed to have died on Monday" what was done.
  if (first < last && (flags(scan, first) & (kInfinitiveMarker | kIntentMarker | kDirectiveMarker)) &&
      (scan.words[last].tags & verb::kPastParticiple)) {
    std::size_t auxiliary_verb = first + 1;
    while (auxiliary_verb < last && !scan.words[auxiliary_verb].analysed) ++auxiliary_verb;
    const Word& infinitive = scan.words[auxiliary_verb];
    if (auxiliary_verb < last && (infinitive.tags & verb::kInfinitive)) {
      if (infinitive.roles & kPerfect) {
        hit->tense = Tense::Past;
        return true;
      }
      if (infinitive.roles & (kPassive | kBeAuxiliary)) {
        hit->tense = Tense::Future;
        return true;
      }
    }
  }
  if (finite > last) {
    // "le budget, adopté le 28 février", ", découvert en mars,": a participle alone that opens a
    // phrase tells what was done, though less surely than a tensed verb. Not an adjective after
    // its noun ("législatives anticipées le 24 mai"), nor a form whose accents say it is another
    // ("classes", not "classés").
    if (!prospective_participle && first == last && scan.words[first].written_participle && after_comma(scan, first)) {
      hit->tense = Tense::Past;
      hit->weak = true;
      return true;
    }
    // "prévu le 3 mars", "the vote scheduled for": a scheduling participle on its own.
    if (!prospective_participle) return false;
    hit->tense = Tense::Future;
    return true;
  }
  const Word& head = scan.words[finite];
  if (head.homograph && !participle_after) return false;  // "a Carcassonne": "à" unaccented
  // A bare form alone ("flood", "will") is a noun, an adjective or an elliptic modal, unless a
  // subject pronoun precedes it ("they meet").
  constexpr std::uint32_t kPersons = verb::k1sg | verb::k2sg | verb::k3sg | verb::k1pl | verb::k2pl | verb::k3pl;
  if (first == last && !(head.tags & kPersons) && (head.tags & verb::kPresent) &&
      !(head.tags & (verb::kPast | verb::kImperfect | verb::kFuture | verb::kConditional)) &&
      (first == 0 || !(flags(scan, first - 1) & kSubject)))
    return false;
  const std::uint32_t tags = head.tags;
  const Tense own = simple_tense(tags);
  if (roles & kProspective) {
    // Scheduling verbs look ahead ("est prévu", "is expected to", "a fixé"), but not from a
    // past viewpoint ("était prévu", "prévoyait", "was scheduled"): then the date decides.
    const bool participle_reading = (head.roles & kProspective) && (tags & verb::kPastParticiple);
    const bool past_viewpoint = (tags & (verb::kPast | verb::kImperfect)) && !(tags & verb::kPresent) && !participle_reading;
    hit->tense = past_viewpoint ? Tense::None : Tense::Future;
  } else if ((head.roles & kConditionalModal) && perfect_after && participle_after) {
    hit->tense = Tense::Past;  // "would have met"
  } else if ((head.roles & kModalFuture) && (infinitive_after || (tags & verb::kModal))) {
    const bool past_viewpoint = (tags & (verb::kPast | verb::kImperfect)) && !(tags & (verb::kModal | verb::kPresent));
    hit->tense = past_viewpoint ? Tense::None : Tense::Future;  // "doit se rendre"; "devait se rendre"
  } else if (((head.roles & kGoingTo) || going_to_after) && infinitive_after) {
    hit->tense = own == Tense::Present ? Tense::Future : Tense::None;  // "va signer", "is going to sign"
  } else if ((head.roles & (kPassive | kBeAuxiliary)) && own == Tense::Present && infinitive_after &&
             (flags(scan, finite + 1) & kInfinitiveMarker)) {
    hit->tense = Tense::Future;  // "is to meet on Saturday": an arrangement
  } else if ((head.roles & kRecentPast) && infinitive_after) {
    hit->tense = Tense::Past;  // "vient de signer"
  } else if ((roles & kDirective) && infinitive_after) {
    hit->tense = Tense::None;  // "was summoned to testify on May 12": before or after now, the nearer
  } else if ((roles & kIntent) && infinitive_after) {
    hit->tense = Tense::Future;  // "a proposé de reprendre les discussions jeudi", "promised to return on Friday"
  } else if ((head.roles & kPerfect) && participle_after && !passive_be(scan, first, finite, last)) {
    hit->tense = (tags & verb::kFuture) ? Tense::Future : Tense::Past;  // "a signé", "aurait signé"; "aura signé"
    hit->pluperfect = (tags & (verb::kImperfect | verb::kPast)) && !(tags & verb::kPresent);  // "avait signé", "had signed"
  } else if ((head.roles & (kPassive | kBeAuxiliary)) && (participle_after || present_participle_after)) {
    hit->tense = own;  // "is held", "was meeting"
  } else {
    hit->tense = own;
  }
  // A lone present form may be a noun ("peace talks", "la guerre contre"): a weaker reading.
  hit->weak = first == last && hit->tense == Tense::Present;
  hit->announcing = (roles & kAnnouncing) != 0;
  hit->directive = (roles & kDirective) != 0;
  hit->intent = (roles & kIntent) != 0;
  hit->reporting = (roles & kReporting) != 0;
  return true;
}

TenseCueHit TenseFinder::lexical_cue(std::string_view folded, std::size_t clause_begin, std::size_t clause_end,
                                     std::size_t begin, std::size_t end, const std::uint32_t* origin,
                                     std::string_view original, std::size_t* distance, std::size_t* found_begin,
                                     std::size_t* found_end) const {
  TenseCueHit best;
  std::size_t best_distance = std::string::npos;
  std::size_t best_begin = 0;
  std::size_t best_end = 0;
  const re2::StringPiece text(folded.data(), folded.size());
  for (const auto& set : m_cues) {
    std::size_t position = clause_begin;
    re2::StringPiece match;
    while (position < clause_end && set.regex->Match(text, position, clause_end, RE2::UNANCHORED, &match, 1)) {
      const auto cue_begin = static_cast<std::size_t>(match.data() - folded.data());
      const std::size_t cue_end = cue_begin + match.size();
      position = cue_end > cue_begin ? cue_end : cue_begin + 1;
      if (cue_end > begin && cue_begin < end) continue;  // inside the expression itself
      if (set.ascii_start && origin && origin[cue_begin] < original.size() &&
          static_cast<unsigned char>(original[origin[cue_begin]]) >= 0x80)
        continue;
      // Text written without accents loses the "à" / "a" difference; a capitalised word after it
      // ("a Carcassonne") is a name, not a participle.
      if (set.ascii_start && origin) {
        const std::size_t last_word = folded.find_last_of(' ', cue_end - 1);
        if (last_word != std::string_view::npos && last_word + 1 < cue_end && origin[last_word + 1] < original.size()) {
          const auto c = static_cast<unsigned char>(original[origin[last_word + 1]]);
          if (c >= 'A' && c <= 'Z') continue;
        }
      }
      const bool overlaps_best = best.tense != Tense::None && cue_begin < best_end && best_begin < cue_end;
      if (overlaps_best) continue;
      const std::size_t d = cue_end <= begin ? begin - cue_end : cue_begin - end;
      if (d < best_distance) {
        best_distance = d;
        best_begin = cue_begin;
        best_end = cue_end;
        best = TenseCueHit{set.tense, std::string(match.data(), match.size()), false};
      }
    }
  }
  *distance = best_distance;
  *found_begin = best_begin;
  *found_end = best_end;
  return best;
}

// "at 6 a.m. on Wednesday", "U.S. officials said", "on Oct. 22": the full stop of a short
// abbreviation before a lower-case word or a number ends no sentence (sentences open with a
// capital). Without the original text, only a full stop inside a word ("a.m").
bool TenseFinder::abbreviation_period(std::string_view folded, std::size_t at, const std::uint32_t* origin,
                                      std::string_view original) {
  const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (at + 1 < folded.size() && letter(folded[at + 1])) return true;
  std::size_t word = at;
  while (word > 0 && letter(folded[word - 1])) --word;
  const std::size_t length = at - word;
  if (length == 0 || length > 4) return false;
  std::size_t next = at + 1;
  while (next < folded.size() && folded[next] == ' ') ++next;
  if (next == at + 1 || next >= folded.size()) return false;
  if (digit(folded[next])) return true;
  const bool one_letter = length == 1 && (word == 0 || folded[word - 1] == '.' || folded[word - 1] == ' ');
  if (!one_letter || !origin || origin[next] >= original.size()) return false;
  const char c = original[origin[next]];
  return c >= 'a' && c <= 'z';
}

// "a téléphoné à M. Verdier mercredi": the full stop of a title the pack lists, right after it.
bool TenseFinder::title_period(std::string_view folded, std::size_t at) const {
  std::size_t word = at;
  while (word > 0 && folded[word - 1] >= 'a' && folded[word - 1] <= 'z') --word;
  if (word == at || (word > 0 && folded[word - 1] != ' ')) return false;
  const std::string_view title = folded.substr(word, at - word);
  return std::find(m_title_abbreviations.begin(), m_title_abbreviations.end(), title) != m_title_abbreviations.end();
}

void TenseFinder::clause(std::string_view folded, std::size_t begin, std::size_t end, std::size_t* clause_begin,
                         std::size_t* clause_end, const std::uint32_t* origin, std::string_view original) const {
  // A clause longer than kReach on either side is run-on text (tables, lists): farther verbs are
  // unlikely to govern the expression.
  constexpr std::size_t kReach = 300;
  const std::size_t lowest = begin > kReach ? begin - kReach : 0;
  const std::size_t highest = std::min(folded.size(), end + kReach);
  // "the 14.2 billion rand deal", "3,75 %": a mark between two digits breaks no clause.
  auto breaks_at = [&](std::size_t at) {
    if (!m_breaks[static_cast<unsigned char>(folded[at])]) return false;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (at > 0 && at + 1 < folded.size() && digit(folded[at - 1]) && digit(folded[at + 1])) return false;
    return !(folded[at] == '.' && (abbreviation_period(folded, at, origin, original) || title_period(folded, at)));
  };
  std::size_t from = begin;
  while (from > lowest && !breaks_at(from - 1)) --from;
  std::size_t to = end;
  while (to < highest && !breaks_at(to)) ++to;
  *clause_begin = from;
  *clause_end = to;
}

bool TenseFinder::habitual(std::string_view folded, std::size_t begin, std::size_t end) const {
  if (!m_habitual) return false;
  std::size_t from = 0, to = 0;
  clause(folded, begin, end, &from, &to);
  return RE2::PartialMatch(re2::StringPiece(folded.data() + from, to - from), *m_habitual);
}

bool TenseFinder::participle_after(std::string_view folded, std::size_t end, const std::uint32_t* origin,
                                   std::string_view original) const {
  if (!m_verbs) return false;
  std::size_t i = end;
  while (i < folded.size() && folded[i] == ' ') ++i;
  if (i == end || i >= folded.size() || !word_byte(folded[i])) return false;
  std::size_t j = i;
  while (j < folded.size() && word_byte(folded[j])) ++j;
  Scan scan{folded, origin, original, {}, {}};
  Word word;
  word.begin = i;
  word.end = j;
  scan.words.push_back(word);
  analyse(scan, 0);
  const std::uint32_t tags = scan.words[0].tags;
  return (tags & verb::kPastParticiple) && !(tags & verb::kFinite);
}

TenseCueHit TenseFinder::find(std::string_view folded, std::size_t begin, std::size_t end, const std::uint32_t* origin,
                              std::string_view original) const {
  // Verb forms looked up on each side at most: the cost per expression stays bounded.
  constexpr int kMaxLookups = 16;
  std::size_t clause_begin = 0, clause_end = 0;
  clause(folded, begin, end, &clause_begin, &clause_end, origin, original);

  struct Candidate {
    TenseCueHit hit;
    int level = 0;
    std::size_t distance = std::string::npos;
    bool found = false;
    bool comma = false;  // a comma between the group and the expression
  };
  const auto has_comma = [&](std::size_t from, std::size_t to) {
    return from < to && folded.substr(from, to - from).find(',') != std::string_view::npos;
  };
  Candidate left, right, fallback;

  if (m_verbs) {
    Scan scan{folded, origin, original, {}, {}};
    scan.words.reserve(48);
    std::size_t split = 0;
    for (std::size_t i = clause_begin; i < clause_end;) {
      if (i >= begin && i < end) {
        split = scan.words.size();
        Word expression;
        expression.begin = begin;
        expression.end = end;
        expression.expression = true;
        expression.analysed = true;
        scan.words.push_back(expression);
        i = end;
        continue;
      }
      if (!word_byte(folded[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < clause_end && word_byte(folded[j]) && !(j >= begin && j < end)) ++j;
      Word word;
      word.begin = i;
      word.end = j;
      scan.words.push_back(word);
      i = j;
    }
    // "from Turkey and Vietnam": a coordinator between two names joins them, not two clauses.
    const auto joins_names = [&](std::size_t i) {
      if (i == 0 || i + 1 >= scan.words.size() || scan.words[i - 1].expression || scan.words[i + 1].expression) return false;
      analyse(scan, i - 1);
      analyse(scan, i + 1);
      return scan.words[i - 1].capital && scan.words[i + 1].capital;
    };
    // Whether a subordinator opens the clause of the group at `lo`, before any comma.
    const auto opens_subordinate_before = [&](std::size_t lo) {
      for (std::size_t j = lo; j-- > 0;) {
        if (scan.words[j].expression || has_comma(scan.words[j].end, scan.words[j + 1].begin)) return false;
        if (this->flags(scan, j) & kSubordinator) return true;
      }
      return false;
    };
    // Left of the expression: the nearest group. A weak one (a lone present form) holds only
    // until a coordinator or subordinator, or a stronger group of the same clause.
    int level = 0, lookups = 0;
    bool directed = false;  // "summoned by the committee to testify [date]": an infinitive the group directs
    bool intended = false;  // "a proposé à son homologue de se réunir [date]": an infinitive an intent may govern
    bool verb_passed = false;
    bool gapped = false;  // a coordinator before any verb: the date's clause may share the verb before it
    std::size_t left_begin = begin;  // where the group held in `left` starts
    for (std::size_t i = split; i-- > 0 && lookups < kMaxLookups;) {
      const std::uint32_t flags = this->flags(scan, i);
      if ((flags & kCoordinator) && joins_names(i)) continue;
      if (!left.found && !verb_passed && marked_infinitive_before(scan, i)) intended = true;
      // "summoned the minister to a hearing on Sept. 17": the marker before a determiner directs
      // someone to an event, which lies where its date is, ahead of the summons or not.
      if (!left.found && i > 0 &&
          (marked_infinitive(scan, i - 1, kDirectiveMarker) ||
           ((this->flags(scan, i - 1) & kDirectiveMarker) && (flags & kNotAfter))))
        directed = true;
      if (flags & (kCoordinator | kSubordinator)) {
        if (left.found) break;
        if ((flags & kCoordinator) && !verb_passed) gapped = true;
        ++level;
        continue;
      }
      if (flags & (kNotAfter | kGroupWord)) continue;
      ++lookups;
      std::size_t lo = 0, hi = 0;
      TenseCueHit hit;
      // "a dénoncé la mesure et appelé à manifester dimanche": a directive's participle whose
      // auxiliary the coordination leaves out still directs the infinitive.
      if (directed && !left.found && lone_directive_participle(scan, i)) {
        hit.directive = true;
        const std::size_t to = scan.words[i].end;
        left = Candidate{std::move(hit), level, begin - std::min(begin, to), true, has_comma(to, begin)};
        break;
      }
      if (!verbal(scan, i)) continue;
      if (!group(scan, i, &lo, &hi, &hit)) {
        verb_passed = true;
        continue;
      }
      // "The central bank, which left its rate unchanged in June, meets again on July 16": a
      // stronger group past a comma is another clause's; the weak one stays.
      if (left.found && left.hit.weak && has_comma(scan.words[hi].end, left_begin) && opens_subordinate_before(lo)) break;
      const bool weak = hit.weak;
      if (!left.found || !weak) {
        left_begin = scan.words[lo].begin;
        // A summons to an event lies where its date is, unless the summons is made now or lies
        // ahead ("appellent à un rassemblement samedi", "appelleront à un rassemblement samedi").
        if (directed && hit.directive && hit.tense == Tense::Present) hit.tense = Tense::Future;
        if (directed && hit.directive && hit.tense != Tense::Future) hit.tense = Tense::None;
        // An intent's infinitive past its object lies ahead of the intent ("asked the board to meet").
        if (intended && hit.intent && hit.tense != Tense::Future) {
          hit.tense = Tense::Future;
          hit.cue += " ... (an infinitive it intends)";
        }
        const std::size_t to = scan.words[hi].end;
        left = Candidate{std::move(hit), level, begin - std::min(begin, to), true, has_comma(to, begin)};
      }
      if (!weak) break;
      i = lo;
    }
    // Right of it: after a subordinator, the next group is the subordinate clause's.
    level = 0;
    lookups = 0;
    bool subordinate = false;
    for (std::size_t i = split + 1; i < scan.words.size() && lookups < kMaxLookups; ++i) {
      const std::uint32_t flags = this->flags(scan, i);
      if ((flags & kCoordinator) && joins_names(i)) continue;
      if (flags & kCoordinator) {
        // A lone present form ("soldiers of India and China clashed") may be a noun: look on.
        if (right.found && !right.hit.weak) break;
        ++level;
        continue;
      }
      if (flags & kSubordinator) {
        if (right.found) break;
        subordinate = true;
        continue;
      }
      if (flags & (kNotAfter | kGroupWord)) continue;
      ++lookups;
      std::size_t lo = 0, hi = 0;
      TenseCueHit hit;
      if (!verbal(scan, i) || !group(scan, i, &lo, &hi, &hit, true)) continue;
      const std::size_t distance = scan.words[lo].begin - end;
      if (subordinate) {
        if (!fallback.found) fallback = Candidate{std::move(hit), level + 1, distance, true, has_comma(end, scan.words[lo].begin)};
        subordinate = false;
        i = hi;
        continue;
      }
      const bool weak = hit.weak;
      if (!right.found || !weak) right = Candidate{std::move(hit), level, distance, true, has_comma(end, scan.words[lo].begin)};
      if (!weak) break;
      i = hi;
    }
    if (!right.found && fallback.found) right = std::move(fallback);
    // "EU ministers on Tuesday approved": a lone present form before the date ("ministers") loses to
    // a tensed group right after it in the same clause, which is the sentence's verb.
    if (left.found && left.hit.weak && right.found && !right.hit.weak && right.level == left.level && !right.comma)
      left.found = false;
    // "doit se prononcer le 22 octobre, et celui de Vendôme le 5 novembre, a précisé la
    // préfecture": a clause without a verb shares the verb of the clause it is coordinated with,
    // not the attribution past a comma.
    if (gapped && left.found && right.found && right.comma && left.level > right.level) left.level = right.level;
    // "la grève du 17 au 19 mars", "le sommet du 15 avril": a date completing a noun is no
    // adverbial of the verb; the nearest year or week fits it best.
    if (noun_complement(scan, split)) return TenseCueHit{Tense::None, "the date completes a noun", false, false};
  }

  std::size_t cue_distance = std::string::npos;
  Candidate cue;
  bool cue_after = false;
  if (!m_cues.empty()) {
    std::size_t cue_begin = 0, cue_end = 0;
    // Lexical cues work next to the expression ("depuis vendredi", "d'ici Pâques").
    constexpr std::size_t kCueReach = 80;
    const std::size_t from = std::max(clause_begin, begin > kCueReach ? begin - kCueReach : 0);
    const std::size_t to = std::min(clause_end, end + kCueReach);
    cue.hit = lexical_cue(folded, from, to, begin, end, origin, original, &cue_distance, &cue_begin, &cue_end);
    cue.found = cue.hit.tense != Tense::None;
    cue.distance = cue_distance;
    cue.comma = cue_end <= begin ? has_comma(cue_end, begin) : has_comma(end, cue_begin);
    cue_after = cue_begin >= end;
  }
  // Fewer clause boundaries first; then a group not set off by a comma ("on Dec. 16, two diplomats
  // said": the attribution does not date the meeting); then the verb before the date, which it
  // modifies ("the vote set for Dec. 15 drew protests"), unless the date opens the clause; then
  // the nearer (a lexical cue against a verb).
  const auto key = [](const Candidate& c, bool after) {
    return std::make_tuple(c.level, c.comma, after, c.distance);
  };
  const Candidate* best = nullptr;
  bool best_after = false;
  for (const Candidate* c : {&left, &right, &cue}) {
    if (!c->found) continue;
    const bool after = c == &right || (c == &cue && cue_after);
    if (!best || key(*c, after) < key(*best, best_after)) {
      best = c;
      best_after = after;
    }
  }
  if (!best) return TenseCueHit{};
  // "avaient annoncé le 22 janvier une grève les 10 et 11 février": past the verb's object, the
  // date is the announced event's, which may lie ahead of the announcement; the nearest reading.
  // In the present, what is called, convened or banned lies ahead ("appellent à une manifestation
  // samedi", "bans protests on Sunday"); a verb of saying may announce what has happened.
  const bool past_call = best == &left && best->hit.announcing && best->hit.tense == Tense::Past;
  const bool present_call = best == &left && best->hit.announcing && !best->hit.reporting &&
                            best->hit.tense == Tense::Present;
  if (past_call || present_call) {
    const std::string_view gap = folded.substr(begin - std::min(begin, best->distance), best->distance);
    if (std::any_of(gap.begin(), gap.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return TenseCueHit{past_call ? Tense::None : Tense::Future, "a date after what " + best->hit.cue + " announces",
                         true, false};
  }
  return best->hit;
}

}  // namespace evgraph::detail
