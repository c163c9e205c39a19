#include "extract/roles.hpp"

#include <algorithm>
#include <utility>

namespace evgraph::detail {

void add_role(std::vector<std::string>& list, const std::string& id) {
  if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

namespace {

// "première", "next", "récent": adjectives of order, which qualify an event noun like any adjective.
constexpr std::uint32_t kOrderWords = word::kFirst | word::kUpcoming | word::kRecent;

class RoleReader {
 public:
  RoleReader(const RoleContext& context, const TriggerDefinition& trigger) : m_context(context), m_trigger(trigger) {}

  Roles take() { return std::move(m_roles); }

  // Puts the actor or place named at word k in the role its introduction gives it. After a noun
  // trigger, a bare name is only a participant and "par"/"by" names the agent.
  void assign(std::size_t k, std::uint32_t preposition, bool direct_role_is_agent, bool passive, bool noun = false) {
    const Mention& mention = mention_of(m_context.sentence, k);
    if (is_media(m_context, mention)) return;
    const bool place = mention.cls == EntityClass::Place;
    if (mention.cls == EntityClass::Proposal) return;
    if (preposition & word::kPrepSource) {
      m_roles.reported = true;
      return;
    }
    if ((preposition & word::kPrepCaller) && mention.cls == EntityClass::Actor) {
      add_role(m_roles.agents, mention.entity_id);
      return;
    }
    // "l'enquête avait été ouverte par Pékin", "duties imposed by Washington": a place that does
    // what a passive or an event noun tells stands for its government.
    if (place && (preposition & word::kPrepAgent) && (passive || noun)) {
      add_role(m_roles.agents, mention.entity_id);
      return;
    }
    if (place) {
      const bool target = m_trigger.place_is_target && (preposition == 0 || (preposition & word::kPrepTarget) ||
                                                        (preposition & word::kPrepLocation));
      add_role(target ? m_roles.targets : m_roles.places, mention.entity_id);
      if (target) add_role(m_roles.places, mention.entity_id);
      return;
    }
    if (preposition == 0 && passive && apposed_to_agent(k)) {
      add_role(m_roles.agents, mention.entity_id);
    } else if (preposition == 0) {
      if (noun && !m_trigger.all_sides) add_role(m_roles.participants, mention.entity_id);
      else add_role(direct_role_is_agent || m_trigger.all_sides ? m_roles.agents : m_roles.targets, mention.entity_id);
    } else if ((preposition & word::kPrepAgent) && (passive || noun)) {
      add_role(m_roles.agents, mention.entity_id);
    } else if (preposition & word::kPrepWith) {
      add_role(m_trigger.all_sides ? m_roles.agents : m_roles.participants, mention.entity_id);
    } else if (preposition & word::kPrepTarget) {
      add_role(m_roles.targets, mention.entity_id);
    } else {
      add_role(m_roles.participants, mention.entity_id);
    }
  }

  // Objects and complements after `after`, up to the end of its clause.
  // Up to word `until` (the sentence's end by default).
  void read_complements(std::size_t after, int clause, bool passive, bool noun,
                        std::optional<std::size_t> until = std::nullopt) {
    const auto& words = m_context.sentence.words;
    bool first = true;
    const std::size_t last = until.value_or(words.size() - 1);
    for (std::size_t k : names_between(m_context, after + 1, last, clause, /*with_infinitives=*/true)) {
      const Introduction intro = introduction(m_context, k, after);
      const std::uint32_t preposition = intro.preposition;
      // "la visite de Macron", "the killing of X": the "de"/"of" complement right after a noun
      // trigger (not "de l'Aude" in "selon un bilan de la préfecture de l'Aude" further on).
      const Mention& named = mention_of(m_context.sentence, k);
      // "by Ireland's Data Protection Commission": the owner only says whose; "by Colombia's
      // government": the owner acts through its institution.
      const std::size_t end = name_end(m_context.sentence, k);
      if (possessor(m_context.sentence, end) && owned_name_after(end + 2)) {
        add_role(m_roles.participants, named.entity_id);
        continue;
      }
      if (noun && first && (preposition & word::kPrepOther) && !(preposition & ~word::kPrepOther) &&
          own_complement_reach(after, intro.at) && named.cls == EntityClass::Actor) {
        add_role(m_trigger.noun_of_target ? m_roles.targets : m_roles.agents, named.entity_id);
        first = false;
        continue;
      }
      // "la démission, le 3 juin, du conseiller sortant, Alain Teyssier": a name apposed to the
      // noun's own "de"/"of" description is who that description is.
      if (noun && first && preposition == 0 && named.cls == EntityClass::Actor)
        if (const auto of = apposed_own_complement(after, k)) {
          add_role(m_trigger.noun_of_target ? m_roles.targets : m_roles.agents, named.entity_id);
          first = false;
          continue;
        }
      if (passive && preposition == word::kPrepOther && named.cls == EntityClass::Actor)
        if (const auto group = agent_through_group(intro.at)) {
          // ("par les enquêteurs de l'UPAC": the body acts, not the people that belong to it.)
          if (!group->empty())
            m_roles.agents.erase(std::remove(m_roles.agents.begin(), m_roles.agents.end(), *group), m_roles.agents.end());
          add_role(m_roles.agents, named.entity_id);
          continue;
        }
      assign(k, preposition, /*direct_role_is_agent=*/false, passive, noun);
      // "l'interpellation le 2 mars à Liège de Karim Bensalah": a place between the noun and its
      // own complement does not part them.
      first = first && named.cls == EntityClass::Place;
    }
  }

  const RoleContext& context() const { return m_context; }

  // "detained by a patrol of the Belize Defence Force", "arrêté par les enquêteurs de l'UPAC": the
  // people the "par"/"by" phrase names act for the body that the "de"/"of" at `of` names. Whether
  // they do, and then the group of people named on the way, if any ("" when unnamed).
  // "par l'équipage d'une drague de la société Hydromar": through one more "de" phrase of a
  // common noun.
  std::optional<std::string> agent_through_group(std::size_t of) const {
    constexpr std::size_t kReach = 4;
    const auto& words = m_context.sentence.words;
    std::string group;
    bool hopped = false;
    for (std::size_t j = of; j-- > 0 && j + kReach >= of;) {
      const Word& word = words[j];
      if (word.mention >= 0) {
        const Mention& mention = mention_of(m_context.sentence, j);
        // ("les gendarmes de l'Office central": an institution's people, written in lower case, too.)
        if (!group.empty() || (!m_context.salience.people(mention.entity_id) && capital_at(mention.text, 0)))
          return std::nullopt;
        group = mention.entity_id;
        continue;
      }
      if (word.timex >= 0 || word.after_comma() || acts_as_verb(m_context.sentence, j)) return std::nullopt;
      if (word.is(word::kPrepAgent)) {
        if (j + 1 >= of) return std::nullopt;
        return group;
      }
      if (word.is(word::kPrepOther) && !hopped && group.empty() && j + 2 < of) {
        hopped = true;
        of = j;
      } else if (word.is(word::kPreposition) && !word.is(word::kDeterminer)) {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // "limogé par le ministre de l'Enseignement supérieur, Ahmedou Ould Bah,": a name in apposition
  // to the description "par"/"by" opened is who did it.
  bool apposed_to_agent(std::size_t k) const {
    constexpr std::size_t kReach = 7;
    const auto& words = m_context.sentence.words;
    if (!words[k].after_comma()) return false;
    for (std::size_t j = k; j-- > 0 && j + kReach >= k;) {
      // "par le ministre français, Jean-Marc Ferrand, et son homologue italien, Lorenzo Bassi": so
      // is the second of two such descriptions.
      if (words[j].is(word::kCoordinator) && j > 0 && words[j - 1].mention >= 0) {
        std::size_t previous = j - 1;
        while (previous > 0 && words[previous - 1].mention == words[j - 1].mention) --previous;
        return apposed_to_agent(previous);
      }
      if (words[j].mention >= 0 || words[j].after_comma() || acts_as_verb(m_context.sentence, j)) return false;
      if (words[j].is(word::kPrepAgent)) return true;
    }
    return false;
  }

  // The "de"/"of" that opens a description without a name between the noun trigger at `after`
  // and the name at word k, which a comma sets in apposition to it; none when there is none.
  std::optional<std::size_t> apposed_own_complement(std::size_t after, std::size_t k) const {
    constexpr std::size_t kReach = 5;
    const auto& words = m_context.sentence.words;
    if (!words[k].after_comma()) return std::nullopt;
    for (std::size_t j = k; j-- > after + 1 && j + kReach >= k;) {
      // ("sortant", "outgoing": a participle qualifies the description.)
      if (words[j].mention >= 0 || words[j].timex >= 0 || (words[j].finite() && acts_as_verb(m_context.sentence, j)))
        return std::nullopt;
      if (words[j].is(word::kPrepOther)) {
        if (j + 1 >= k || !own_complement_reach(after, j)) return std::nullopt;
        return j;
      }
      if (words[j].after_comma() || words[j].is(word::kPreposition)) return std::nullopt;
    }
    return std::nullopt;
  }

  // "Ireland's Data Protection Commission", "Ghana's Energy Minister Kwabena Asante-Mensah": a
  // name at word k, or after at most three title words from there.
  bool owned_name_after(std::size_t k) const {
    constexpr std::size_t kTitleWords = 3;
    const auto& words = m_context.sentence.words;
    for (std::size_t j = k; j < words.size() && j <= k + kTitleWords; ++j) {
      if (words[j].mention >= 0) return true;
      if (!words[j].capital || words[j].after_comma()) return false;
    }
    return false;
  }
  Roles& roles() { return m_roles; }

 private:
  // Whether a complement introduced at `at` is close enough to the noun at `after` to be its own
  // ("la visite de Macron"): three words at most, dates and places aside.
  bool own_complement_reach(std::size_t after, std::size_t at) const {
    constexpr std::size_t kOwnComplementReach = 3;
    const auto& words = m_context.sentence.words;
    std::size_t counted = 0;
    for (std::size_t k = after + 1; k < at; ++k) {
      const bool place = words[k].mention >= 0 && mention_of(m_context.sentence, k).cls == EntityClass::Place;
      if (words[k].timex < 0 && !place) ++counted;
    }
    return counted + 1 <= kOwnComplementReach;
  }

  const RoleContext& m_context;
  const TriggerDefinition& m_trigger;
  Roles m_roles;
};

// "ruled on Thursday that Google illegally dominated...", "a estimé que la France...": who the
// clause a verb introduces speaks of takes part in its event.
void add_content_subject(const RoleContext& context, const VerbGroup& group, Roles& roles) {
  const auto& words = context.sentence.words;
  const int clause = context.clauses.of(group.head);
  std::size_t k = group.head + 1;
  while (k < words.size() && context.clauses.of(k) == clause && words[k].timex >= 0) ++k;
  if (k >= words.size() || context.clauses.of(k) == clause) return;
  const Clause& content = context.clauses.clauses[static_cast<std::size_t>(context.clauses.of(k))];
  // "that", "que": a complement clause; not "when", "lorsque", which only say when.
  if (content.parent != clause || content.first != k || !words[k].is(word::kRelative) ||
      (content.kind != ClauseKind::Subordinate && content.kind != ClauseKind::Relative))
    return;
  std::size_t last = k + 1;
  while (last < words.size() && context.clauses.of(last) == context.clauses.of(k) && !acts_as_verb(context.sentence, last)) ++last;
  if (last <= k + 1) return;
  for (std::size_t name : phrase_agents(context, k + 1, last - 1, context.clauses.of(k)))
    add_role(roles.participants, mention_of(context.sentence, name).entity_id);
}

// "À l'appel de la CGT, des milliers de personnes ont défilé": whoever called it, anywhere in the
// clause, is an agent.
void add_callers(const RoleContext& context, int clause, Roles& roles) {
  const auto& words = context.sentence.words;
  for (std::size_t k : names_between(context, 0, words.size() - 1, clause)) {
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls == EntityClass::Actor && (introduction(context, k, 0).preposition & word::kPrepCaller))
      add_role(roles.agents, mention.entity_id);
  }
}

}  // namespace

// "will hold new talks", "a engagé les premiers contacts": the verb whose direct object the noun
// at `first` is, when that verb names no event of its own. Its head word.
std::optional<std::size_t> light_verb_of(const RoleContext& context, std::size_t first) {
  constexpr std::size_t kReach = 4;
  // "a infligé un huis clos de six matches et une amende": the first object takes a few more words.
  constexpr std::size_t kCoordinatedReach = 7;
  const auto& words = context.sentence.words;
  std::size_t stepped = 0;  // words walked back over, dates aside
  bool coordinated = false;  // walking back over an object coordinated before the noun's
  for (std::size_t k = first; k-- > 0 && stepped < (coordinated ? kCoordinatedReach : kReach);) {
    const Word& word = words[k];
    if (context.clauses.of(k) != context.clauses.of(first)) return std::nullopt;
    // "un huis clos et une amende": in an object, a participle without its auxiliary qualifies a noun.
    const bool adjectival = coordinated && word.participle() && k > 0 && words[k - 1].auxiliary_lemma.empty();
    if (acts_as_verb(context.sentence, k) && !adjectival) {
      if (word.event_verb && !context.grammar.lends_agent(word.verb_lemma)) return std::nullopt;
      return k;
    }
    if (word.is(word::kCoordinator) && !coordinated && !word.after_comma() && words[k + 1].is(word::kDeterminer)) {
      coordinated = true;
      stepped = 0;
      continue;
    }
    // "a ouvert mardi une enquête", "avaient annoncé le 22 janvier une grève": a date between the
    // verb and its object does not part them, however many words it takes.
    if (word.timex >= 0 && !word.after_comma()) continue;
    // ("a ouvert en janvier une enquête": so does the preposition that introduces it.)
    if (word.is(word::kPreposition) && words[k + 1].timex >= 0 && !words[k + 1].after_comma()) continue;
    ++stepped;
    // "an in-depth inquiry": the words of a hyphenated modifier are one adjective.
    if (word.gap == "-" || words[k + 1].gap == "-") continue;
    // "won Slovenia's presidential runoff": a possessor stands between the verb and its object.
    if (word.mention >= 0 && possessor(context.sentence, k)) continue;
    if (word.mention >= 0 || word.after_comma() || word.after_break()) return std::nullopt;
    if (word.is(word::kPreposition) && !word.is(word::kDeterminer)) {
      if (coordinated && word.is(word::kPrepOther)) continue;  // "un huis clos de six matches"
      return std::nullopt;
    }
    // "effectuer sa première visite", "hold their next meeting": adjectives of order stay qualifiers.
    if (!word.is(word::kDeterminer) && (word.classes & ~kOrderWords) != 0) return std::nullopt;
  }
  return std::nullopt;
}

// "backed the deal on Monday by 212 votes to 58", "a adopté le texte par 312 voix": a counted
// noun that "by"/"par" introduces tells how the clause's act was done, not who did it. The
// clause's verb, when it is active (a passive's subject undergoes the act).
std::optional<std::size_t> verb_of_counted_manner(const RoleContext& context, std::size_t first) {
  const auto& words = context.sentence.words;
  const int clause = context.clauses.of(first);
  if (first < 2 || !words[first - 2].is(word::kPrepAgent) || context.clauses.of(first - 2) != clause) return std::nullopt;
  const std::string_view count = words[first - 1].folded;
  const bool digits = !count.empty() && std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits && context.grammar.count(count) == 0) return std::nullopt;
  const auto head = verb_of_clause(context, clause);
  if (!head || verb_group(context.sentence, context.clauses, *head, context.grammar).passive) return std::nullopt;
  return head;
}

// "at a meeting", "lors d'une réunion": a noun whose phrase a preposition of place or time opens,
// past its determiner ("of a meeting" may be any noun's complement).
bool opens_complement(const RoleContext& context, std::size_t first) {
  const auto& words = context.sentence.words;
  const std::size_t k = determiners_start(words, first);
  if (k == 0 || context.clauses.of(k - 1) != context.clauses.of(first)) return false;
  const Word& preposition = words[k - 1];
  const bool multiword = preposition.entry_start < k - 1;
  return preposition.is(word::kPrepLocation) || (multiword && preposition.is(word::kPreposition));
}

// The verb before the description a name at `name` is in apposition to ("a déclaré la procureure de
// Limoges, Émilie Charvet"), within a few words of the same clause as `first`.
std::optional<std::size_t> verb_before_description(const RoleContext& context, std::size_t name, std::size_t first) {
  constexpr std::size_t kReach = 8;
  const auto& words = context.sentence.words;
  for (std::size_t k = name; k-- > 0 && k + kReach >= name;) {
    if (context.clauses.of(k) != context.clauses.of(first) || words[k].after_break()) return std::nullopt;
    if (acts_as_verb(context.sentence, k)) return k;
    if (words[k].after_comma()) return std::nullopt;
  }
  return std::nullopt;
}

// "Kalliston said in a statement", "a rejeté toute responsabilité dans un communiqué", "told a news
// conference": the verb whose medium the statement at `first` is. Its head word.
std::optional<std::size_t> saying_verb_of(const RoleContext& context, std::size_t first) {
  constexpr std::size_t kReach = 8;  // "doit présenter le nouveau staff mercredi lors d'une conférence de presse"
  const auto& words = context.sentence.words;
  bool preposition_seen = false, name_seen = false;
  std::size_t stepped = 0;
  for (std::size_t k = first; k-- > 0 && stepped < kReach;) {
    const Word& word = words[k];
    if (context.clauses.of(k) != context.clauses.of(first)) return std::nullopt;
    // "a déclaré M. Gagnon jeudi lors d'un point de presse": one name, the verb's inverted subject.
    if (word.mention >= 0) {
      if (name_seen || !preposition_seen) return std::nullopt;
      name_seen = true;
      while (k > 0 && words[k - 1].mention == word.mention) --k;
      // "s'est félicitée la procureure de Limoges, Émilie Charvet, lors d'une conférence de presse":
      // the name is in apposition to the subject's description.
      if (words[k].after_comma()) return verb_before_description(context, k, first);
      continue;
    }
    if (acts_as_verb(context.sentence, k)) return k;
    if (word.timex >= 0 && !word.after_comma()) continue;
    ++stepped;
    // (The comma that closes a name in apposition stands before the preposition.)
    const bool closes_apposition = word.after_comma() && !preposition_seen && word.is(word::kPreposition) && k > 0 &&
                                   words[k - 1].mention >= 0;
    if ((word.after_comma() && !closes_apposition) || word.after_break()) return std::nullopt;
    if (word.is(word::kPreposition) && !word.is(word::kDeterminer)) {
      // "lors d'", "au cours d'": the words of one preposition count once.
      const bool same = k + 1 < first && words[k + 1].is(word::kPreposition) && !words[k + 1].is(word::kDeterminer);
      if (preposition_seen && !same) return std::nullopt;
      preposition_seen = true;
    }
  }
  return std::nullopt;
}

// "by the country's competition regulator": a description in lower case, up to the end of its
// phrase, that the next sentence names ("The National Markets and Competition Commission").
std::optional<std::string> organisation_described_at(const RoleContext& context, std::size_t first) {
  constexpr std::size_t kMaxWords = 5;
  const auto& words = context.sentence.words;
  if (first >= words.size() || !words[first].is(word::kDeterminer)) return std::nullopt;
  std::vector<std::string_view> described;
  for (std::size_t k = first + 1; k < words.size() && k <= first + kMaxWords; ++k) {
    const Word& word = words[k];
    if (word.after_comma() || word.timex >= 0 || word.is(word::kPreposition) || acts_as_verb(context.sentence, k)) break;
    if (word.mention >= 0 || word.capital) return std::nullopt;
    if (word.classes == 0) described.push_back(word.folded);
  }
  if (described.empty()) return std::nullopt;
  return context.salience.organisation_named_after(context.sentence.span.end, described);
}

// "L'accord doit être signé par les deux parties": "par"/"by" and a counted description.
void add_counted_passive_agents(const RoleContext& context, const VerbGroup& group, Roles& roles) {
  constexpr std::size_t kReach = 10;  // "was fined 41.7 million euros ($48.6 million) by"
  const auto& words = context.sentence.words;
  const int clause = context.clauses.of(group.head);
  for (std::size_t k = group.head + 1; k + 3 < words.size() && k <= group.head + kReach; ++k) {
    if (context.clauses.of(k) != clause || words[k].after_comma()) return;
    if (!words[k].is(word::kPrepAgent)) continue;
    for (const auto& id : counted_actors_at(context, k + 1, k + 3)) add_role(roles.agents, id);
    if (roles.agents.empty())
      if (const auto id = organisation_described_at(context, k + 1)) add_role(roles.agents, *id);
    return;
  }
}

// "the decree, signed on Monday by the president", "un rapport publié vendredi par Amnesty": a
// participle without an auxiliary that "by"/"par" follows is a passive. What it qualifies is a
// noun before it, not the sentence's subject, which does not undergo it either.
bool reduced_passive(const RoleContext& context, const VerbGroup& group) {
  constexpr std::size_t kReach = 2;  // "signed late on Monday by"; an object ("the accord") makes it active
  const auto& words = context.sentence.words;
  if (group.passive || group.first != group.head || !(words[group.head].verb_tags & verb::kPastParticiple)) return false;
  std::size_t stepped = 0;
  for (std::size_t k = group.head + 1; k < words.size(); ++k) {
    if (words[k].is(word::kPrepAgent)) return true;
    if (words[k].timex >= 0) continue;
    if (words[k].mention >= 0 || words[k].is(word::kDeterminer) || acts_as_verb(context.sentence, k) || ++stepped > kReach)
      return false;
  }
  return false;
}

// The noun phrase a reduced passive qualifies, from its determiner: "a binding opinion" of
// "a binding opinion adopted by", "the decree" of "the decree, signed on Monday by". A title says it
// first, where an active verb's subject would be.
std::optional<std::pair<std::size_t, std::size_t>> qualified_phrase_before(const RoleContext& context, std::size_t head) {
  constexpr std::size_t kMaxWords = 4;
  const auto& words = context.sentence.words;
  for (std::size_t k = head; k-- > 0 && k + kMaxWords >= head;) {
    if (acts_as_verb(context.sentence, k) || words[k].timex >= 0) return std::nullopt;
    if (words[k].is(word::kDeterminer) && !words[k].is(word::kPreposition)) return std::make_pair(k, head - 1);
    if (words[k].after_comma() || words[k].after_break() || words[k].is(word::kPreposition)) return std::nullopt;
  }
  return std::nullopt;
}

// "A report by Audit Scotland published on Monday put the cost at": a bare participle right after
// a noun's "by"/"par" and a name qualifies that noun, and the name is who did it. Its first word.
std::optional<std::size_t> agent_before_bare_participle(const RoleContext& context, const VerbGroup& group) {
  const auto& words = context.sentence.words;
  const Word& head = words[group.head];
  if (group.first != group.head || !head.participle() || group.head < 2 || head.after_comma()) return std::nullopt;
  const int mention = words[group.head - 1].mention;
  if (mention < 0) return std::nullopt;
  const std::size_t first = name_start(words, group.head - 1);
  if (first == 0 || !words[first - 1].is(word::kPrepAgent) || words[first].after_comma()) return std::nullopt;
  if (mention_of(context.sentence, first).cls != EntityClass::Actor) return std::nullopt;
  return first;
}

bool subject_undergoes(const VerbGroup& group, const TriggerDefinition& trigger, const Grammar& grammar) {
  return (group.passive || grammar.is_passive_auxiliary(trigger.verb_lemma)) && !trigger.all_sides &&
         !trigger.passive_subject_acts;
}

// "Arrivée en tête au premier tour le 15 mars, Mme Rigaud avait fusionné": a phrase that opens
// the sentence with a participle and ends at its first comma says something of the main subject.
bool in_fronted_participle_phrase(const RoleContext& context, std::size_t first) {
  const auto& words = context.sentence.words;
  if (words.empty() || !(words[0].verb_tags & (verb::kPastParticiple | verb::kPresentParticiple))) return false;
  for (std::size_t k = 1; k <= first; ++k)
    if (words[k].after_comma() || words[k].after_break()) return false;
  return true;
}

namespace {

// "After the attack on Tuesday, President Goita announced a curfew": a noun in a phrase that a
// preposition or a participle opens the sentence with has no complement past the comma that
// closes it. The word before that comma, or nothing when the noun is in no such phrase.
std::optional<std::size_t> opening_phrase_end(const RoleContext& context, std::size_t noun) {
  const auto& words = context.sentence.words;
  if (words.empty() || !(words[0].is(word::kPreposition) || words[0].participle())) return std::nullopt;
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (!words[k].after_comma() && !words[k].after_break()) continue;
    if (k <= noun) return std::nullopt;
    return k - 1;
  }
  return std::nullopt;
}

// "En visite à Loriol-sur-Drôme, Pierre-Yves Daumas a annoncé", "During a raid on Tuesday, police
// seized": the noun at `first` is in a phrase that opens the sentence on what its subject was
// doing, with nothing but small words before it ("In the wake of the attack," says no such thing).
bool in_fronted_circumstance(const RoleContext& context, std::size_t first) {
  const auto& words = context.sentence.words;
  if (first == 0 || first >= words.size() || !context.grammar.opens_circumstance(words[0].folded)) return false;
  constexpr std::uint32_t kSmallWords = word::kPreposition | word::kDeterminer | word::kPossessive;
  for (std::size_t k = 1; k <= first; ++k) {
    if (words[k].after_comma() || words[k].after_break()) return false;
    if (k < first && (words[k].mention >= 0 || !(words[k].classes & kSmallWords))) return false;
  }
  return true;
}

// "race stewards handed him a penalty" (right after the verb), "les commissaires lui ont infligé",
// "la police l'a interpellé" (among the clitics before it): the object pronoun's word.
std::optional<std::size_t> object_pronoun_at(const RoleContext& context, const VerbGroup& group) {
  const auto& words = context.sentence.words;
  const int clause = context.clauses.of(group.head);
  const std::size_t after = group.head + 1;
  if (after < words.size() && context.clauses.of(after) == clause && words[after].mention < 0 && words[after].timex < 0 &&
      !words[after].after_comma() && context.grammar.object_pronoun(words[after].folded) != PronounReference::None) {
    // "handed her a penalty", not "her team": a possessive has its noun after it; an article
    // ("s'est effondrée le 12 juin") is no pronoun there.
    const bool possessive = context.grammar.possessive(words[after].folded) != PronounReference::None;
    const bool last = after + 1 >= words.size() || words[after + 1].after_comma() || words[after + 1].after_break();
    const bool noun_follows = !last && !words[after + 1].is(word::kDeterminer) && !words[after + 1].is(word::kPreposition) &&
                              words[after + 1].timex < 0;
    if (possessive ? !noun_follows : !words[after].is(word::kDeterminer)) return after;
  }
  for (std::size_t k = group.head; k-- > 0 && context.clauses.of(k) == clause;) {
    if (k < group.first && !words[k].is(word::kVerbClitic) && !words[k].is(word::kNegation)) break;
    if (words[k].is(word::kVerbClitic) && context.grammar.object_pronoun(words[k].folded) != PronounReference::None) return k;
  }
  return std::nullopt;
}

// The actor an object pronoun stands for, the one an active verb acts on (a side, for a meeting),
// when the clause names none: never the clause's own subject.
void add_object_pronoun(const RoleContext& context, const VerbGroup& group, const TriggerDefinition& trigger,
                        Roles& roles) {
  if (!roles.targets.empty()) return;
  const auto k = object_pronoun_at(context, group);
  if (!k) return;
  const auto& words = context.sentence.words;
  const int excluded = roles.subject_words ? words[roles.subject_words->first].mention : -1;
  const auto id = context.salience.resolve(context.grammar.object_pronoun(words[*k].folded), context.sentence, *k, excluded);
  if (!id || *id == roles.resolved_subject || std::find(roles.agents.begin(), roles.agents.end(), *id) != roles.agents.end())
    return;
  add_role(trigger.all_sides ? roles.agents : roles.targets, *id);
}

}  // namespace

// The head of the first finite verb after the sentence's first comma, in `clause`.
std::optional<std::size_t> verb_after_first_comma(const RoleContext& context, int clause) {
  const auto& words = context.sentence.words;
  bool past_comma = false;
  for (std::size_t k = 1; k < words.size(); ++k) {
    past_comma = past_comma || words[k].after_comma();
    if (past_comma && context.clauses.of(k) == clause && words[k].finite() && acts_as_verb(context.sentence, k)) return k;
  }
  return std::nullopt;
}

Roles verb_roles(const RoleContext& context, const VerbGroup& group, const TriggerDefinition& trigger) {
  RoleReader reader(context, trigger);
  Roles& roles = reader.roles();
  const bool reduced = reduced_passive(context, group);
  if (reduced) {
    roles.subject_words = qualified_phrase_before(context, group.head);
  } else if (const auto author = agent_before_bare_participle(context, group)) {
    add_role(roles.agents, mention_of(context.sentence, *author).entity_id);
    if (const auto noun = qualified_phrase_before(context, *author - 1)) roles.subject_words = std::make_pair(noun->first, group.head - 1);
    roles.qualifying_verb = true;
  } else {
    read_subject(context, group, roles);
  }
  // "Élu pour la première fois en 2018, il siégera", "Arrested on Monday, he was": a past participle
  // that opens the sentence tells what the main clause's subject underwent.
  const auto& words = context.sentence.words;
  const bool fronted = !reduced && roles.agents.empty() && group.first == 0 && group.head == 0 &&
                       words[0].participle() && in_fronted_participle_phrase(context, 0);
  if (fronted)
    if (const auto main = verb_after_first_comma(context, context.clauses.of(group.head)))
      read_subject(context, verb_group(context.sentence, context.clauses, *main, context.grammar), roles);
  // ("Arrivé en juin 2024, Garric": a verb whose compound tenses take être is active as a participle.)
  // So is a participle apposed to a name ("Alain Gourdon, élu en juillet 2020,").
  const Clause& own_clause = context.clauses.clauses[static_cast<std::size_t>(context.clauses.of(group.head))];
  const bool apposed = own_clause.apposition && group.head == own_clause.first;
  const bool fronted_passive = (fronted || apposed) && !context.grammar.takes_etre(words[group.head].verb_lemma);
  // "X a été arrêté par la police": the subject underwent it, "par" names who did it. "X a été
  // reçu par Y": a meeting has no side that undergoes it. A trigger written with the passive
  // auxiliary ("be fined", "be named") is passive wherever it matches.
  const bool passive = group.passive || reduced || fronted_passive || context.grammar.is_passive_auxiliary(trigger.verb_lemma);
  if (subject_undergoes(group, trigger, context.grammar) ||
      (fronted_passive && !trigger.all_sides && !trigger.passive_subject_acts)) {
    roles.targets.insert(roles.targets.end(), roles.agents.begin(), roles.agents.end());
    roles.agents.clear();
  }
  // "a dénoncé la présidente du comité, Martine Lagrange": an inverted subject's words are no complements.
  const bool inverted = roles.subject_words && roles.subject_words->first > group.head;
  reader.read_complements(inverted ? roles.subject_words->second : group.head, context.clauses.of(group.head), passive,
                          /*noun=*/false);
  if (passive && roles.agents.empty()) add_counted_passive_agents(context, group, roles);
  if (!passive) add_object_pronoun(context, group, trigger, roles);
  add_content_subject(context, group, roles);
  add_callers(context, context.clauses.of(group.head), roles);
  // Whoever is also an agent is no target of the same event ("X et Y se sont rencontrés").
  for (const auto& agent : roles.agents)
    roles.targets.erase(std::remove(roles.targets.begin(), roles.targets.end(), agent), roles.targets.end());
  return reader.take();
}

Roles noun_roles(const RoleContext& context, std::size_t first, std::size_t last, const TriggerDefinition& trigger) {
  RoleReader reader(context, trigger);
  const int clause = context.clauses.of(last);
  reader.read_complements(last, clause, /*passive=*/false, /*noun=*/true, opening_phrase_end(context, last));
  Roles& roles = reader.roles();
  add_callers(context, clause, roles);
  const auto& words = context.sentence.words;
  // "Putin's visit", "the Biden-Putin meeting", "Moscow's full-scale invasion": names right before
  // the noun, past determiners and the words that only qualify it.
  constexpr std::size_t kBeforeReach = 5;  // "the RBNZ's next monetary policy statement"
  bool qualified = false;  // words other than determiners stand between: only a possessor ("'s") owns the noun
  for (std::size_t k = first; k-- > 0 && k + kBeforeReach >= first && context.clauses.of(k) == clause;) {
    if (words[k].mention < 0) {
      if (words[k].is(word::kDeterminer)) continue;
      // ("the RBNZ's next monetary policy statement": adjectives of order qualify too.)
      const bool qualifier = (words[k].classes & ~kOrderWords) == 0 && !words[k].capital && words[k].timex < 0 &&
                             !acts_as_verb(context.sentence, k) && !words[k + 1].after_comma();
      if (!qualifier) break;
      qualified = true;
      continue;
    }
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls == EntityClass::Actor && !words[first].after_comma() && (!qualified || possessor(context.sentence, k)))
      add_role(roles.agents, mention.entity_id);
    break;
  }
  // "M. Lindner a annoncé son retrait": a possessive gives the noun the clause's subject, and so
  // does a verb that only carries the noun ("will hold new talks", "a tenu une réunion"). A verb
  // that lends its subject outranks a name before the noun: in "Kranjc won Slovenia's runoff",
  // Slovenia is where, Kranjc who.
  const std::optional<std::size_t> light = light_verb_of(context, first);
  const bool lending = light && words[*light].event_verb;
  if (roles.agents.empty() || lending) {
    std::optional<std::size_t> head = light;
    if (!head && first > 0 && words[first - 1].is(word::kPossessive)) head = verb_of_clause(context, clause);
    // "The two countries settled it at a meeting of their ministers": who meets is the clause's subject.
    if (!head && trigger.all_sides && opens_complement(context, first)) head = verb_of_clause(context, clause);
    if (!head) head = verb_of_counted_manner(context, first);
    if (!head && (in_fronted_participle_phrase(context, first) || in_fronted_circumstance(context, first)))
      head = verb_after_first_comma(context, clause);
    if (!head && trigger.event_class == "statement") head = saying_verb_of(context, first);
    if (head) {
      Roles subject;
      read_subject(context, verb_group(context.sentence, context.clauses, *head, context.grammar), subject);
      if (!subject.agents.empty())
        for (auto& id : std::exchange(roles.agents, {})) add_role(roles.participants, id);
      for (const auto& id : subject.agents) add_role(roles.agents, id);
      for (const auto& id : subject.participants) add_role(roles.participants, id);
      roles.subject_words = subject.subject_words;
      roles.resolved_subject = subject.resolved_subject;
    }
  }
  if (roles.agents.empty())
    if (const auto leader = leader_after(context, last)) add_role(roles.agents, *leader);
  // "Son procès s'était ouvert le 2 février": the possessive is the subject's own, or, when the
  // noun is the subject, it stands for the nearest compatible actor named before, as a pronoun.
  if (roles.agents.empty() && roles.targets.empty() && first > 0) {
    const PronounReference reference = context.grammar.possessive(words[first - 1].folded);
    if (reference != PronounReference::None) {
      if (auto id = context.salience.resolve(reference, context.sentence, first - 1, -1)) {
        add_role(trigger.noun_of_target ? roles.targets : roles.agents, *id);
        roles.resolved_subject = *id;
      }
    }
  }
  // A meeting or a call named without a verb ("Entretien téléphonique ... Donald Trump, Vladimir
  // Poutine"): every actor of its clause is a side.
  if (trigger.all_sides && roles.agents.empty()) {
    for (std::size_t k : names_between(context, 0, words.size() - 1, clause)) {
      const Mention& mention = mention_of(context.sentence, k);
      if (mention.cls != EntityClass::Actor || is_media(context, mention)) continue;
      if (introduction(context, k, 0).preposition & word::kPrepSource) continue;
      add_role(roles.agents, mention.entity_id);
    }
  }
  for (const auto& agent : roles.agents) {
    roles.targets.erase(std::remove(roles.targets.begin(), roles.targets.end(), agent), roles.targets.end());
    roles.participants.erase(std::remove(roles.participants.begin(), roles.participants.end(), agent),
                             roles.participants.end());
  }
  return reader.take();
}

}  // namespace evgraph::detail
