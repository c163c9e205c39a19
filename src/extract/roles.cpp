#include "extract/roles.hpp"

#include <algorithm>

namespace evgraph::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

void add(std::vector<std::string>& list, const std::string& id) {
  if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

const Mention& mention_of(const Sentence& sentence, std::size_t k) {
  return *sentence.mentions[static_cast<std::size_t>(sentence.words[k].mention)];
}

bool is_media(const RoleContext& context, const Mention& mention) {
  const auto* entry = mention.entry >= 0 ? &context.lexicon.entries()[static_cast<std::size_t>(mention.entry)] : nullptr;
  return entry && entry->entity.kind == "media";
}

// How a mention is introduced: the class bits of the preposition before it (past determiners and
// adjectives), 0 when nothing introduces it, or kNone bits when a verb or another name comes first.
struct Introduction {
  std::uint32_t preposition = 0;  // word::Class bits; 0: a bare noun phrase
  bool coordinated = false;       // "X et Y": Y follows another name through a coordinator
};

Introduction introduction(const Sentence& sentence, std::size_t k, std::size_t stop) {
  Introduction out;
  // "SUD-Rail, l'Unsa-Ferroviaire et la CFDT": a list joins names with commas too.
  std::size_t start = k;  // the name's first word, or its determiner's ("l'Unsa")
  while (start > stop + 1 && sentence.words[start - 1].is(word::kDeterminer) && sentence.words[start - 1].mention < 0 &&
         !sentence.words[start].after_comma())
    --start;
  if (sentence.words[start].after_comma() && start > stop + 1 && sentence.words[start - 1].mention >= 0) {
    std::size_t previous = start - 1;
    while (previous > stop && sentence.words[previous - 1].mention == sentence.words[start - 1].mention) --previous;
    Introduction joined = introduction(sentence, previous, stop);
    joined.coordinated = true;
    return joined;
  }
  for (std::size_t j = k; j > stop;) {
    --j;
    // A word inside a longer entry ("en compagnie du") speaks for the entry.
    if (sentence.words[j].entry_start < j && sentence.words[j].entry_start >= stop) j = sentence.words[j].entry_start;
    const Word& word = sentence.words[j];
    if (word.mention >= 0 && word.mention != sentence.words[k].mention) break;
    if (word.is(word::kCoordinator)) {
      // "in France and Belgium": a name joined to another takes its introduction.
      if (j > stop && sentence.words[j - 1].mention >= 0) {
        std::size_t previous = j - 1;
        while (previous > stop && sentence.words[previous - 1].mention == sentence.words[j - 1].mention) --previous;
        Introduction joined = introduction(sentence, previous, stop);
        joined.coordinated = true;
        return joined;
      }
      continue;
    }
    if (word.is(word::kPreposition) && !(word.is(word::kDeterminer) && j + 1 < sentence.words.size() &&
                                         sentence.words[j + 1].mention >= 0 && word.entry_length == 1 &&
                                         (word.folded == "des" || word.folded == "du"))) {
      out.preposition = word.classes & word::kPreposition;
      return out;
    }
    if (word.is(word::kDeterminer) || word.timex >= 0) continue;
    if (word.is_verb() && !word.participle()) break;
    if (word.after_comma() || word.after_break()) break;
  }
  return out;
}

// The first word of each name in [first, last] that belongs to clause `clause` (or, with
// `with_infinitives`, to an infinitive clause it governs: "a rejeté la possibilité d'offrir des
// missiles à Kiev").
std::vector<std::size_t> names_between(const RoleContext& context, std::size_t first, std::size_t last, int clause,
                                       bool with_infinitives = false) {
  std::vector<std::size_t> out;
  int previous = -1;
  for (std::size_t k = first; k <= last && k < context.sentence.words.size(); ++k) {
    const Word& word = context.sentence.words[k];
    const Clause& of = context.clauses.clauses[static_cast<std::size_t>(context.clauses.of(k))];
    const bool governed = with_infinitives && of.kind == ClauseKind::Infinitive && of.parent == clause;
    if (context.clauses.of(k) != clause && !governed) {
      previous = -1;
      continue;
    }
    if (word.mention >= 0 && word.mention != previous) out.push_back(k);
    previous = word.mention;
  }
  return out;
}

// A determiner and a title with no name: "le ministre", "the president".
bool is_description(const RoleContext& context, std::size_t first, std::size_t last) {
  bool article = false;
  for (std::size_t k = first; k <= last; ++k) {
    const Word& word = context.sentence.words[k];
    if (word.mention >= 0) return false;
    if (word.is(word::kDefiniteArticle)) article = true;
    else if (article && context.names.is_title(word.folded)) return true;
  }
  return false;
}

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
    if (place) {
      const bool target = m_trigger.place_is_target && (preposition == 0 || (preposition & word::kPrepTarget) ||
                                                        (preposition & word::kPrepLocation));
      add(target ? m_roles.targets : m_roles.places, mention.entity_id);
      if (target) add(m_roles.places, mention.entity_id);
      return;
    }
    if (preposition == 0) {
      if (noun && !m_trigger.all_sides) add(m_roles.participants, mention.entity_id);
      else add(direct_role_is_agent || m_trigger.all_sides ? m_roles.agents : m_roles.targets, mention.entity_id);
    } else if ((preposition & word::kPrepAgent) && (passive || noun)) {
      add(m_roles.agents, mention.entity_id);
    } else if (preposition & word::kPrepWith) {
      add(m_trigger.all_sides ? m_roles.agents : m_roles.participants, mention.entity_id);
    } else if (preposition & word::kPrepTarget) {
      add(m_roles.targets, mention.entity_id);
    } else {
      add(m_roles.participants, mention.entity_id);
    }
  }

  // Objects and complements after `after`, up to the end of its clause.
  void read_complements(std::size_t after, int clause, bool passive, bool noun) {
    const auto& words = m_context.sentence.words;
    bool first = true;
    for (std::size_t k : names_between(m_context, after + 1, words.size() - 1, clause, /*with_infinitives=*/true)) {
      const std::uint32_t preposition = introduction(m_context.sentence, k, after).preposition;
      // "la visite de Macron", "the killing of X": the first "de"/"of" complement of a noun trigger.
      const Mention& named = mention_of(m_context.sentence, k);
      if (noun && first && (preposition & word::kPrepOther) && !(preposition & ~word::kPrepOther) &&
          named.cls == EntityClass::Actor) {
        add(m_trigger.noun_of_target ? m_roles.targets : m_roles.agents, named.entity_id);
        first = false;
        continue;
      }
      assign(k, preposition, /*direct_role_is_agent=*/false, passive, noun);
      first = false;
    }
  }

  const RoleContext& context() const { return m_context; }
  Roles& roles() { return m_roles; }

 private:
  const RoleContext& m_context;
  const TriggerDefinition& m_trigger;
  Roles m_roles;
};

