#include "extract/event_builder.hpp"

#include "extract/titles.hpp"

#include <evgraph/text.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace evgraph::detail {
namespace {

// A noun trigger in another clause than its date still owns a date this close after it ("la
// réunion de mardi", "talks on Friday").
constexpr std::size_t kNounDateReach = 4;
// A date this close after a verb of saying dates the saying ("said on Wednesday", "a insisté lundi").
constexpr std::size_t kSaidReach = 2;
// "cette réunion" refers back to an event already named: only a date this close is its own.
constexpr std::size_t kAnaphoricReach = 6;
// How close a "récente" / "upcoming" must stand to the trigger it places in time, in words.
constexpr std::size_t kWhenReach = 3;
// How close a modality word must stand to its trigger, in words of the clause.
constexpr std::size_t kCueReach = 8;
// How close a proposal must stand to a trigger to take part in its event, in words.
constexpr std::size_t kProposalReach = 12;

struct Candidate {
  const TriggerMention* mention = nullptr;
  const TriggerDefinition* definition = nullptr;
  bool verb = false;
  std::size_t first = 0, last = 0;  // words of the trigger
  VerbGroup group;
  int clause = 0;
  bool anaphoric = false;
  bool support = false;  // "a eu lieu": says a noun's event took place
  int described_in = -1;  // "le procès qui s'est tenu du 3 au 7 février": a relative clause that dates this noun
  std::string when;  // "recent" or "upcoming" when a word beside the trigger says so
  std::optional<EventAnchor> anchor;
  mutable std::optional<Roles> roles;  // once read: the sentence's reading does not change them
  bool dated_by_main = false;  // "a week after the MACC opened an investigation": the main clause dates it
  bool qualifies_noun = false;  // a reduced passive ("a trawler seized by the navy"): it heads no clause
};

struct Dated {
  const Timex* timex;
  std::size_t word;  // its first word
};

bool is_dated(const Timex& timex) {
  return timex.first && !timex.from_dateline && (timex.type == TimexType::Date || timex.type == TimexType::Time);
}

// How much less a coarse date tells about when an event happened, in words of distance: a bare
// year in a sentence is more often context ("en 2025") than the date of the event beside it.
std::size_t granularity_penalty(const std::string& granularity) {
  static const std::map<std::string, std::size_t> penalties = {
      {"time", 0}, {"day", 0}, {"week", 2}, {"month", 3}, {"season", 5}, {"quarter", 5}, {"half", 6}, {"year", 12}};
  auto it = penalties.find(granularity);
  return it == penalties.end() ? 16 : it->second;
}

std::size_t word_distance(std::size_t a_first, std::size_t a_last, std::size_t b) {
  if (b > a_last) return b - a_last;
  if (b < a_first) return a_first - b;
  return 0;
}

std::size_t first_word_of(const Sentence& sentence, int Word::*field, int index) {
  for (std::size_t k = 0; k < sentence.words.size(); ++k)
    if (sentence.words[k].*field == index) return k;
  return sentence.words.size();
}

// Words of a class before the trigger within `reach`, or just after it ("une réunion prévue"), in
// its clause: what follows further belongs to its object ("a rejeté la possibilité de...").
bool cue_near(const Sentence& sentence, const ClauseMap& clauses, const Candidate& c, std::uint32_t cls, std::size_t reach) {
  const std::size_t from = c.first > reach ? c.first - reach : 0;
  const std::size_t after = c.verb ? 0 : 1;
  for (std::size_t k = from; k < sentence.words.size() && k <= c.last + std::min(reach, after); ++k)
    if (clauses.of(k) == c.clause && sentence.words[k].is(cls)) return true;
  return false;
}

class SentenceEvents {
 public:
  SentenceEvents(const DocumentContext& context, Salience& salience, const Sentence& sentence)
      : m_context(context),
        m_salience(salience),
        m_sentence(sentence),
        m_clauses(segment_clauses(sentence)),
        m_grammar(context.language.grammar()) {}

  std::vector<Event> run() {
    collect_candidates();
    if (m_candidates.empty()) {
      note_plain_subject();
      return {};
    }
    find_anchors();
    std::vector<std::pair<const Candidate*, std::optional<EventDate>>> chosen = choose_dates();
    std::vector<Event> events;
    for (const auto& [candidate, date] : chosen) {
      Event event = make_event(*candidate, date);
      if (event.actors.empty() && event.places.empty() && event.proposals.empty()) continue;
      events.push_back(std::move(event));
    }
    note_event_nouns();
    if (m_main_subject.empty() && !m_counted_people) note_undated_subject();
    return events;
  }

  const std::vector<std::string>& main_subject() const { return m_main_subject; }
  // "Deux hommes ont été interpellés": the main clause's subject counts people it does not name.
  bool counted_people() const { return m_counted_people; }

  // "Hervé Lachaux a affirmé que ... Il a ensuite appelé": a sentence whose main verb makes no
  // event (nothing dates it) still says who the next "il" is.
  void note_undated_subject() {
    for (const Candidate& c : m_candidates) {
      if (!c.verb || m_clauses.clauses[static_cast<std::size_t>(c.clause)].kind != ClauseKind::Main) continue;
      const Roles& roles = roles_of(c);
      m_main_subject = subject_of(c, roles);
      if (!m_main_subject.empty()) return;
    }
    note_plain_subject();
  }

  // "Mme Lemaire-Aubry a de son côté défendu une méthode. Elle doit présenter": a main verb that
  // is no trigger at all says who the next "elle" is too; failing a main clause that names its
  // subject, the one who says the quotation ("« ... », Larrea told supporters. He was").
  void note_plain_subject() {
    const RoleContext context = role_context();
    for (const bool attribution : {false, true})
      for (std::size_t clause = 0; clause < m_clauses.clauses.size(); ++clause) {
        const Clause& info = m_clauses.clauses[clause];
        if (attribution ? !info.attribution : info.kind != ClauseKind::Main) continue;
        const auto head = verb_of_clause(context, static_cast<int>(clause));
        if (!head) continue;
        Roles roles;
        read_subject(context, verb_group(m_sentence, m_clauses, *head, m_grammar), roles);
        m_main_subject = roles.agents;
        if (!m_main_subject.empty()) return;
      }
  }

 private:
  // The verbs of saying, which a verb that reports a quotation stands for.
  static const TriggerDefinition* statement_definition(const std::vector<TriggerDefinition>& definitions) {
    for (const TriggerDefinition& definition : definitions)
      if (definition.is_verb && definition.reporting && definition.type == "statement") return &definition;
    return nullptr;
  }

  // Acts done by saying ("a dénoncé", "threatened", "demanded"): reporting a quotation, they still are what they say.
  static bool speech_act(const TriggerDefinition& definition) {
    for (const char* spoken : {"statement", "appeal", "demand", "disapprove", "reject", "threaten", "intent"})
      if (definition.event_class == spoken) return true;
    return false;
  }

  void collect_candidates() {
    const auto& definitions = m_context.language.triggers().definitions();
    for (std::size_t t = 0; t < m_sentence.triggers.size(); ++t) {
      const TriggerMention* mention = m_sentence.triggers[t];
      Candidate c;
      c.mention = mention;
      c.first = first_word_of(m_sentence, &Word::trigger, static_cast<int>(t));
      if (c.first >= m_sentence.words.size()) continue;
      c.last = std::min(c.first + mention->word_count - 1, m_sentence.words.size() - 1);
      c.clause = m_clauses.of(c.first);
      if (mention->verb >= 0 && acts_as_verb(m_sentence, c.first)) {
        c.group = verb_group(m_sentence, m_clauses, c.first, m_grammar);
        const int chosen = c.group.reflexive && mention->reflexive_verb >= 0 ? mention->reflexive_verb : mention->verb;
        c.definition = &definitions[static_cast<std::size_t>(chosen)];
        c.verb = !(c.definition->reflexive && !c.group.reflexive);
        if (c.verb && !c.definition->reporting && !speech_act(*c.definition) && m_sentence.words[c.first].reporting)
          if (const TriggerDefinition* said = statement_definition(definitions)) c.definition = said;
        c.support = c.verb && (c.definition->aspect_only || m_grammar.is_support_verb(c.definition->entry));
        c.qualifies_noun = c.group.first == c.group.head && reduced_passive(role_context(), c.group);
        if (c.verb && c.definition->needs_place && !(c.group.passive && place_named_after(c))) c.verb = false;
        // "a ouvert le feu sur le centre": a phrase the words spell out whole wins over a
        // "verbe … mot" entry of its verb ("ouvrir … centre").
        const bool whole_phrase = mention->word_count > 1 && c.definition->then_word.empty();
        if (c.verb) {
          if (const TriggerDefinition* gapped = whole_phrase ? nullptr : gapped_reading(c, definitions)) {
            c.definition = gapped;
            c.support = m_grammar.is_support_verb(gapped->entry);
          } else if (!c.definition->then_word.empty()) {
            c.verb = false;  // "cut" without "rates"
          }
        } else if (const TriggerDefinition* gapped = gapped_reading(c, definitions); gapped && !gapped->reflexive) {
          // "a été entendu mardi par les enquêteurs": not "s'entendre", but "entendre … par".
          c.definition = gapped;
          c.verb = true;
          c.support = m_grammar.is_support_verb(gapped->entry);
        }
      }
      if (!c.verb) {
        if (mention->noun < 0 || inside_actor_name(c)) continue;
        c.definition = &definitions[static_cast<std::size_t>(mention->noun)];
        c.anaphoric = c.first > 0 && m_sentence.words[c.first - 1].is(word::kAnaphoric);
      }
      if (cue_near(m_sentence, m_clauses, c, word::kRecent, kWhenReach)) c.when = "recent";
      if (cue_near(m_sentence, m_clauses, c, word::kUpcoming, kWhenReach)) c.when = "upcoming";
      m_candidates.push_back(c);
    }
    // "La manifestation a eu lieu mardi", "le procès qui s'était tenu du 3 au 7 février", "the
    // fire that broke out on Monday": the noun names the event, the verb only dates it.
    for (Candidate& c : m_candidates)
      if (c.support)
        if (Candidate* noun = described_noun(c)) noun->described_in = c.clause;
    m_candidates.erase(std::remove_if(m_candidates.begin(), m_candidates.end(),
                                      [&](const Candidate& c) {
                                        // An aspect verb without its noun ("began to cry") is no event.
                                        return c.support && (c.definition->aspect_only ||
                                                             std::any_of(m_candidates.begin(), m_candidates.end(),
                                                                         [&](const Candidate& n) {
                                                                           return !n.verb && !in_complement(n) &&
                                                                                  (n.clause == c.clause ||
                                                                                   n.described_in == c.clause);
                                                                         }));
                                      }),
                       m_candidates.end());
    absorb_verbs_of_event_subjects();
    // Verbs of saying stay candidates: they are a statement only when said on a day of their own
    // ("said on Wednesday"), or when nothing else happens (choose_dates decides).
  }