// The words of a chunk: [first, last], cut at commas, in clause `clause`.
struct Chunk {
  std::size_t first = 0, last = 0;
};

// "On Tuesday Russia", "Mardi la Russie": a date opening a chunk is no part of its noun phrase.
Chunk without_leading_date(const RoleContext& context, Chunk chunk) {
  const auto& words = context.sentence.words;
  std::size_t k = chunk.first;
  std::optional<std::size_t> last_date;
  while (k < chunk.last && (words[k].timex >= 0 || words[k].is(word::kPreposition) || words[k].is(word::kDeterminer))) {
    if (words[k].timex >= 0) last_date = k;
    ++k;
  }
  if (last_date && *last_date < chunk.last) chunk.first = *last_date + 1;
  return chunk;
}

std::vector<Chunk> chunks_before(const RoleContext& context, std::size_t group_first, int clause) {
  std::vector<Chunk> chunks;
  const auto& words = context.sentence.words;
  std::size_t end = group_first;  // exclusive
  for (std::size_t k = group_first; k-- > 0;) {
    if (context.clauses.of(k) != clause) {
      if (end > k + 1) chunks.push_back({k + 1, end - 1});
      end = k;
      continue;
    }
    if (words[k].after_comma() || words[k].after_break() || k == 0) {
      if (end > k) chunks.push_back({k, end - 1});
      end = k;
    }
  }
  for (Chunk& chunk : chunks) chunk = without_leading_date(context, chunk);
  return chunks;  // nearest first
}

// The first finite verb of a clause, for subjects shared with it.
std::optional<std::size_t> verb_of_clause(const RoleContext& context, int clause) {
  for (std::size_t k = 0; k < context.sentence.words.size(); ++k)
    if (context.clauses.of(k) == clause && acts_as_verb(context.sentence, k)) {
      // the head of the group that starts here: the last verb of the run
      std::size_t head = k;
      while (head + 1 < context.sentence.words.size() && context.clauses.of(head + 1) == clause &&
             (acts_as_verb(context.sentence, head + 1) || context.sentence.words[head + 1].is(word::kNegation)))
        ++head;
      while (head > k && !acts_as_verb(context.sentence, head)) --head;
      return head;
    }
  return std::nullopt;
}

// Subject of the clause of `group`: names before the verb, a pronoun, a title, the antecedent of
// "qui"/"who", the subject of the clause an infinitive or coordinated clause depends on, or a
// name after the verb ("a déclaré Zelensky").
void read_subject(RoleReader& reader, const VerbGroup& group, int depth = 0) {
  const RoleContext& context = reader.context();
  const auto& words = context.sentence.words;
  Roles& roles = reader.roles();
  const int clause = context.clauses.of(group.head);
  const Clause& info = context.clauses.clauses[static_cast<std::size_t>(clause)];
  auto add_subject = [&](std::size_t first, std::size_t last) {
    // "Le 23 novembre l'administration américaine": the subject starts after the date.
    for (std::size_t k = first; k < last; ++k)
      if (words[k].timex >= 0) first = k + 1;
    roles.subject_words = std::make_pair(first, last);
    for (std::size_t k : names_between(context, first, last, clause)) {
      const Introduction intro = introduction(context.sentence, k, first == 0 ? 0 : first - 1);
      const Mention& mention = mention_of(context.sentence, k);
      if (mention.cls != EntityClass::Actor || is_media(context, mention)) continue;
      if (intro.preposition & (word::kPrepTarget | word::kPrepLocation | word::kPrepSource | word::kPrepAgent)) continue;
      add(roles.agents, mention.entity_id);
    }
  };

  // Scan back from the verb group inside the clause.
  for (std::size_t k = group.first; k-- > info.first;) {
    if (context.clauses.of(k) != clause) break;
    const Word& word = words[k];
    if (word.is(word::kVerbClitic) || word.is(word::kNegation) || word.is(word::kReflexive)) continue;
    if (word.is(word::kSubjectPronoun)) {
      int excluded = -1;
      if (info.kind == ClauseKind::Relative)
        for (std::size_t j = info.first; j-- > 0 && j + 3 > info.first;)
          if (words[j].mention >= 0) {
            excluded = words[j].mention;
            break;
          }
      if (auto id = context.salience.resolve(context.grammar.pronoun(word.folded), context.sentence, k, excluded)) {
        add(roles.agents, *id);
        roles.resolved_subject = *id;
      }
      return;
    }
    break;
  }
  bool description = false;  // "le ministre, Jean Martin," or "Jean Martin, le ministre,"
  for (const Chunk& chunk : chunks_before(context, group.first, clause)) {
    const Word& opener = words[chunk.first];
    const bool prepositional = opener.is(word::kPreposition) && !opener.is(word::kDeterminer);
    if (prepositional || opener.is(word::kRelative) || opener.is(word::kSubordinator) || opener.is(word::kPrepSource))
      continue;
    bool only_dates = true;
    for (std::size_t k = chunk.first; k <= chunk.last; ++k)
      only_dates = only_dates && (words[k].timex >= 0 || words[k].classes != 0);
    if (only_dates) continue;  // "Le 15 mars," "Mardi,"
    if (!names_between(context, chunk.first, chunk.last, clause).empty()) {
      add_subject(chunk.first, chunk.last);
      if (!roles.agents.empty()) return;
    }
    if (is_description(context, chunk.first, chunk.last)) {
      description = true;
      continue;  // an apposition may name the person before it
    }
    if (!description) {
      // "ministers agreed": a subject without a name. Nothing before it is the subject.
      roles.subject_words = std::make_pair(chunk.first, chunk.last);
      return;
    }
  }
  if (description) {
    if (auto id = context.salience.resolve(PronounReference::Person, context.sentence, info.first)) add(roles.agents, *id);
    return;
  }
  if (depth < 3 && (info.kind == ClauseKind::Infinitive || info.coordinated) && info.parent >= 0) {
    if (auto head = verb_of_clause(context, info.parent)) {
      const VerbGroup parent = verb_group(context.sentence, context.clauses, *head, context.grammar);
      read_subject(reader, parent, depth + 1);
      return;
    }
  }
  if (info.kind == ClauseKind::Relative && info.first > 0 && group.first <= info.first + 1) {
    // "X, qui a ...": the antecedent acts. It stands right before the pronoun.
    for (std::size_t k = info.first; k-- > 0 && k + 4 > info.first;) {
      if (words[k].mention >= 0) {
        const Mention& mention = mention_of(context.sentence, k);
        if (mention.cls == EntityClass::Actor) add(roles.agents, mention.entity_id);
        return;
      }
    }
    return;
  }
  // "», a insisté lundi Zelensky", "said Jane Doe": the subject after the verb.
  const bool verb_opens = group.first == info.first || words[group.first].after_comma() || words[group.first].after_break();
  if (!verb_opens) return;
  for (std::size_t k = group.head + 1; k < words.size() && context.clauses.of(k) == clause; ++k) {
    const Word& word = words[k];
    if (word.timex >= 0) continue;
    if (word.mention >= 0) {
      const Mention& mention = mention_of(context.sentence, k);
      if (mention.cls == EntityClass::Actor && introduction(context.sentence, k, group.head).preposition == 0) {
        add(roles.agents, mention.entity_id);
        roles.subject_words = std::make_pair(k, k);
      }
      return;
    }
    if (word.is(word::kPreposition) || word.is_verb()) return;
  }
}

}  // namespace