  // "An earthquake struck central Italy on Sunday", "l'explosion a tué deux techniciens": a verb
  // whose subject is an event noun tells what that event did. The noun says which event it is;
  // the verb, who or what it struck and when.
  void absorb_verbs_of_event_subjects() {
    std::vector<const Candidate*> absorbed;
    for (Candidate& verb : m_candidates) {
      // ("L'incendie s'est déclaré": a reflexive verb of saying tells what the noun did, not who spoke.)
      if (!verb.verb || verb.support || (verb.definition->reporting && !verb.group.reflexive)) continue;
      for (const Candidate& noun : m_candidates)
        if (!noun.verb && noun.definition->type != verb.definition->type && heads_subject_of(noun, verb)) {
          verb.definition = noun.definition;
          absorbed.push_back(&noun);
          break;
        }
    }
    m_candidates.erase(std::remove_if(m_candidates.begin(), m_candidates.end(),
                                      [&](const Candidate& c) {
                                        return std::find(absorbed.begin(), absorbed.end(), &c) != absorbed.end();
                                      }),
                       m_candidates.end());
  }

  // Whether the noun opens the subject of the verb's clause: the clause's first words are at most
  // a determiner before it, and no verb, name or comma stands between it and the verb.
  bool heads_subject_of(const Candidate& noun, const Candidate& verb) const {
    constexpr std::size_t kMaxSubjectWords = 6;
    const auto& words = m_sentence.words;
    if (noun.clause != verb.clause || noun.last >= verb.group.first || verb.group.first - noun.last > kMaxSubjectWords)
      return false;
    std::size_t opening = m_clauses.clauses[static_cast<std::size_t>(verb.clause)].first;
    // "where a landslide buried 40 houses", "lorsque l'explosion a tué": past the word that opens the clause.
    if (opening < noun.first && (words[opening].is(word::kRelative) || words[opening].is(word::kSubordinator))) ++opening;
    const bool opens = noun.first == opening || (noun.first > opening && words[opening].is(word::kDeterminer) &&
                                                 adjectives_before_noun(opening + 1, noun.first));
    if (!opens) return false;
    // Its complements may name places ("the attack on the embassy in Kabul"), not who acts.
    for (std::size_t k = noun.last + 1; k < verb.group.first; ++k) {
      const bool actor = words[k].mention >= 0 &&
                         m_sentence.mentions[static_cast<std::size_t>(words[k].mention)]->cls == EntityClass::Actor;
      if (words[k].after_comma() || actor || acts_as_verb(m_sentence, k)) return false;
    }
    return !words[verb.group.first].after_comma();
  }

  // "Un violent incendie", "De violents orages": at most two adjectives that stand before their
  // noun between an article and that noun, whatever verb form they also spell ("violent").
  bool adjectives_before_noun(std::size_t from, std::size_t noun) const {
    constexpr std::size_t kMaxAdjectives = 2;
    if (noun - from > kMaxAdjectives) return false;
    for (std::size_t k = from; k < noun; ++k) {
      const Word& word = m_sentence.words[k];
      if (!word.prenominal || word.capital || word.mention >= 0 || word.timex >= 0 || word.after_comma()) return false;
    }
    return true;
  }

  // "un comité consacré aux feux de forêt se tiendra": a noun after a preposition is a complement,
  // not what the support verb says took place.
  bool in_complement(const Candidate& noun) const {
    for (std::size_t k = noun.first; k-- > 0 && k + 3 > noun.first;) {
      const Word& word = m_sentence.words[k];
      // "aux" and "au" are a preposition with its article; "des" and "du" most often an article.
      if (word.is(word::kPreposition) && (!word.is(word::kDeterminer) || word.is(word::kPrepTarget))) return true;
      if (!word.is(word::kDeterminer)) return false;
    }
    return false;
  }

  // Whether a preposition and its determiners join `noun` to `head` right before them ("hearing
  // on the closure", "talks on a ceasefire").
  bool complement_of(const Candidate& noun, const Candidate& head) const {
    const std::size_t k = determiners_start(m_sentence.words, noun.first);
    if (k < 2 || !m_sentence.words[k - 1].is(word::kPreposition)) return false;
    return k - 2 == head.last;
  }

  // The noun trigger a support verb's relative clause describes: the noun right before "qui"/"that".
  Candidate* described_noun(const Candidate& support) {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(support.clause)];
    if (info.kind != ClauseKind::Relative || info.first == 0) return nullptr;
    const std::size_t antecedent = info.first - 1;
    for (Candidate& n : m_candidates)
      if (!n.verb && n.first <= antecedent && antecedent <= n.last) return &n;
    return nullptr;
  }

  // "the Dakar Rally's car category": a capitalised noun inside a name found as an actor's is
  // part of that name, no event.
  bool inside_actor_name(const Candidate& c) const {
    const Word& word = m_sentence.words[c.first];
    return word.capital && word.mention >= 0 && mention_of(m_sentence, c.first).cls == EntityClass::Actor &&
           c.first > 0 && !m_sentence.words[c.first].after_break() && m_sentence.words[c.first - 1].capital &&
           !m_sentence.words[c.first].after_comma();
  }

  // "a condamné Jean Dupont à deux ans": an entry "condamner … à" wins when its word follows the
  // verb in the same clause, a few words on. Nothing when none does.
  const TriggerDefinition* gapped_reading(const Candidate& c, const std::vector<TriggerDefinition>& definitions) const {
    // Words counted on the way: a date or a name counts for nothing or one ("a condamné jeudi
    // l'ancien maire de Villefranche-sur-Saône, Gérard Lemoine, à trois ans").
    constexpr std::size_t kReach = 8;
    for (int index : m_context.language.triggers().gapped(c.definition->verb_lemma)) {
      const TriggerDefinition& gapped = definitions[static_cast<std::size_t>(index)];
      const std::string folded = fold(gapped.then_word);
      const bool accent = folded != gapped.then_word && m_context.accented;
      // "occupy … town hall", "classer … trésor national": the words after the first follow it.
      const std::size_t space = folded.find(' ');
      const std::string word = folded.substr(0, space);
      const std::string rest = space == std::string::npos ? std::string() : folded.substr(space + 1);
      std::size_t counted = 0;
      for (std::size_t k = c.last + 1; k < m_sentence.words.size() && counted < kReach; ++k) {
        const Word& w = m_sentence.words[k];
        // "ruled in September 2017 that": the word may open the clause the verb introduces.
        const bool opens_next = m_clauses.clauses[static_cast<std::size_t>(m_clauses.of(k))].first == k;
        if (m_clauses.of(k) != c.clause && !opens_next) break;
        if (writes_word(w, word, accent) && followed_by(k, rest)) return &gapped;
        if (m_clauses.of(k) != c.clause) break;
        const bool same_name = w.mention >= 0 && m_sentence.words[k - 1].mention == w.mention;
        if (w.timex < 0 && !same_name) ++counted;
      }
      if (rest.empty() && (c.group.passive || no_object_after(c)) && subject_has(c, word, accent)) return &gapped;
    }
    return nullptr;
  }

  // Whether the words after words[k] are `rest` (folded, separated by spaces; empty: none needed).
  bool followed_by(std::size_t k, const std::string& rest) const {
    std::size_t at = 0;
    while (at < rest.size()) {
      std::size_t end = rest.find(' ', at);
      if (end == std::string::npos) end = rest.size();
      if (++k >= m_sentence.words.size() || m_sentence.words[k].folded != std::string_view(rest).substr(at, end - at))
        return false;
      at = end + 1;
    }
    return true;
  }

  // The word a "verbe … mot" entry waits for, or its plural ("a prononcé ses premiers mots"),
  // written with its accents where the text writes accents.
  static bool writes_word(const Word& w, const std::string& word, bool accent) {
    if (accent && !w.accented) return false;
    if (w.folded == word) return true;
    constexpr std::size_t kShortest = 3;  // not "às" for "à"
    const auto singular = without_plural_mark(w.folded, kShortest);
    return singular && *singular == word;
  }

  // "est attendu lundi à Menton", "is expected in Islamabad on Monday": a place named in the
  // verb's clause, a few words after it. After an actor, a place the text does not name will do
  // ("La ministre de l'Agriculture est attendue jeudi dans le département", "sur place").
  bool place_named_after(const Candidate& c) const {
    constexpr std::size_t kReach = 6;
    const auto& words = m_sentence.words;
    bool actor_before = false;
    for (std::size_t k = c.group.first; k-- > 0 && m_clauses.of(k) == c.clause;)
      actor_before = actor_before || (words[k].mention >= 0 && mention_of(m_sentence, k).cls == EntityClass::Actor);
    for (std::size_t k = c.group.head + 1; k < words.size() && k <= c.group.head + kReach; ++k) {
      if (m_clauses.of(k) != c.clause) return false;
      if (words[k].mention >= 0 && mention_of(m_sentence, k).cls == EntityClass::Place) return true;
      if (actor_before && words[k].is(word::kPrepLocation) && words[k].timex < 0 && k + 1 < words.size() &&
          words[k + 1].timex < 0 && !acts_as_verb(m_sentence, k + 1))
        return true;
    }
    return false;
  }

  // "Le trafic a repris vendredi à Grenoble": with nothing it acts on after it, a verb that
  // also reads intransitively has its subject where the entry looks for its object.
  bool no_object_after(const Candidate& c) const {
    const auto& words = m_sentence.words;
    if (!words[c.group.first].finite()) return false;  // "les résultats publiés dans la nuit" qualifies its noun
    for (std::size_t k = c.group.head + 1; k < words.size(); ++k) {
      if (m_clauses.of(k) != c.clause || words[k].after_comma() || words[k].after_break()) return true;
      if (words[k].timex >= 0) continue;
      return words[k].is(word::kPreposition) && !words[k].is(word::kDeterminer);
    }
    return true;
  }