Roles verb_roles(const RoleContext& context, const VerbGroup& group, const TriggerDefinition& trigger) {
  RoleReader reader(context, trigger);
  read_subject(reader, group);
  Roles& roles = reader.roles();
  if (group.passive) {
    // "X a été arrêté par la police": the subject underwent it, "par" names who did it.
    roles.targets.insert(roles.targets.end(), roles.agents.begin(), roles.agents.end());
    roles.agents.clear();
  }
  reader.read_complements(group.head, context.clauses.of(group.head), group.passive, /*noun=*/false);
  // Whoever is also an agent is no target of the same event ("X et Y se sont rencontrés").
  for (const auto& agent : roles.agents)
    roles.targets.erase(std::remove(roles.targets.begin(), roles.targets.end(), agent), roles.targets.end());
  return reader.take();
}

Roles noun_roles(const RoleContext& context, std::size_t first, std::size_t last, const TriggerDefinition& trigger) {
  RoleReader reader(context, trigger);
  const int clause = context.clauses.of(last);
  reader.read_complements(last, clause, /*passive=*/false, /*noun=*/true);
  Roles& roles = reader.roles();
  const auto& words = context.sentence.words;
  // "Putin's visit", "the Biden-Putin meeting": names right before the noun.
  for (std::size_t k = first; k-- > 0 && k + 3 > first && context.clauses.of(k) == clause;) {
    if (words[k].mention < 0) {
      if (words[k].is(word::kDeterminer)) continue;
      break;
    }
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls == EntityClass::Actor && !words[first].after_comma()) add(roles.agents, mention.entity_id);
    break;
  }
  // "M. Lindner a annoncé son retrait": a possessive gives the noun the clause's subject.
  if (roles.agents.empty() && first > 0 && words[first - 1].is(word::kPossessive)) {
    if (auto head = verb_of_clause(context, clause)) {
      RoleReader subject(context, trigger);
      read_subject(subject, verb_group(context.sentence, context.clauses, *head, context.grammar));
      for (const auto& id : subject.roles().agents) add(roles.agents, id);
    }
  }
  // A meeting or a call named without a verb ("Entretien téléphonique ... Donald Trump, Vladimir
  // Poutine"): every actor of its clause is a side.
  if (trigger.all_sides && roles.agents.empty()) {
    for (std::size_t k : names_between(context, 0, words.size() - 1, clause)) {
      const Mention& mention = mention_of(context.sentence, k);
      if (mention.cls != EntityClass::Actor || is_media(context, mention)) continue;
      if (introduction(context.sentence, k, 0).preposition & word::kPrepSource) continue;
      add(roles.agents, mention.entity_id);
    }
  }
  for (const auto& agent : roles.agents) {
    roles.targets.erase(std::remove(roles.targets.begin(), roles.targets.end(), agent), roles.targets.end());
    roles.participants.erase(std::remove(roles.participants.begin(), roles.participants.end(), agent),
                             roles.participants.end());
  }
  return reader.take();
}

std::optional<std::string> Salience::resolve(PronounReference reference, const Sentence& sentence,
                                             std::size_t before, int excluded) const {
  if (reference == PronounReference::None) return std::nullopt;
  auto fits = [&](const std::string& id) {
    const std::string& kind = kind_of(id);
    if (reference == PronounReference::Person) return kind == "person";
    return kind == "state" || kind == "organisation" || kind == "group";
  };
  // Earlier in the same sentence first ("Trump a dit qu'il ..."), then what came before.
  for (std::size_t k = std::min(before, sentence.words.size()); k-- > 0;) {
    const int m = sentence.words[k].mention;
    if (m >= 0 && m != excluded && sentence.mentions[static_cast<std::size_t>(m)]->cls == EntityClass::Actor &&
        fits(sentence.mentions[static_cast<std::size_t>(m)]->entity_id))
      return sentence.mentions[static_cast<std::size_t>(m)]->entity_id;
  }
  if (reference == PronounReference::Person)
    for (const auto& id : m_last_subjects)
      if (fits(id)) return id;
  for (auto it = m_recent.rbegin(); it != m_recent.rend(); ++it)
    if (fits(*it)) return *it;
  return std::nullopt;
}

void Salience::note_subject(const std::vector<std::string>& agents) {
  if (!agents.empty()) m_last_subjects = agents;
}

void Salience::note_mentions(const std::vector<const Mention*>& mentions) {
  for (const Mention* mention : mentions)
    if (mention->cls == EntityClass::Actor) m_recent.push_back(mention->entity_id);
  // Only the recent past matters: keep the list short so lookups stay cheap.
  if (m_recent.size() > 64) m_recent.erase(m_recent.begin(), m_recent.end() - 32);
}

const std::string& Salience::kind_of(const std::string& id) const {
  static const std::string none;
  auto it = m_kinds.find(id);
  return it == m_kinds.end() ? none : it->second;
}

}  // namespace evgraph::detail