  // "Le port de commerce de Sète a été fermé mardi": a passive's subject is the object a "fermer
  // … port" entry looks for after the verb. A preposition ("condamner … à") is never a subject.
  bool subject_has(const Candidate& c, const std::string& word, bool accent) const {
    constexpr std::size_t kReach = 8;
    std::size_t counted = 0;
    // "The buyback is due to start": an infinitive's subject is its governing clause's.
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(c.clause)];
    const int governing = info.kind == ClauseKind::Infinitive ? info.parent : c.clause;
    for (std::size_t k = c.group.first; k-- > 0 && counted < kReach;) {
      const Word& w = m_sentence.words[k];
      if (m_clauses.of(k) != c.clause && m_clauses.of(k) != governing) return false;
      if (writes_word(w, word, accent)) return !w.is(word::kPreposition);
      if (w.after_comma()) return false;
      const bool same_name = w.mention >= 0 && k > 0 && m_sentence.words[k - 1].mention == w.mention;
      if (w.timex < 0 && !same_name) ++counted;
    }
    return false;
  }

  // The first word of the phrase set off by commas that holds `date_word` and closes right before
  // verb `c` ("X, ... DATE ..., a VERB"), or nothing when the date is in no such phrase.
  std::optional<std::size_t> apposition_around(const Candidate& c, std::size_t date_word) const {
    const auto& words = m_sentence.words;
    if (!c.verb || date_word >= c.group.first || !words[c.group.first].after_comma()) return std::nullopt;
    for (std::size_t k = date_word + 1; k < c.group.first; ++k)
      if (words[k].after_comma() || words[k].after_break()) return std::nullopt;
    std::size_t open = date_word;
    while (open > 0 && !words[open].after_comma()) --open;
    if (open == 0) return std::nullopt;
    return open;
  }

  // "Horizons Solidaires, présente en Centrafrique depuis 2014, avait suspendu": a "since" date in
  // an apposition between a name and its verb says how long what the apposition says has lasted,
  // not when the verb happened. A date alone between the commas is the verb's ("Poutine, le 15
  // mars, a signé"), and so is a day the apposition tells ("le conseil, réuni jeudi soir, a nommé").
  bool in_apposition_before(const Candidate& c, std::size_t date_word) const {
    const auto& words = m_sentence.words;
    const auto open = apposition_around(c, date_word);
    if (!open || m_sentence.timexes[static_cast<std::size_t>(words[date_word].timex)]->mod != "ON_OR_AFTER") return false;
    if (words[*open - 1].mention < 0) return false;
    for (std::size_t k = *open; k < c.group.first; ++k)
      if (words[k].timex < 0 && !words[k].is(word::kPreposition) && !words[k].is(word::kDeterminer)) return true;
    return false;
  }

  // "The race, scheduled for next Saturday, has been postponed", "Le match, prévu samedi, a été
  // reporté": an apposition that opens on a word of plans dates its noun, not what happens to it.
  bool in_planned_apposition(const Candidate& c, std::size_t date_word) const {
    const auto& words = m_sentence.words;
    const auto open = apposition_around(c, date_word);
    if (!open || !words[*open].is(word::kUpcoming)) return false;
    for (std::size_t k = *open + 1; k <= date_word; ++k)
      if (words[k].after_break()) return false;
    return true;
  }

  // "Le patient, un enseignant privé de voix depuis un cancer traité en 2019, a prononcé": in an
  // apposition before the verb, a date after a participle that qualifies a noun inside it (not
  // the apposition's own first word, "réuni jeudi soir") dates that noun.
  bool in_participle_inside_apposition(const Candidate& c, std::size_t date_word) const {
    const auto& words = m_sentence.words;
    const auto open = apposition_around(c, date_word);
    if (!open) return false;
    for (std::size_t k = *open + 1; k < date_word; ++k)
      if (words[k].participle() && !words[k].finite() && !words[k - 1].is(word::kPreposition) && acts_as_verb(m_sentence, k))
        return true;
    return false;
  }

  // The "après"/"avant"/"after"/"before" that makes noun `c` the event another is counted from.
  std::optional<std::size_t> relation_word_before(const Candidate& c) const {
    constexpr std::size_t kRelationReach = 3;
    if (c.verb) return std::nullopt;
    const auto& words = m_sentence.words;
    for (std::size_t k = c.first; k-- > 0 && k + kRelationReach >= c.first;)
      if (words[k].is(word::kAfter) || words[k].is(word::kBefore)) return k;
    return std::nullopt;
  }

  // "trois semaines après le coup d'État": a duration, after/before, then an event noun. The
  // event of that clause is dated by the other event, not by an offset from the publication day.
  void find_anchors() {
    const auto& words = m_sentence.words;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (!words[k].is(word::kAfter) && !words[k].is(word::kBefore)) continue;
      const Candidate* anchor = nullptr;
      for (const Candidate& c : m_candidates)
        if (!c.verb && c.first > k && c.first <= k + 3) anchor = &c;
      if (!anchor) {
        link_clause_after(k);
        continue;
      }
      const EventAnchor link = link_to(*anchor, words[k].is(word::kAfter), duration_before(k));
      for (Candidate& c : m_candidates)
        if (&c != anchor && c.clause == m_clauses.of(k) && !c.anchor) c.anchor = link;
    }
  }

  // "Hafiz stepped down on Monday, a week after the MACC opened an investigation": the event of
  // the clause "after"/"before" opens lies that long before (after) the main clause's, which
  // dates it.
  void link_clause_after(std::size_t k) {
    constexpr std::size_t kVerbReach = 6;
    const auto& words = m_sentence.words;
    const std::string offset = duration_before(k);
    if (offset.empty()) return;
    // "after" may open a clause of its own or read as a preposition: the first verb after it
    // within reach is what it tells, the last verb before it the main clause's.
    // A name counts as one word on the way ("after the Malaysian Anti-Corruption Commission opened").
    auto words_between = [&](std::size_t from, std::size_t to) {
      std::size_t count = 0;
      for (std::size_t j = from + 1; j < to; ++j) count += words[j].mention < 0 || words[j].mention != words[j - 1].mention;
      return count;
    };
    Candidate* told = nullptr;
    const Candidate* main = nullptr;
    for (Candidate& c : m_candidates) {
      if (!c.verb || !heads_clause(c) || c.definition->reporting) continue;
      if (c.first > k && words_between(k, c.first) < kVerbReach && !told) told = &c;
      if (c.first < k) main = &c;
    }
    if (!told || !main || told->anchor) return;
    told->anchor = link_to(*main, !words[k].is(word::kAfter), offset);
    told->dated_by_main = true;
  }

  // The duration right before the "après"/"after" at word k ("trois semaines après"), or empty.
  std::string duration_before(std::size_t k) const {
    if (k == 0 || m_sentence.words[k - 1].timex < 0) return {};
    const Timex& duration = *m_sentence.timexes[static_cast<std::size_t>(m_sentence.words[k - 1].timex)];
    return duration.type == TimexType::Duration ? duration.value : std::string();
  }

  // A link to the event of `other`, which this one comes after (or before), `offset` apart.
  EventAnchor link_to(const Candidate& other, bool after, std::string offset) const {
    EventAnchor link;
    link.type = other.definition->type;
    link.doc = m_context.info.id;
    link.begin = other.mention->begin;
    link.after = after;
    link.offset = std::move(offset);
    return link;
  }

  std::vector<Dated> dated_timexes() const {
    std::vector<Dated> out;
    const Timex* bound = nullptr;  // the last "jusqu'à jeudi": "midi" right after it bounds too
    for (std::size_t t = 0; t < m_sentence.timexes.size(); ++t) {
      const Timex* timex = m_sentence.timexes[t];
      const bool continues_bound =
          bound && m_context.text.substr(bound->end, timex->begin - bound->end).find_first_not_of(' ') == std::string_view::npos;
      bound = timex->mod == "ON_OR_BEFORE" || continues_bound ? timex : nullptr;
      if (!is_dated(*timex) || is_wire_dateline(m_context.text, *timex) || bound) continue;
      const std::size_t word = first_word_of(m_sentence, &Word::timex, static_cast<int>(t));
      if (word < m_sentence.words.size() && !inside_noun_trigger(word) && dates_an_event(*timex, word) &&
          !year_qualifies_noun(*timex, word))
        out.push_back({timex, word});
    }
    return out;
  }

  // "reported a jump in first-quarter profit on Tuesday": a date inside a trigger's own words says
  // what the noun is about, not when an event took place.
  bool inside_noun_trigger(std::size_t word) const {
    return std::any_of(m_candidates.begin(), m_candidates.end(),
                       [&](const Candidate& c) { return !c.verb && c.first <= word && word <= c.last; });
  }

  // "withdrew its 2026 revenue forecast", "a retiré ses prévisions 2026": a bare year between a
  // determiner and a noun, or right after a determiner's noun, says which forecast, not when it
  // was withdrawn. It still dates an event noun it qualifies ("the 2024 election"), and a phrase
  // a preposition opens says when ("crashed out of the 2024 edition", "during the 2024 season").
  bool year_qualifies_noun(const Timex& timex, std::size_t k) const {
    const auto& words = m_sentence.words;
    if (timex.end - timex.begin != 4 || words[k].folded.size() != 4 || k == 0) return false;
    const auto plain = [&](std::size_t at) {
      const Word& word = words[at];
      return word.gap == " " && !word.capital && word.timex < 0 && word.mention < 0 && word.classes == 0 &&
             !acts_as_verb(m_sentence, at);
    };
    const auto determiner = [&](std::size_t at) {
      return words[at].is(word::kDeterminer) && !words[at].is(word::kPreposition) &&
             (at == 0 || !words[at - 1].is(word::kPreposition));
    };
    if (determiner(k - 1) && k + 1 < words.size() && plain(k + 1)) return !inside_noun_trigger(k + 1);
    if (k >= 2 && determiner(k - 2) && plain(k - 1) && words[k].gap == " ") return !inside_noun_trigger(k - 1);
    return false;
  }

  // Not "jusqu'à vendredi" (a bound: the tagger's ON_OR_BEFORE), nor "la première fois depuis
  // 2019" / "the first strike since 1977" (an earlier occurrence).
  bool dates_an_event(const Timex& timex, std::size_t first) const {
    constexpr std::size_t kFirstReach = 6;
    if (timex.mod != "ON_OR_AFTER") return true;
    for (std::size_t k = first; k-- > 0 && k + kFirstReach >= first;)
      if (m_sentence.words[k].is(word::kFirst)) return false;
    return true;
  }

  // A verb that heads its clause: finite, or an infinitive clause's verb. A bare participle
  // ("le missile lancé depuis Moscou") qualifies a noun instead.
  bool heads_clause(const Candidate& c) const {
    if (!c.verb || c.definition->reporting) return false;
    const Word& head = m_sentence.words[c.group.head];
    if (c.qualifies_noun) return false;  // "its crew members seized by the Nicaraguan navy"
    if (c.group.first != c.group.head || head.finite()) return true;
    return head.infinitive() && m_clauses.clauses[static_cast<std::size_t>(c.clause)].kind == ClauseKind::Infinitive;
  }

  // "Talks collapsed on Sunday when the ILA rejected the offer": a clause opened by "when" /
  // "lorsque" happens at the time of the clause it depends on, and so do a participial clause
  // ("marched on Saturday, demanding guarantees") and an infinitive of purpose ("called Kranjc on
  // Monday to congratulate him"). Their events take that date when the clause's own names nothing.
  // So does a clause opened by "where"/"où" after the place its main clause happens in ("The
  // decision was reached on Tuesday in La Paz, where the two ministers met").
  bool simultaneous_with(int clause, int date_clause) const {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(clause)];
    if (info.parent != date_clause) return false;
    if (info.kind == ClauseKind::Participial || info.kind == ClauseKind::Infinitive) return true;
    if (!opened_by_simultaneous(clause)) return false;
    if (info.kind == ClauseKind::Subordinate) return true;
    return place_before_where(clause).has_value();
  }

  // Whether `clause` is a subordinate clause that "when"/"lorsque" opens right under `parent`.
  bool when_clause_of(int clause, int parent) const {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(clause)];
    return info.parent == parent && info.kind == ClauseKind::Subordinate && opened_by_simultaneous(clause) &&
           !place_before_where(clause);
  }

  // Whether the clause's first word is "when", "lorsque", "where", "où".
  bool opened_by_simultaneous(int clause) const {
    return m_sentence.words[m_clauses.clauses[static_cast<std::size_t>(clause)].first].is(word::kSimultaneous);
  }

  // "Le président dissout le Parlement, législatives anticipées le 24 mai": past a comma, a date
  // beside another event noun is that noun's.
  bool claimed_past_comma(const Candidate& c, const Dated& dated) const {
    const auto& words = m_sentence.words;
    const std::size_t from = c.verb ? c.group.head : c.last;
    if (dated.word <= from) return false;
    auto comma_between = [&](std::size_t first, std::size_t last) {
      for (std::size_t k = first; k <= last; ++k)
        if (words[k].after_comma()) return true;
      return false;
    };
    for (const Candidate& other : m_candidates)
      if (&other != &c && !other.verb && other.first > from && other.last < dated.word &&
          dated.word <= other.last + kNounDateReach && comma_between(from + 1, other.first) &&
          !comma_between(other.last + 1, dated.word))
        return true;
    return false;
  }

  // "The government, elected by Anna Berg in 2024, will adopt the bill on March 5": a participle
  // phrase opened by a comma does not reach a date past the comma that closes it.
  bool beyond_participle_phrase(const Candidate& c, std::size_t date_word) const {
    const auto& words = m_sentence.words;
    const Word& head = words[c.group.head];
    if (!c.verb || c.group.first != c.group.head || !head.participle() || !head.after_comma() || date_word < c.last)
      return false;
    for (std::size_t k = c.last + 1; k <= date_word; ++k)
      if (words[k].after_comma() || words[k].after_break()) return true;
    return false;
  }

  // "Le ministre a salué Corinne Lebrun, arrêtée mercredi soir à Paris": a date inside a
  // participle phrase that a comma opens after the verb is the participle's.
  bool inside_later_participle_phrase(const Candidate& c, std::size_t date_word) const {
    const auto& words = m_sentence.words;
    if (!c.verb) return false;
    for (std::size_t k = c.last + 1; k < date_word; ++k)
      if (words[k].after_comma() && words[k].participle() && !words[k].finite() && acts_as_verb(m_sentence, k)) return true;
    return false;
  }

  bool owns(const Candidate& c, const Dated& dated) const {
    if (claimed_past_comma(c, dated) || beyond_participle_phrase(c, dated.word) ||
        inside_later_participle_phrase(c, dated.word))
      return false;
    // "doit proclamer les résultats vendredi, cinq jours après le vote": the event a clause counts
    // from is not dated by what comes before "après"; its own date follows it ("après le vote de
    // dimanche").
    if (const auto relation = relation_word_before(c); relation && dated.word < *relation) return false;
    if (in_apposition_before(c, dated.word) || in_participle_inside_apposition(c, dated.word) ||
        in_planned_apposition(c, dated.word))
      return false;
    // "This year's Boat Race has been postponed": a date in the genitive qualifies its noun; after
    // the verb it dates the act too ("won Wednesday's stage").
    if (c.verb && dated.word < c.group.first && m_clauses.of(dated.word) == c.clause && possessive_date(*dated.timex))
      return false;
    // "violating the Indian Arts and Crafts Act of 1990": the date completes the name before it.
    if (c.verb && dated.word >= 2 && m_sentence.words[dated.word - 1].is(word::kNounBefore) &&
        m_sentence.words[dated.word - 2].mention >= 0)
      return false;
    const int date_clause = m_clauses.of(dated.word);
    if (date_clause == c.clause || date_clause == c.described_in || simultaneous_with(c.clause, date_clause)) return true;
    if (c.verb && continued_right_after(c, date_clause)) return true;
    if (c.verb && (after_an_eventless_clause(c, date_clause) || continues_an_eventless_clause(c, date_clause))) return true;
    // "will table a motion when parliament reconvenes on Feb. 16": a clause of the same time that
    // tells no event of its own dates the clause it depends on.
    if (c.verb && simultaneous_with(date_clause, c.clause) && !clause_has_trigger(date_clause)) return true;
    // "will table a motion when parliament reconvenes on Feb. 16": a "when" clause's day is the
    // time of the clause it depends on, whatever it tells itself (a year is more often context:
    // "shares soar as the maker lifts its 2026 outlook").
    if (c.verb && heads_clause(c) && when_clause_of(date_clause, c.clause) && granularity_penalty(dated.timex->granularity) == 0)
      return true;
    // A noun names its event with the date beside it ("la réunion de mardi"), whatever clause
    // reads it, unless punctuation stands between them.
    if (c.verb || dated.word <= c.last || dated.word > c.last + kNounDateReach) return false;
    for (std::size_t k = c.last + 1; k <= dated.word; ++k)
      if (m_sentence.words[k].after_comma() || m_sentence.words[k].after_break()) return false;
    return true;
  }

  bool possessive_date(const Timex& timex) const {
    const std::string_view after = std::string_view(m_context.text).substr(std::min(timex.end, m_context.text.size()));
    return after.rfind("'s ", 0) == 0 || after.rfind("\xE2\x80\x99s ", 0) == 0;
  }

  // "Police arrested and charged two men on Tuesday": a clause that a coordinator right after
  // the verb opens, sharing its subject, happens when the verb does.
  bool continued_right_after(const Candidate& c, int clause) const {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(clause)];
    if (!info.coordinated || info.parent != c.clause || info.first != c.last + 1) return false;
    // "... n'a été découvert et le trafic a repris à 14h05": a clause with its own subject keeps its date.
    const bool verb_follows = info.first + 1 < m_sentence.words.size() && acts_as_verb(m_sentence, info.first + 1);
    return lone_coordinator(m_sentence.words[info.first]) && verb_follows;
  }

  // "Vasseur lost the lead on Friday after race stewards handed him a penalty": a clause that
  // "after" opens, with no count before it, takes the day of the clause it follows when that
  // clause tells no event of its own.
  bool after_an_eventless_clause(const Candidate& c, int clause) const {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(c.clause)];
    if (info.parent != clause || !m_sentence.words[info.first].is(word::kAfter)) return false;
    return duration_before(info.first).empty() && !clause_has_trigger(clause);
  }

  // "The minister flew over the site on Tuesday and said …": a verb that a lone coordinator joins
  // to a dated clause of the same subject telling no event happens on that clause's day.
  bool continues_an_eventless_clause(const Candidate& c, int clause) const {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(c.clause)];
    if (!info.coordinated || info.parent != clause || c.group.first != info.first + 1) return false;
    return lone_coordinator(m_sentence.words[info.first]) && !clause_has_trigger(clause);
  }

  // "and", "et", "puis" with no comma before it: what it joins shares a time.
  static bool lone_coordinator(const Word& word) { return word.is(word::kCoordinator) && !word.after_comma(); }

  // Whether the event of `c` would name anyone or anything: an event that names nothing is
  // dropped, and its date is better given to another trigger of the sentence.
  bool names_anything(const Candidate& c) const {
    const Roles& roles = roles_of(c);
    if (!roles.agents.empty() || !roles.targets.empty() || !roles.places.empty()) return true;
    for (const auto& id : roles.participants)
      if (id.rfind("actor:", 0) == 0) return true;
    for (std::size_t k = 0; k < m_sentence.words.size(); ++k) {
      const int m = m_sentence.words[k].mention;
      if (m < 0) continue;
      const Mention& mention = *m_sentence.mentions[static_cast<std::size_t>(m)];
      if (mention.cls == EntityClass::Proposal && word_distance(c.first, c.last, k) <= kProposalReach) return true;
      if (m_clauses.of(k) == c.clause && mention.cls == EntityClass::Actor && !is_media_mention(mention)) return true;
    }
    return false;
  }

  bool is_media_mention(const Mention& mention) const {
    const auto* entry = mention.entry >= 0 ? &m_context.lexicon.entries()[static_cast<std::size_t>(mention.entry)] : nullptr;
    return entry && entry->entity.kind == "media";
  }

  // Which of two candidates a date belongs to: the date's own clause first, then a verb that
  // heads it, then a noun no preposition introduces, then the more concrete type, then the nearer.
  bool better(const Candidate& a, std::size_t da, const Candidate& b, std::size_t db, int date_clause) const {
    const bool own_a = a.clause == date_clause || a.described_in == date_clause;
    const bool own_b = b.clause == date_clause || b.described_in == date_clause;
    if (own_a != own_b) return own_a;
    // "the agency said on Wednesday": a date right after a verb of saying is the saying's. A
    // statement named by a noun is only where another act was told ("accused the army in a
    // statement on Tuesday"): the act takes the date.
    const bool said_a = a.definition->reporting && a.verb, said_b = b.definition->reporting && b.verb;
    if (said_a != said_b) {
      const std::size_t reported = said_a ? da : db;
      if (reported <= kSaidReach) return said_a;
      return !said_a;
    }
    const bool verb_a = heads_clause(a);
    const bool verb_b = heads_clause(b);
    if (verb_a != verb_b) return verb_a;
    // "will hold a hearing on the closure next week": the noun a preposition introduces is what
    // the other is about, not what happens then.
    if (!a.verb && !b.verb) {
      if (complement_of(b, a)) return true;
      if (complement_of(a, b)) return false;
    }
    if (a.definition->rank != b.definition->rank) return a.definition->rank > b.definition->rank;
    return da < db;
  }

  // "Westbridge have agreed to sell a stake ..., the club said on Tuesday": the day of a report
  // dates what it reports when that has happened and has no date of its own. What is only said
  // ("The EU stands ready to help, she wrote on Monday") stays undated, the saying takes the day.
  const Candidate* reported_event(const Candidate& said, const std::set<const Candidate*>& claimants) const {
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(said.clause)];
    if (!said.definition->reporting || !info.attribution || info.parent < 0) return nullptr;
    const Candidate* best = nullptr;
    for (const Candidate& c : m_candidates) {
      if (&c == &said || claimants.count(&c) || !c.verb || c.definition->reporting || !heads_clause(c)) continue;
      const Clause& of = m_clauses.clauses[static_cast<std::size_t>(c.clause)];
      if (c.clause != info.parent && !(of.kind == ClauseKind::Infinitive && of.parent == info.parent)) continue;
      const VerbGroup& group = c.group;
      const bool happened = (group.perfect || (group.tense & verb::kPast)) && !group.future && !group.planned &&
                            !group.possible && !group.conditional && !group.negated;
      if (!happened) continue;
      if (!best || c.definition->rank > best->definition->rank) best = &c;
    }
    return best && names_anything(*best) ? best : nullptr;
  }

  bool clause_has_trigger(int clause) const {
    return std::any_of(m_candidates.begin(), m_candidates.end(), [&](const Candidate& c) { return c.clause == clause; });
  }

  // The place a "where"/"où" clause follows: right before it, or before one common noun ("in
  // Sindhupalchok district, where").
  std::optional<std::string> place_before_where(int clause) const {
    const Clause& own = m_clauses.clauses[static_cast<std::size_t>(clause)];
    if (own.kind != ClauseKind::Relative || own.first == 0 || !opened_by_simultaneous(clause)) return std::nullopt;
    std::size_t k = own.first - 1;
    const Word& before = m_sentence.words[k];
    // ("district" is also a verb in the table: the word's place, between a name and "where", says it is a noun.)
    if (before.mention < 0 && k > 0 && !before.capital && !before.is(word::kDeterminer) && !before.is(word::kPreposition) &&
        !before.after_comma())
      --k;
    if (m_sentence.words[k].mention < 0 || mention_of(m_sentence, k).cls != EntityClass::Place) return std::nullopt;
    return mention_of(m_sentence, k).entity_id;
  }

  // "had been arrested" beside "condemned": a compound past tense whose helper is itself past
  // tells what happened before the other.
  static bool steps_back(const Candidate& c, const Candidate& than) {
    const VerbGroup& group = c.group;
    const bool compound_past = group.first < group.head && group.perfect && (group.tense & (verb::kPast | verb::kImperfect));
    return compound_past && !(than.verb && than.group.perfect);
  }

  // Each trigger claims its own nearest date; each date goes to the best of its claimants that
  // names anyone or anything.
  std::vector<std::pair<const Candidate*, std::optional<EventDate>>> choose_dates() {
    const std::vector<Dated> dated = dated_timexes();
    struct Claim {
      const Candidate* candidate;
      std::size_t distance;
    };
    std::map<std::size_t, std::vector<Claim>> claims;
    for (const Candidate& c : m_candidates) {
      std::optional<std::size_t> best;
      std::size_t best_score = SIZE_MAX, best_distance = SIZE_MAX;
      for (std::size_t k = 0; k < dated.size(); ++k) {
        if (!owns(c, dated[k])) continue;
        const std::size_t distance = word_distance(c.first, c.last, dated[k].word);
        if (c.anaphoric && distance > kAnaphoricReach) continue;
        const std::size_t score = distance + granularity_penalty(dated[k].timex->granularity);
        if (score < best_score) best = k, best_score = score, best_distance = distance;
      }
      if (best) claims[*best].push_back({&c, best_distance});
    }
    std::vector<std::pair<const Candidate*, std::optional<EventDate>>> chosen;
    std::vector<const Timex*> all_dated;
    for (const Dated& d : dated) all_dated.push_back(d.timex);
    std::set<const Candidate*> claimants;
    for (const auto& [index, list] : claims)
      for (const Claim& claim : list) claimants.insert(claim.candidate);
    for (auto& [index, list] : claims) {
      const int date_clause = m_clauses.of(dated[index].word);
      while (!list.empty()) {
        auto pick = list.begin();
        for (auto it = list.begin() + 1; it != list.end(); ++it)
          if (better(*it->candidate, it->distance, *pick->candidate, pick->distance, date_clause)) pick = it;
        if (list.size() == 1 || names_anything(*pick->candidate)) {
          const Candidate* reported = reported_event(*pick->candidate, claimants);
          const EventDate date = event_date_of(coordinated(all_dated, index));
          chosen.emplace_back(reported ? reported : pick->candidate, date);
          if (reported) claimants.insert(reported);
          // "Talks collapsed on Sunday when the ILA rejected the offer", "in La Paz, where the two
          // ministers met": what a clause of the same time tells happened that day too, unless its
          // tense steps back ("as officials said three suspects had been arrested").
          for (const Claim& other : list) {
            if (other.candidate == pick->candidate || other.candidate->clause == pick->candidate->clause ||
                !other.candidate->verb || !heads_clause(*other.candidate) || steps_back(*other.candidate, *pick->candidate) ||
                !names_anything(*other.candidate))
              continue;
            const bool in_when_clause = opened_by_simultaneous(other.candidate->clause) &&
                                        simultaneous_with(other.candidate->clause, date_clause);
            const bool over_when_clause = pick->candidate->clause == date_clause && when_clause_of(date_clause, other.candidate->clause);
            if (in_when_clause || over_when_clause) chosen.emplace_back(other.candidate, date);
          }
          for (const Candidate& other : m_candidates) {
            const bool dated_elsewhere = claimants.count(&other) &&
                std::none_of(list.begin(), list.end(), [&](const Claim& claim) { return claim.candidate == &other; });
            if (&other == pick->candidate || dated_elsewhere) continue;
            if (verbs_joined(other, *pick->candidate) || said_at(other, *pick->candidate)) chosen.emplace_back(&other, date);
          }
          break;
        }
        list.erase(pick);
      }
    }
    if (chosen.empty() && dated.empty()) add_sequenced(chosen);
    if (chosen.empty()) add_undated(chosen);
    for (const Candidate& c : m_candidates)
      if (c.dated_by_main && names_anything(c) &&
          std::none_of(chosen.begin(), chosen.end(), [&](const auto& pick) { return pick.first == &c; }))
        chosen.emplace_back(&c, std::nullopt);
    return chosen;
  }

  // "« C'est une pièce exceptionnelle », a déclaré Hélène Marchal lors d'une visite de presse
  // mercredi matin", "said at a news conference on Tuesday": a verb of saying whose clause places
  // it at a dated event happened then.
  bool said_at(const Candidate& verb, const Candidate& occasion) const {
    if (!verb.verb || occasion.verb || !verb.definition->reporting ||
        !(m_sentence.words[verb.group.first].finite() || m_sentence.words[verb.group.head].finite()) ||
        occasion.first <= verb.last)
      return false;
    return opens_occasion_before(occasion.first);
  }

  // Whether an occasion preposition introduces the noun at `first` ("lors de l'audience", "at the
  // hearing").
  bool opens_occasion_before(std::size_t first) const {
    const std::size_t k = determiners_start(m_sentence.words, first);
    if (k == 0) return false;
    const Word& before = m_sentence.words[k - 1];
    if (m_grammar.opens_occasion(before.folded)) return true;
    // "lors d'une": the preposition's own "de".
    return before.is(word::kPreposition) && k >= 2 && m_grammar.opens_occasion(m_sentence.words[k - 2].folded);
  }

  // "Le ministre a ordonné mardi une enquête. Il s'est ensuite rendu à Romblon": a sentence that
  // gives no date but says it comes next tells an event of the day of the event before it.
  void add_sequenced(std::vector<std::pair<const Candidate*, std::optional<EventDate>>>& chosen) const {
    constexpr int kConcrete = 4;
    const auto& previous = m_salience.last_event_date();
    if (!previous) return;
    const auto sequence = std::find_if(m_sentence.words.begin(), m_sentence.words.end(),
                                       [&](const Word& word) { return m_grammar.is_sequence_word(word.folded); });
    if (sequence == m_sentence.words.end()) return;
    const int clause = m_clauses.of(static_cast<std::size_t>(sequence - m_sentence.words.begin()));
    const Candidate* best = nullptr;
    for (const Candidate& c : m_candidates)
      if (c.verb && heads_clause(c) && c.clause == clause && !c.anaphoric && c.definition->rank >= kConcrete &&
          (!best || c.definition->rank > best->definition->rank))
        best = &c;
    if (!best || !names_anything(*best)) return;
    EventDate date = *previous;
    date.certainty = "inferred";
    chosen.emplace_back(best, date);
  }

  // "were detained and released later in the day", "ont été interpellés puis placés en garde à
  // vue mardi": two verbs joined by a lone coordinator share the date of the second.
  bool verbs_joined(const Candidate& a, const Candidate& b) const {
    if (!a.verb || !b.verb) return false;
    const Candidate& left = a.first < b.first ? a : b;
    const Candidate& right = a.first < b.first ? b : a;
    if (left.last + 2 != right.first) return false;
    return lone_coordinator(m_sentence.words[left.last + 1]);
  }

  // Timexes coordinated with dated[index] ("mardi et mercredi", "6, 7 and 8 May").
  std::vector<const Timex*> coordinated(const std::vector<const Timex*>& dated, std::size_t index) const {
    // Of one granularity: "on April 6 and later that month" tells two times of two events.
    auto joined = [&](const Timex* left, const Timex* right) {
      if (right->begin < left->end || left->granularity != right->granularity) return false;
      std::string gap = fold(m_context.text.substr(left->end, right->begin - left->end));
      gap.erase(std::remove(gap.begin(), gap.end(), ' '), gap.end());
      const auto& joiners = m_context.language.date_joiners();
      return std::find(joiners.begin(), joiners.end(), gap) != joiners.end();
    };
    std::size_t first = index, last = index;
    while (first > 0 && joined(dated[first - 1], dated[first])) --first;
    while (last + 1 < dated.size() && joined(dated[last], dated[last + 1])) ++last;
    return {dated.begin() + static_cast<long>(first), dated.begin() + static_cast<long>(last) + 1};
  }

  // "Le directeur de la société, Alpes Câbles Services, a démenti tout défaut d'entretien": a
  // denial is news whenever it was made, before the article when it is told in the past or in
  // the present ("La direction dément", "the company denies").
  bool past_denial(const Candidate& c) const {
    if (c.definition->type != "denial" || !c.verb || !heads_clause(c)) return false;
    const VerbGroup& group = c.group;
    if (group.negated || group.future || group.planned || group.possible || group.conditional) return false;
    // The present only as one finite verb: "is expected to deny" is not yet.
    const auto& words = m_sentence.words;
    const bool simple_present = (group.tense & verb::kPresent) && group.first == group.head &&
                                !(group.head > 0 && words[group.head - 1].is(word::kInfinitiveMarker));
    if (!group.perfect && !(group.tense & verb::kPast) && !simple_present) return false;
    return !roles_of(c).agents.empty();
  }

  // Without a date, an event is worth a place on the timeline when the text places it before or
  // after now and says where ("la réunion récente en Alaska"), or ties it to another event.
  void add_undated(std::vector<std::pair<const Candidate*, std::optional<EventDate>>>& chosen) const {
    const Candidate* best = nullptr;
    for (const Candidate& c : m_candidates) {
      if (c.anaphoric || (c.verb && !heads_clause(c))) continue;
      if (c.anchor && !c.anchor->offset.empty()) {
        // "Belin, qualifié pour le second tour, s'était retiré trois jours après le premier tour":
        // the verb heading the clause is what happened then, not a noun on the way to it.
        const bool better_anchored = !best || !best->anchor || (heads_clause(c) && !heads_clause(*best)) ||
                                     (heads_clause(c) == heads_clause(*best) && c.definition->rank > best->definition->rank);
        if (better_anchored) best = &c;
        continue;
      }
      if (past_denial(c)) {
        if (!best || c.definition->rank > best->definition->rank) best = &c;
        continue;
      }
      if (c.definition->rank < 4 || c.when.empty()) continue;
      bool place_near = false;
      for (std::size_t k = c.first > 4 ? c.first - 4 : 0; k < m_sentence.words.size() && k <= c.last + 6; ++k) {
        const int m = m_sentence.words[k].mention;
        if (m >= 0 && m_sentence.mentions[static_cast<std::size_t>(m)]->cls == EntityClass::Place) place_near = true;
      }
      if (place_near && (!best || c.definition->rank > best->definition->rank)) best = &c;
    }
    if (best) chosen.emplace_back(best, std::nullopt);
  }

  RoleContext role_context() const {
    return RoleContext{m_sentence, m_clauses, m_grammar, m_context.language.names(), m_context.lexicon, m_salience};
  }

  std::string modality_of(const Candidate& c, const EventDate& date, const Roles& roles) const {
    if ((c.verb && c.group.negated) || (!c.verb && negation_determining(m_sentence, c.first) != c.first)) return "denied";
    // "sans faire de déclaration": a noun carried by a denied verb did not happen either.
    if (!c.verb)
      if (const auto light = light_verb_of(role_context(), c.first))
        if (verb_group(m_sentence, m_clauses, *light, m_grammar).negated) return "denied";
    const bool after_publication = date.start && *date.start > m_context.info.published;
    const bool possible_word = cue_near(m_sentence, m_clauses, c, word::kPossible, kCueReach);
    const bool planned = (c.verb && (c.group.planned || c.group.future)) ||
                         cue_near(m_sentence, m_clauses, c, word::kPlanned, kCueReach) || after_publication ||
                         (!date.value && c.when == "upcoming");
    // "pourrait", "peut-être": possible. The conditional alone ("would meet on Friday", "devrait")
    // is a plan when the date lies ahead, a report of the past when perfect ("aurait rencontré").
    if (possible_word || (c.verb && c.group.possible)) return "possible";
    if (planned || (c.verb && c.group.conditional && !c.group.perfect && after_publication)) return "planned";
    if (c.verb && c.group.conditional && c.group.perfect) return "reported";
    if (c.verb && c.group.conditional) return "possible";
    bool reported = roles.reported;
    for (const Word& word : m_sentence.words) reported = reported || word.is(word::kReported);
    return reported ? "reported" : "happened";
  }

  // The organisation that reports `c`: the agent of a verb of saying whose clause governs `c`'s
  // ("CAS said a hearing would be held") or trails it (", a indiqué la gendarmerie").
  std::optional<std::string> reporting_body(const Candidate& c) const {
    const int parent = m_clauses.clauses[static_cast<std::size_t>(c.clause)].parent;
    for (const Candidate& said : m_candidates) {
      if (!said.verb || !said.definition->reporting || &said == &c) continue;
      const Clause& info = m_clauses.clauses[static_cast<std::size_t>(said.clause)];
      // Without "that", what is said may share the clause of the verb of saying before it.
      const bool governs = said.clause == parent || (said.clause == c.clause && said.last < c.first);
      if (!governs && !(info.attribution && info.parent == c.clause)) continue;
      const Roles& roles = roles_of(said);
      if (roles.agents.size() == 1 && m_salience.kind_of(roles.agents.front()) == "organisation") return roles.agents.front();
    }
    return std::nullopt;
  }

  // The actor a trailing attribution of `c`'s clause names (", a annoncé le procureur", ", police
  // said"), media aside.
  std::optional<std::string> attribution_source(const Candidate& c) const {
    if (c.definition->reporting) return std::nullopt;
    for (std::size_t k = c.last + 1; k < m_sentence.words.size(); ++k) {
      const Clause& clause = m_clauses.clauses[static_cast<std::size_t>(m_clauses.of(k))];
      if (!clause.attribution || clause.parent != c.clause || m_sentence.words[k].mention < 0) continue;
      const Mention& mention = mention_of(m_sentence, k);
      if (mention.cls == EntityClass::Actor && !is_media_mention(mention)) return mention.entity_id;
    }
    return std::nullopt;
  }

  // "Mme Lemarchand a annoncé que l'établissement rouvrirait samedi", "the minister said it was
  // expected to reopen": the one named before the verb of saying that governs the event's verb.
  std::optional<std::string> speaker_before(const Candidate& c) const {
    if (!c.verb) return std::nullopt;  // "a affirmé que ... sans le moindre incident"
    const Clause* governing = &m_clauses.clauses[static_cast<std::size_t>(c.clause)];
    // "said it was expected to reopen": through the infinitive to the clause that governs it.
    while (governing->kind == ClauseKind::Infinitive && governing->parent >= 0)
      governing = &m_clauses.clauses[static_cast<std::size_t>(governing->parent)];
    const Clause& clause = *governing;
    // "que" after a verb of saying opens the clause as a relative one would.
    const bool dependent = clause.kind == ClauseKind::Subordinate || clause.kind == ClauseKind::Relative;
    if (!dependent || clause.parent < 0) return std::nullopt;
    std::size_t k = clause.first;
    while (k > 0 && m_clauses.of(k - 1) != clause.parent) --k;
    while (k-- > 0 && m_clauses.of(k) == clause.parent) {
      if (!m_sentence.words[k].reporting) continue;
      // Its agents, as the verb of saying's own reading finds them ("She said": the one "she" is).
      for (const Candidate& said : m_candidates)
        if (said.verb && said.group.head == k && !roles_of(said).agents.empty()) return roles_of(said).agents.front();
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "le déraillement", "cette attaque", "the explosion": the noun of an event already known, but
  // not "la crue de la rivière des Galets", which says which.
  bool told_before(const Candidate& c) const {
    if (!recalled(c) || c.first == 0) return false;
    if (!m_sentence.words[c.first - 1].is(word::kDefiniteArticle) && !c.anaphoric) return false;
    return c.last + 1 >= m_sentence.words.size() || !m_sentence.words[c.last + 1].is(word::kPreposition);
  }

  // Nouns of concrete events, which a later sentence takes up ("le déraillement", "the blast").
  static bool recalled(const Candidate& c) {
    constexpr int kConcrete = 4;
    return !c.verb && c.definition->rank >= kConcrete;
  }

  // What each event noun of the sentence named, for a later mention of the same event.
  void note_event_nouns() {
    for (const Candidate& c : m_candidates) {
      if (!recalled(c)) continue;
      const Roles& roles = roles_of(c);
      m_salience.note_event_noun(c.definition->type, {roles.agents, roles.targets, roles.participants, roles.places});
    }
  }

  std::vector<std::string> places_of_sentence() const {
    std::vector<std::string> places;
    for (std::size_t k = 0; k < m_sentence.words.size(); ++k)
      if (m_sentence.words[k].mention >= 0 && mention_of(m_sentence, k).cls == EntityClass::Place)
        add_role(places, mention_of(m_sentence, k).entity_id);
    return places;
  }

  bool about_the_topic(const Candidate& c) const {
    constexpr int kConcrete = 4;
    if (c.anaphoric || c.definition->rank < kConcrete) return false;
    // Names elsewhere in the sentence are another clause's. "The buyback is due to start": an
    // infinitive's clause goes with the main clause that governs it.
    const Clause& info = m_clauses.clauses[static_cast<std::size_t>(c.clause)];
    const bool governed = info.kind == ClauseKind::Infinitive && info.parent >= 0 &&
                          m_clauses.clauses[static_cast<std::size_t>(info.parent)].kind == ClauseKind::Main;
    for (std::size_t k = 0; k < m_sentence.words.size(); ++k)
      if (m_sentence.words[k].mention >= 0 && (m_clauses.of(k) == c.clause || (governed && m_clauses.of(k) == info.parent)))
        return false;
    // "Rescuers on Wednesday brought the miners to the surface": a physical act whose doers are
    // not named. Less concrete verbs ("l'euro cédait 0,2 %") say too little without a name.
    constexpr int kPhysical = 5;
    if (c.verb)
      return c.definition->rank >= kPhysical ||
             (c.definition->rank >= kConcrete && heads_clause(c) && (c.group.perfect || !(c.group.tense & verb::kImperfect)) &&
              (info.kind == ClauseKind::Main || governed));
    // "Une audience d'examen des offres est prévue le 9 juin": any article before it. "Lors de
    // l'audience du 18 septembre, le prévenu avait évoqué": the occasion a clause places itself at.
    std::size_t start = c.first;
    if (start > 0 && m_sentence.words[start - 1].is(word::kDeterminer)) --start;
    return start == 0 || m_clauses.of(start - 1) != c.clause || opens_occasion_before(c.first);
  }

  // "The authority's board approved", "the company's board": a body named in lower case after a
  // description's possessive belongs to the organisation the description stands for.
  std::optional<std::string> owner_of_described_body(const std::string& id) const {
    const auto& words = m_sentence.words;
    for (std::size_t k = 3; k < words.size(); ++k) {
      if (words[k].mention < 0 || mention_of(m_sentence, k).entity_id != id || words[k - 1].mention == words[k].mention) continue;
      const Word& owner = words[k - 2];
      if (!possessor(m_sentence, k - 2) || owner.mention >= 0 || owner.capital || !words[k - 3].is(word::kDefiniteArticle))
        return std::nullopt;
      const std::vector<std::string_view> short_form{owner.folded};
      if (auto named = m_salience.resolve_short_form(short_form)) return named;
      if (m_context.language.names().is_organisation_description(owner.folded)) return m_salience.resolve_organisation(id);
      return std::nullopt;
    }
    return std::nullopt;
  }

  const Roles& roles_of(const Candidate& c) const {
    if (!c.roles) c.roles = read_roles(c);
    return *c.roles;
  }

  Roles read_roles(const Candidate& c) const {
    const RoleContext context = role_context();
    Roles roles = c.verb ? verb_roles(context, c.group, *c.definition) : noun_roles(context, c.first, c.last, *c.definition);
    // "CAS said a hearing would be held", "deux hommes ont été interpellés, a indiqué la
    // gendarmerie": the body that reports what it does acts when the text names no one else.
    if (roles.agents.empty() && c.definition->reporter_acts && (!c.verb || subject_underwent(c)))
      if (const auto body = reporting_body(c)) roles.agents.push_back(*body);
    // An organisation acts through its board or council: "The utility's board will meet" is the
    // utility's meeting too.
    for (const auto& agent : std::vector<std::string>(roles.agents))
      if (const auto owner = owner_of_described_body(agent)) add_role(roles.agents, *owner);
    // "la province d'El Kelâa des Sraghna, où des villageois ont bloqué la route": the place a
    // "where" clause follows is where its event happens.
    if (const auto place = place_before_where(c.clause)) add_role(roles.places, *place);
    // Where: every place of its clause, and every other actor of it takes part.
    for (std::size_t k = 0; k < m_sentence.words.size(); ++k) {
      const int m = m_sentence.words[k].mention;
      if (m < 0 || m_clauses.of(k) != c.clause) continue;
      const Mention& mention = *m_sentence.mentions[static_cast<std::size_t>(m)];
      if (mention.cls == EntityClass::Place) {
        if (std::find(roles.places.begin(), roles.places.end(), mention.entity_id) == roles.places.end())
          roles.places.push_back(mention.entity_id);
      }
    }
    // "The biosecurity minister will visit the area on Friday", "Insurgents attacked at dawn": a
    // visit or an attack that names no place nor target goes where the story happens.
    if (c.definition->place_is_target && roles.places.empty() && roles.targets.empty() && !roles.agents.empty())
      if (auto place = m_salience.topic_place()) roles.places.push_back(*place);
    if (!roles.agents.empty() || !roles.targets.empty() || !roles.places.empty() || !roles.participants.empty())
      return roles;
    // "The trial opened on Jan. 12", "L'explosion s'est produite mardi": an event noun that opens
    // its clause and whose sentence names no one is about the document's topic.
    // "Le déraillement s'est produit dimanche, lorsqu'un train reliant Bruxelles à Luxembourg",
    // "La grève avait débuté le 20 mai": the event of that type the text told of before, with who
    // and where it named.
    const Salience::EventNames* before = told_before(c) ? m_salience.event_noun(c.definition->type) : nullptr;
    if (before) {
      roles.agents = before->agents;
      roles.targets = before->targets;
      roles.participants = before->participants;
      roles.places = before->places;
    } else if (const auto source = attribution_source(c)) {
      // "Le policier a été mis en examen mercredi, a annoncé le procureur, Rémi Castanet": who
      // reports an event that names no one takes part in it.
      roles.participants.push_back(*source);
    } else if (about_the_topic(c)) {
      if (auto topic = m_salience.topic()) roles.participants.push_back(*topic);
      roles.about_topic = !roles.participants.empty();
      // A place the sentence names in another clause says where better than the topic's ("L'explosion
      // de la cuve s'est produite jeudi, lorsque la digue a cédé près de Nantes").
      roles.places = places_of_sentence();
      if (roles.places.empty())
        if (auto place = m_salience.topic_place()) roles.places.push_back(*place);
    } else if (const auto speaker = speaker_before(c)) {
      roles.participants.push_back(*speaker);
    }
    return roles;
  }

  // How the title names an agent: as this sentence writes it, else by its display name; a person
  // by surname, as headlines do ("Trump", "Poutine").
  std::string agent_title_name(const std::string& id) const {
    std::string written;
    for (const Word& word : m_sentence.words) {
      if (word.mention < 0) continue;
      const Mention& mention = *m_sentence.mentions[static_cast<std::size_t>(word.mention)];
      // Not a title the name finder gave the person ("le président du syndicat, Jean Dupont").
      if (mention.entity_id != id || !word.capital) continue;
      written = mention.text;
      break;
    }
    if (written.empty()) {
      auto it = m_context.names.find(id);
      written = it == m_context.names.end() ? id : it->second;
    }
    if (m_salience.kind_of(id) != "person") return written;
    // By surname for a person the lexicon knows, or where the article itself writes the surname
    // alone ("Merz"); not "Athletic" for "Westbridge Athletic", a name a name finder may take for
    // a person's.
    const std::string surname = title_name(written, true);
    if (m_context.lexicon.find_entry(id)) return surname;
    const bool written_alone = std::any_of(m_context.mentions.begin(), m_context.mentions.end(), [&](const Mention& m) {
      return m.entity_id == id && (m.text == surname || (m.text.size() > surname.size() &&
                                                          m.text.compare(m.text.size() - surname.size(), surname.size(), surname) == 0 &&
                                                          m.text[m.text.size() - surname.size() - 1] == ' ' &&
                                                          m.text.find(' ') == m.text.size() - surname.size() - 1 &&
                                                          m.text.size() - surname.size() <= 4));
    });
    return written_alone ? surname : written;
  }

  std::string title_of(const Candidate& c, const Roles& roles) const {
    constexpr std::size_t kWhoMaxChars = 30;
    const std::string conjunction(m_context.language.locale().phrase("and"));
    std::vector<std::string> names;
    // A passive's subject is what underwent it: a long one gives way to the targets' names, never
    // to the agents' ("Les habitants de Montegrosso ont été évacués par les gendarmes" is no
    // "Gendarmes ont été évacués").
    // A group named by its common noun ("les habitants des hameaux") keeps the subject's own words.
    const bool underwent = subject_underwent(c);
    // "Il a rencontré le sous-préfet": the pronoun stands for one of a meeting's sides; the other
    // is the verb's object and stays there.
    const bool one_side = !underwent && !roles.resolved_subject.empty() &&
                          std::find(roles.agents.begin(), roles.agents.end(), roles.resolved_subject) != roles.agents.end();
    if (one_side) names.push_back(agent_title_name(roles.resolved_subject));
    else
      for (const auto& id : underwent ? roles.targets : roles.agents)
        if (!m_salience.people(id)) names.push_back(agent_title_name(id));
    // "Il avait été mis en examen": the one the pronoun stands for, whatever role it has.
    if (names.empty() && !roles.resolved_subject.empty()) names.push_back(agent_title_name(roles.resolved_subject));
    TitleParts parts{m_context.text, m_sentence, m_clauses, roles.subject_words, join_names(names, conjunction), {}, {},
                     "{who}: {what}", std::nullopt, false};
    if (!roles.resolved_subject.empty()) parts.subject_words.reset();
    parts.controlling_verb = roles.controlling_verb;
    parts.qualifying_verb = roles.qualifying_verb;
    // Who a noun's title names first: the people when people act, as many as fit.
    const bool people = std::any_of(roles.agents.begin(), roles.agents.end(),
                                    [&](const std::string& id) { return m_salience.kind_of(id) == "person"; });
    std::vector<std::string> who;
    for (const auto& id : roles.agents) {
      if (people && m_salience.kind_of(id) != "person") continue;
      who.push_back(agent_title_name(id));
      if (decode_utf8(join_names(who, conjunction)).size() > kWhoMaxChars) {
        who.pop_back();
        break;
      }
    }
    parts.agent_ids = one_side ? std::vector<std::string>{roles.resolved_subject} : roles.agents;
    // "Lors de l'audience du 18 septembre": an event noun about the story's topic says whose.
    if (who.empty() && !c.verb && roles.about_topic) who.push_back(agent_title_name(roles.participants.front()));
    parts.who = join_names(who, conjunction);
    const auto& phrases = m_context.language.locale().phrases;
    if (auto pattern = phrases.find("title_who"); pattern != phrases.end()) parts.who_pattern = pattern->second;
    if (c.verb) return verb_title(parts, c.group);
    // "Tusk chaired an emergency meeting in Wroclaw": the verb that carries the noun says it.
    const RoleContext context = role_context();
    std::optional<std::size_t> head = light_verb_of(context, c.first);
    if (!head) head = verb_of_counted_manner(context, c.first);
    if (head && roles.subject_words && !roles.agents.empty())
      return verb_title(parts, verb_group(m_sentence, m_clauses, *head, m_grammar));
    return noun_title(parts, c.first, c.last);
  }

  Event make_event(const Candidate& c, const std::optional<EventDate>& date) {
    Event event;
    event.type = c.definition->type;
    const Roles& roles = roles_of(c);
    if (date) event.date = *date;
    else event.date.certainty = "unknown";
    event.modality = modality_of(c, event.date, roles);
    if (!date && !c.anchor) {
      // Undated: what the text tells is which side of the publication date it lies.
      if (c.when == "upcoming" || (c.when.empty() && event.modality == "planned")) event.date.earliest = m_context.info.published;
      else event.date.latest = m_context.info.published;
    }
    event.anchor = c.anchor;
    event.agents = roles.agents;
    for (const auto& id : roles.targets) event.targets.push_back(id);
    event.places = roles.places;
    auto add_actor = [&](const std::string& id) {
      if (id.rfind("actor:", 0) == 0) event.actors.push_back(id);
    };
    for (const auto* list : {&roles.agents, &roles.targets, &roles.participants})
      for (const auto& id : *list) add_actor(id);
    add_clause_mentions(c, event);
    for (auto* list : {&event.actors, &event.agents, &event.targets, &event.places, &event.proposals}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    event.title = title_of(c, roles);
    Source source;
    source.doc = m_context.info.id;
    source.begin = m_sentence.span.begin;
    source.end = m_sentence.span.end;
    // The quote is bounded (ExtractLimits::max_quote_chars): an article without full stops would
    // otherwise give every event a copy of megabytes.
    const std::string_view sentence = m_context.text.substr(source.begin, source.end - source.begin);
    const std::size_t focus = c.mention ? std::clamp(c.mention->begin, source.begin, source.end) - source.begin : 0;
    const std::size_t focus_end = c.mention ? std::clamp(c.mention->end, source.begin, source.end) - source.begin : 0;
    source.quote = clip_around(sentence, focus, focus_end, m_context.max_quote_chars);
    event.sources.push_back(std::move(source));
    event.confidence = confidence_of(c, date, event);
    // "Thierry Roussel doit se rendre sur l'île. Il a promis": the subject of an infinitive the
    // main clause governs is the main clause's.
    const Clause& clause = m_clauses.clauses[static_cast<std::size_t>(c.clause)];
    const bool main = clause.kind == ClauseKind::Main ||
                      (clause.kind == ClauseKind::Infinitive && clause.parent >= 0 &&
                       m_clauses.clauses[static_cast<std::size_t>(clause.parent)].kind == ClauseKind::Main);
    // "Deux hommes ont été interpellés par l'OCBC": who underwent it is the subject, though unnamed.
    if (m_main_subject.empty() && !m_counted_people && c.verb && main) {
      m_counted_people = roles.counted_people;
      if (!m_counted_people) m_main_subject = subject_of(c, roles);
    }
    return event;
  }

  bool subject_underwent(const Candidate& c) const {
    return c.verb && subject_undergoes(c.group, *c.definition, m_grammar);
  }

  // Who the subject of `c`'s clause names: its agents, or what underwent a passive ("M. Lapeyre
  // avait été réélu en 2020. Il avait annoncé": "il" is M. Lapeyre).
  const std::vector<std::string>& subject_of(const Candidate& c, const Roles& roles) const {
    return subject_underwent(c) && !roles.targets.empty() ? roles.targets : roles.agents;
  }

  // Actors and proposals of the trigger's clause take part too; a proposal anywhere near counts.
  void add_clause_mentions(const Candidate& c, Event& event) const {
    std::optional<std::size_t> nearest_proposal;
    std::size_t nearest = SIZE_MAX;
    for (std::size_t k = 0; k < m_sentence.words.size(); ++k) {
      const int m = m_sentence.words[k].mention;
      if (m < 0) continue;
      const Mention& mention = *m_sentence.mentions[static_cast<std::size_t>(m)];
      const bool same_clause = m_clauses.of(k) == c.clause;
      if (mention.cls == EntityClass::Proposal) {
        if (same_clause) event.proposals.push_back(mention.entity_id);
        const std::size_t d = word_distance(c.first, c.last, k);
        if (d < nearest) nearest = d, nearest_proposal = static_cast<std::size_t>(m);
      } else if (mention.cls == EntityClass::Actor && same_clause) {
        const auto* entry = mention.entry >= 0 ? &m_context.lexicon.entries()[static_cast<std::size_t>(mention.entry)] : nullptr;
        if (!(entry && entry->entity.kind == "media")) event.actors.push_back(mention.entity_id);
      }
    }
    if (event.proposals.empty() && nearest_proposal && nearest <= kProposalReach)
      event.proposals.push_back(m_sentence.mentions[*nearest_proposal]->entity_id);
  }

  static double confidence_of(const Candidate& c, const std::optional<EventDate>& date, const Event& event) {
    double confidence = 0.45;
    if (date && event.date.granularity == "day") confidence += 0.2;
    else if (date) confidence += 0.1;
    if (c.verb) confidence += 0.1;
    if (!event.agents.empty()) confidence += 0.1;
    if (!event.actors.empty() || !event.places.empty()) confidence += 0.05;
    if (event.modality == "possible" || event.modality == "denied") confidence -= 0.15;
    return std::round(std::clamp(confidence, 0.05, 0.95) * 100.0) / 100.0;
  }

  const DocumentContext& m_context;
  Salience& m_salience;
  const Sentence& m_sentence;
  ClauseMap m_clauses;
  const Grammar& m_grammar;
  std::vector<Candidate> m_candidates;
  std::vector<std::string> m_main_subject;
  bool m_counted_people = false;
};

}  // namespace

bool is_wire_dateline(std::string_view text, const Timex& timex) {
  std::size_t i = timex.end;
  auto skip_spaces = [&] {
    while (i < text.size() && (text[i] == ' ' || text.compare(i, 2, "\xC2\xA0") == 0)) i += text[i] == ' ' ? 1 : 2;
  };
  skip_spaces();
  if (i >= text.size() || text[i] != '(') return false;
  const std::size_t close = text.find(')', i);
  if (close == std::string_view::npos || close - i > 24) return false;
  for (std::size_t k = i + 1; k < close; ++k)
    if (!std::isalpha(static_cast<unsigned char>(text[k])) && text[k] != '.' && text[k] != ' ' && text[k] != '-') return false;
  i = close + 1;
  skip_spaces();
  return i < text.size() && (text[i] == '-' || text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0);
}

std::vector<Event> EventReader::read(const Span& span) {
  const auto& triggers = m_context.triggers;
  const auto trigger = std::lower_bound(triggers.begin(), triggers.end(), span.begin,
                                        [](const TriggerMention& t, std::size_t at) { return t.begin < at; });
  if (trigger == triggers.end() || trigger->begin >= span.end) {
    // Nothing happens here: only who is named matters, for the pronouns of later sentences.
    auto mention = std::lower_bound(m_context.mentions.begin(), m_context.mentions.end(), span.begin,
                                    [](const Mention& m, std::size_t at) { return m.begin < at; });
    std::vector<const Mention*> named;
    for (; mention != m_context.mentions.end() && mention->begin < span.end; ++mention) named.push_back(&*mention);
    // "Mme Lemaire-Aubry a de son côté défendu une méthode. Elle doit": a sentence that opens
    // with a name says who the next pronoun is. Only those are read: reading costs.
    constexpr std::size_t kOpeningBytes = 24;
    std::vector<const Mention*> where;
    if (!named.empty() && named.front()->cls == EntityClass::Actor && named.front()->begin <= span.begin + kOpeningBytes) {
      const Sentence sentence = read_sentence(span, m_context);
      SentenceEvents reader(m_context, m_salience, sentence);
      reader.note_plain_subject();
      m_salience.note_subject(reader.main_subject());
      where = states_named_as_places(sentence);
    }
    remember(named, where);
    if (dates_something(span)) m_salience.forget_event_date();
    return {};
  }
  const Sentence sentence = read_sentence(span, m_context);
  SentenceEvents reader(m_context, m_salience, sentence);
  std::vector<Event> events = reader.run();
  bool noted = false;
  for (const Event& event : events)
    if (event.date.start && event.date.end && *event.date.start == *event.date.end) {
      m_salience.note_event_date(event.date);
      noted = true;
    }
  // "La crise avait éclaté en juillet 2024 [...]. Alger avait aussitôt rappelé son ambassadeur":
  // the next event follows the date this sentence gave, not the last event's day.
  if (!noted && dates_something(span)) m_salience.forget_event_date();
  m_salience.note_subject(reader.main_subject(), reader.counted_people());
  remember(sentence.mentions, states_named_as_places(sentence));
  return events;
}

// Whether a date of the span places something in time (not a dateline, not a duration).
bool EventReader::dates_something(const Span& span) const {
  const auto& timexes = m_context.timexes;  // sorted by begin: only the span's are looked at
  auto timex = std::lower_bound(timexes.begin(), timexes.end(), span.begin,
                                [](const Timex& t, std::size_t at) { return t.begin < at; });
  for (; timex != timexes.end() && timex->begin < span.end; ++timex)
    if (timex->end <= span.end && is_dated(*timex)) return true;
  return false;
}

// "Lumora's shares fell 6.2% in Singapore": a state after a preposition of place says where.
std::vector<const Mention*> EventReader::states_named_as_places(const Sentence& sentence) const {
  std::vector<const Mention*> where;
  for (std::size_t k = 1; k < sentence.words.size(); ++k) {
    const int m = sentence.words[k].mention;
    if (m < 0 || sentence.words[k - 1].mention == m || !sentence.words[k - 1].is(word::kPrepLocation)) continue;
    const Mention* mention = sentence.mentions[static_cast<std::size_t>(m)];
    if (m_salience.kind_of(mention->entity_id) == "state") where.push_back(mention);
  }
  return where;
}

void EventReader::remember(const std::vector<const Mention*>& mentions, const std::vector<const Mention*>& where) {
  m_salience.note_mentions(mentions, where);
  for (const Mention* mention : mentions) {
    if (mention->cls != EntityClass::Actor || m_salience.kind_of(mention->entity_id) != "person") continue;
    m_salience.note_title(mention->entity_id, title_words_before(m_context.folded, mention->begin, m_context.mentions,
                                                                 m_context.language.names()));
  }
}

}  // namespace evgraph::detail
