// The subject of a verb: which words before (or after) a verb group name who acts.
#include "extract/roles.hpp"

#include <evgraph/text.hpp>

namespace evgraph::detail {
namespace {

// The words of a chunk: [first, last], cut at commas, in one clause.
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

// The chunks of `clause` before word `group_first`, nearest first.
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
  return chunks;
}

void add_agents(const RoleContext& context, const std::vector<std::size_t>& first_words, Roles& roles) {
  for (std::size_t k : first_words) add_role(roles.agents, mention_of(context.sentence, k).entity_id);
}

// "India and Indonesia announced ... They signed", "Their ministers": the sides of the last
// subject that named several. Whether there were.
bool add_plural_sides(const RoleContext& context, std::size_t before, Roles& roles) {
  const std::vector<std::string> sides = context.salience.resolve_plural(context.sentence, before);
  for (const auto& id : sides) add_role(roles.agents, id);
  return !sides.empty();
}

// A subject pronoun right before the verb group ("il a", "ils ne l'ont pas").
bool read_pronoun(const RoleContext& context, const VerbGroup& group, const Clause& info, Roles& roles) {
  const auto& words = context.sentence.words;
  const int clause = context.clauses.of(group.head);
  for (std::size_t k = group.first; k-- > info.first;) {
    if (context.clauses.of(k) != clause) return false;
    if (words[k].is(word::kVerbClitic) || words[k].is(word::kNegation) || words[k].is(word::kReflexive)) continue;
    // "ce dernier", "cette dernière": a pronoun of several words, met at its last word.
    if (!words[k].is(word::kSubjectPronoun) && words[k].entry_start < k && words[k].entry_start >= info.first &&
        words[words[k].entry_start].is(word::kSubjectPronoun))
      k = words[k].entry_start;
    const Word& word = words[k];
    if (!word.is(word::kSubjectPronoun)) return false;
    int excluded = -1;
    if (info.kind == ClauseKind::Relative)
      for (std::size_t j = info.first; j-- > 0 && j + 3 > info.first;)
        if (words[j].mention >= 0) {
          excluded = words[j].mention;
          break;
        }
    const std::string pronoun = entry_text(words, k);
    const PronounReference reference = context.grammar.pronoun(pronoun);
    if (reference == PronounReference::Plural && add_plural_sides(context, k, roles)) return true;
    if (auto id = context.salience.resolve(reference, context.sentence, k, excluded,
                                           context.grammar.pronoun_means_latest(pronoun))) {
      add_role(roles.agents, *id);
      roles.resolved_subject = *id;
    }
    return true;
  }
  return false;
}

// "X, qui a ...", "X, whose committee will meet": the noun the relative pronoun stands for, when
// a name stands right before it. Returns its first word.
std::optional<std::size_t> antecedent(const RoleContext& context, const Clause& info) {
  const auto& words = context.sentence.words;
  std::size_t from = info.first;
  // "Alain Gourdon, élu en juillet 2020, qui avait démissionné": past the participle apposed to the name.
  if (from > 0 && !info.apposition) {
    const Clause& before = context.clauses.clauses[static_cast<std::size_t>(context.clauses.of(from - 1))];
    if (before.apposition) from = before.first;
  }
  for (std::size_t k = from; k-- > 0 && k + 4 > from;)
    if (words[k].mention >= 0) return name_start(words, k);
  return std::nullopt;
}

enum class ChunkReading { Agents, Unnamed, Skip };

// "Le gouvernement, dirigé par Pierre Lambotte, doit", "The government, led by Anna Berg, will":
// a participle phrase between commas, with more of the subject before it, describes that subject.
bool participle_apposition(const RoleContext& context, Chunk chunk, bool more_before) {
  const auto& words = context.sentence.words;
  const Word& opener = words[chunk.first];
  return more_before && opener.after_comma() && opener.participle() && opener.mention < 0 &&
         chunk.last + 1 < words.size() && words[chunk.last + 1].after_comma();
}

// The actor a participle apposition names as the subject's leader ("dirigé par X", "led by X").
std::optional<std::string> leader_in(const RoleContext& context, Chunk chunk) {
  const auto& words = context.sentence.words;
  if (!context.grammar.names_leader(words[chunk.first].verb_lemma) || chunk.first + 2 > chunk.last) return std::nullopt;
  if (!words[chunk.first + 1].is(word::kPrepAgent)) return std::nullopt;
  // "led by Prime Minister Anna Berg": the first name after "by", past a title.
  for (std::size_t k = chunk.first + 2; k <= chunk.last; ++k)
    if (words[k].mention >= 0) {
      const Mention& mention = mention_of(context.sentence, k);
      if (mention.cls != EntityClass::Actor) return std::nullopt;
      return mention.entity_id;
    }
  return std::nullopt;
}

// "her office raided", "son gouvernement a annoncé": a possessive and a body through which its
// owner acts (grammar owner_institutions) stand for whom the possessive stands for.
// So do "un de ses délégués" (one of the body) and "son conseil d'administration" (a complement in
// lower case after the body's noun).
std::optional<std::string> owner_of_possessed_body(const RoleContext& context, Chunk chunk) {
  const auto& words = context.sentence.words;
  if (words[chunk.first].is(word::kCoordinator)) ++chunk.first;  // ", and her office raided"
  if (chunk.first + 3 <= chunk.last && words[chunk.first].is(word::kDeterminer) &&
      !words[chunk.first].is(word::kPossessive) && words[chunk.first + 1].is(word::kPreposition))
    chunk.first += 2;
  if (chunk.last < chunk.first + 1) return std::nullopt;
  for (std::size_t k = chunk.first + 1; k <= chunk.last; ++k)
    if (words[k].mention >= 0 || words[k].capital || words[k].timex >= 0) return std::nullopt;
  if (chunk.last > chunk.first + 1 && !words[chunk.first + 2].is(word::kPreposition)) return std::nullopt;
  PronounReference reference = context.grammar.possessive(words[chunk.first].folded);
  if (reference == PronounReference::None || !context.grammar.acts_for_owner(words[chunk.first + 1].folded))
    return std::nullopt;
  // "son gouvernement", "ses délégués": a possessive that tells no gender may be a body's.
  if (reference == PronounReference::Person) reference = PronounReference::Any;
  return context.salience.resolve(reference, context.sentence, chunk.first, -1);
}

// "John Smith, chief executive of Acme Corp, resigned", "Pieter Vanhoutte, administrateur délégué de
// la SNCB, a démissionné": between a person's name (or "the group") and the verb, a common noun phrase
// whose names come after a preposition says what the actor is, and the body it names does not act.
bool describes_actor_before(const RoleContext& context, Chunk chunk) {
  const auto& words = context.sentence.words;
  if (chunk.first == 0 || !words[chunk.first].after_comma()) return false;
  // "The group, a splinter of the former FARC rebels, broke off": so is an organisation's description.
  const Word& last_before = words[chunk.first - 1];
  if (last_before.mention < 0) {
    if (last_before.capital || !context.names.is_organisation_description(last_before.folded)) return false;
  } else {
    const Mention& before = mention_of(context.sentence, chunk.first - 1);
    if (before.cls != EntityClass::Actor || context.salience.kind_of(before.entity_id) != "person") return false;
  }
  std::size_t k = chunk.first;
  while (k <= chunk.last && words[k].is(word::kDeterminer) && !words[k].is(word::kPreposition)) ++k;
  // ("a splinter of": after an article a verb form is a noun.)
  const bool verb = words[k].is_verb() && k == chunk.first;
  if (k > chunk.last || words[k].mention >= 0 || words[k].capital || verb || words[k].timex >= 0) return false;
  for (; k <= chunk.last && words[k].mention < 0; ++k)
    if (words[k].is(word::kPreposition)) return true;
  return false;
}

// What one chunk before the verb says of the subject.
ChunkReading read_chunk(const RoleContext& context, Chunk chunk, const Clause& info, int clause, bool more_before,
                        Roles& roles, bool& description) {
  const auto& words = context.sentence.words;
  bool possessive_relative = false;
  // "lorsque Paris avait reconnu", "after OPEC+ agreed", "que le ministre a reçus": the word
  // that opens the clause is no part of its subject ("said the party would" has none).
  if (chunk.first == info.first && (info.kind == ClauseKind::Subordinate || info.kind == ClauseKind::Relative) &&
      (words[chunk.first].is(word::kRelative) || words[chunk.first].is(word::kSubordinator))) {
    possessive_relative = words[chunk.first].is(word::kPossessiveRelative);
    const std::size_t opener_length = std::max<std::size_t>(words[chunk.first].entry_length, 1);
    if (chunk.first + opener_length > chunk.last) return ChunkReading::Skip;
    chunk.first += opener_length;
  }
  // "and the assembly would reconvene": the coordinator that opens a clause of its own is no part
  // of its subject.
  if (chunk.first == info.first && info.coordinated && words[chunk.first].is(word::kCoordinator) && chunk.first < chunk.last)
    ++chunk.first;
  const Word& opener = words[chunk.first];
  const bool prepositional = opener.is(word::kPreposition) && !opener.is(word::kDeterminer);
  if (prepositional || opener.is(word::kRelative) || opener.is(word::kSubordinator) || opener.is(word::kPrepSource))
    return ChunkReading::Skip;
  bool only_dates = true;
  for (std::size_t k = chunk.first; k <= chunk.last; ++k)
    only_dates = only_dates && (words[k].timex >= 0 || (words[k].classes & ~word::kApartHead) != 0);  // not "the unions"
  if (only_dates) return ChunkReading::Skip;  // "Le 15 mars," "Mardi,"
  if (more_before && describes_actor_before(context, chunk)) return ChunkReading::Skip;
  const bool named = !names_between(context, chunk.first, chunk.last, clause).empty();
  if (named) {
    std::vector<std::size_t> apart;
    const std::vector<std::size_t> agents = phrase_agents(context, chunk.first, chunk.last, clause, &apart);
    add_agents(context, agents, roles);
    for (std::size_t k : apart) add_role(roles.participants, mention_of(context.sentence, k).entity_id);
    roles.subject_words = std::make_pair(chunk.first, chunk.last);
    if (!agents.empty()) return ChunkReading::Agents;
    // "Environmental groups led by the Great Lakes Shoreline Alliance sued": who leads a group
    // the subject does not name acts for it.
    for (std::size_t k = chunk.first + 1; k + 2 <= chunk.last; ++k)
      if (const auto leader = leader_in(context, Chunk{k, chunk.last})) {
        add_role(roles.agents, *leader);
        return ChunkReading::Agents;
      }
  }
  if (const auto counted = counted_actors_at(context, chunk.first, chunk.last); !counted.empty()) {
    for (const auto& id : counted) add_role(roles.agents, id);
    roles.subject_words = std::make_pair(chunk.first, chunk.last);
    return ChunkReading::Agents;
  }
  if (const auto listed = listed_actors_at(context, chunk.first, chunk.last); !listed.empty()) {
    for (const auto& id : listed) add_role(roles.agents, id);
    roles.subject_words = std::make_pair(chunk.first, chunk.last);
    return ChunkReading::Agents;
  }
  if (const auto owner = owner_of_possessed_body(context, chunk)) {
    add_role(roles.agents, *owner);
    roles.resolved_subject = *owner;
    return ChunkReading::Agents;
  }
  if (const auto short_form = short_form_words(context, chunk.first, chunk.last))
    if (auto id = context.salience.resolve_short_form(*short_form)) {
      if (more_before) return ChunkReading::Skip;
      add_role(roles.agents, *id);
      roles.resolved_subject = *id;
      return ChunkReading::Agents;
    }
  if (organisation_description(context, chunk.first, chunk.last)) {
    if (more_before) return ChunkReading::Skip;
    if (auto id = context.salience.resolve_organisation()) {
      add_role(roles.agents, *id);
      roles.resolved_subject = *id;
    } else {
      roles.subject_words = std::make_pair(chunk.first, chunk.last);  // the title still says "L'association"
    }
    return ChunkReading::Agents;
  }
  if (const auto words_of = description_words(context, chunk.first, chunk.last)) {
    // An apposition may name the person before it ("Jean Martin, le ministre,"); else the
    // description stands for a person with that title named before.
    description = true;
    if (more_before) return ChunkReading::Skip;
    if (auto id = context.salience.resolve_description(*words_of)) {
      add_role(roles.agents, *id);
      roles.resolved_subject = *id;
    } else {
      roles.subject_words = std::make_pair(chunk.first, chunk.last);
    }
    return ChunkReading::Agents;
  }
  // "A federal judge ruled ...": the lede describes a person the next sentence names.
  if (!named)
    if (const auto title = indefinite_title(context, chunk.first, chunk.last))
      if (auto id = context.salience.named_after(context.sentence.span.end, *title)) {
        add_role(roles.agents, *id);
        roles.subject_words = std::make_pair(chunk.first, chunk.last);
        return ChunkReading::Agents;
      }
  // "Kranjc, 52, will", "Merz, grand vainqueur des législatives, a engagé": between commas and
  // before more, a phrase without a name is an apposition.
  // So is one whose names only say where or when ("Horizons Solidaires, présente en Centrafrique
  // depuis 2014, avait suspendu"): had one of them acted, the chunk would have been read above.
  const bool parenthetical = opener.after_comma() && chunk.last + 1 < words.size() && words[chunk.last + 1].after_comma();
  if (parenthetical && more_before) return ChunkReading::Skip;
  // "dont le comité se réunira", "whose committee will meet": its owner acts.
  if (!named && possessive_relative)
    if (const auto owner = antecedent(context, info)) {
      const Mention& mention = mention_of(context.sentence, *owner);
      if (mention.cls == EntityClass::Actor) add_role(roles.agents, mention.entity_id);
    }
  roles.subject_words = std::make_pair(chunk.first, chunk.last);
  // "The boards of the two banks", "les actionnaires des deux banques": counted owners act.
  if (!named)
    for (std::size_t k = chunk.first + 1; k + 1 < chunk.last || k + 1 == chunk.last; ++k) {
      if (!words[k].is(word::kPreposition) || words[k].mention >= 0) continue;
      const std::size_t from = words[k].is(word::kDeterminer) ? k : k + 1;  // "des deux" / "of the two"
      if (const auto counted = counted_actors_at(context, from, chunk.last); !counted.empty()) {
        for (const auto& id : counted) add_role(roles.agents, id);
        return ChunkReading::Agents;
      }
    }
  // "Their ministers signed", "Leurs ministres ont signé": the people of the sides named last.
  if (!named && words[chunk.first].is(word::kPossessive) &&
      context.grammar.possessive(words[chunk.first].folded) == PronounReference::Plural &&
      add_plural_sides(context, chunk.first, roles))
    return ChunkReading::Agents;
  // "ministers agreed": a subject without a name. Nothing before it is the subject.
  if (!named) {
    const std::size_t count_at = words[chunk.first].is(word::kDeterminer) && chunk.first < chunk.last ? chunk.first + 1 : chunk.first;
    roles.counted_people = context.grammar.count(words[count_at].folded) >= 2 && words[count_at].timex < 0;
  }
  return ChunkReading::Unnamed;
}

// "à l'AFP", "to Reuters": a preposition and an article at most before a media name. Its last word.
std::optional<std::size_t> told_name_after(const RoleContext& context, std::size_t preposition) {
  constexpr std::size_t kReach = 2;
  const auto& words = context.sentence.words;
  for (std::size_t k = preposition + 1; k < words.size() && k <= preposition + kReach; ++k) {
    if (words[k].mention >= 0) {
      if (!is_media(context, mention_of(context.sentence, k))) return std::nullopt;
      return name_end(context.sentence, k);
    }
    if (!words[k].is(word::kDeterminer)) return std::nullopt;
  }
  return std::nullopt;
}

// "le président de l'Union des viticulteurs, Jean Dupont": the body's name may run on, past its
// complements, to the comma before the one who holds the title. Where that comma is, if it closes
// the phrase before a verb or the clause's end; else `last`.
std::size_t complement_end(const RoleContext& context, std::size_t last, int clause) {
  constexpr std::size_t kMaxWords = 6;
  const auto& words = context.sentence.words;
  for (std::size_t k = last + 1; k < words.size() && k <= last + kMaxWords && context.clauses.of(k) == clause; ++k) {
    if (words[k].after_comma()) return k - 1;
    // ("l'association Ried vivant": a participle may end a name.)
    if (words[k].after_break() || words[k].timex >= 0 || (words[k].finite() && acts_as_verb(context.sentence, k))) break;
  }
  return last;
}

// "», a insisté lundi Zelensky", "said Jane Doe", "a déclaré jeudi le directeur général de
// Ryanair, Michael O'Leary,": the subject after a verb that opens its clause.
void read_inverted_subject(const RoleContext& context, const VerbGroup& group, int clause, Roles& roles) {
  const auto& words = context.sentence.words;
  std::size_t first = group.head + 1;
  while (first < words.size() && context.clauses.of(first) == clause && words[first].timex >= 0) ++first;
  if (first >= words.size() || context.clauses.of(first) != clause) return;
  // "a déclaré à l'AFP Me Rachelle Dossou-Yovo": the one told stands between the verb and who spoke.
  if (words[first].is(word::kPreposition) && !words[first].is(word::kDeterminer))
    if (const auto told = told_name_after(context, first)) first = *told + 1;
  if (first >= words.size() || context.clauses.of(first) != clause) return;
  if (words[first].is(word::kPreposition) && !words[first].is(word::kDeterminer)) return;
  // The noun phrase: up to a comma, or a preposition once a name has been read.
  std::size_t last = first;
  bool named = words[first].mention >= 0;
  for (std::size_t k = first + 1; k < words.size() && context.clauses.of(k) == clause; ++k) {
    const Word& word = words[k];
    if (word.after_comma() || word.after_break() || word.timex >= 0) break;
    if (named && word.mention < 0 && (word.is(word::kPreposition) || acts_as_verb(context.sentence, k))) break;
    if (acts_as_verb(context.sentence, k) && word.finite()) break;
    named = named || word.mention >= 0;
    last = k;
  }
  std::vector<std::size_t> agents = phrase_agents(context, first, last, clause);
  // "la directrice générale du CHU, Anne Le Goff": a name after a common noun is its complement,
  // whatever little word joins them, and the apposition names who.
  bool noun_before = false;
  for (std::size_t k = first; !agents.empty() && k < agents.front(); ++k)
    noun_before = noun_before || (words[k].mention < 0 && !words[k].capital && !words[k].is(word::kDeterminer) &&
                                  !words[k].is(word::kPreposition));
  // ("le président du syndicat, Jean Dupont": the title the name finder gave Jean Dupont is no name.)
  const bool name_heads = !agents.empty() && !noun_before && words[agents.front()].capital &&
                          introduction(context, agents.front(), first == 0 ? 0 : first - 1).preposition == 0;
  if (!name_heads)
    if (const auto apposed = apposition_after(context, complement_end(context, last, clause)))
      agents = {*apposed}, last = name_end(context.sentence, *apposed);
  if (agents.empty()) return;
  add_agents(context, agents, roles);
  roles.subject_words = std::make_pair(first, last);
}

}  // namespace

namespace {

// The words that may stand between the names of a list: articles, coordinators, kinds of side.
std::function<bool(std::string_view)> list_joint(const RoleContext& context) {
  return [&context](std::string_view word) {
    const std::vector<GrammarWord> one{{word, false, std::hash<std::string_view>{}(word)}};
    return (context.grammar.match(one, 0).classes & (word::kCoordinator | word::kDeterminer)) != 0 ||
           context.grammar.qualifies_side(word);
  };
}

}  // namespace

// "Les principaux syndicats d'enseignants ont annoncé", "the main unions": an article, at most
// one word before a noun that stands for a list, whatever qualifies it after, and no name. The
// list the text gives nearest.
std::vector<std::string> listed_actors_at(const RoleContext& context, std::size_t first, std::size_t last) {
  const auto& words = context.sentence.words;
  if (!words[first].is(word::kDefiniteArticle)) return {};
  std::optional<std::size_t> noun;
  for (std::size_t k = first + 1; k <= last && k <= first + 2; ++k)
    if (context.grammar.names_a_list(words[k].folded)) noun = k;
  if (!noun) return {};
  for (std::size_t k = first; k <= last; ++k)
    if (words[k].mention >= 0 || words[k].timex >= 0) return {};
  // "les trois syndicats": the count says which list; none that long names nobody.
  for (std::size_t k = first + 1; k < *noun; ++k)
    if (context.grammar.count(words[k].folded) >= 2) return {};
  return context.salience.listed_near(context.sentence.span.begin, list_joint(context));
}

// "ministres", "ministers": the noun at `k` is a title, singular or plural.
bool titles_after(const RoleContext& context, std::size_t k, std::size_t last) {
  if (k > last) return false;
  const std::string_view noun = context.sentence.words[k].folded;
  const auto singular = without_plural_mark(noun);
  return context.names.is_title(noun) || (singular && context.names.is_title(*singular));
}

std::vector<std::string> counted_actors_at(const RoleContext& context, std::size_t first, std::size_t last) {
  const auto& words = context.sentence.words;
  // "both banks": a count word that is its own determiner ("two men" are new ones).
  const bool own_determiner = first + 1 <= last && context.grammar.counts_known_ones(words[first].folded) &&
                              context.grammar.count(words[first].folded) >= 2;
  const std::size_t at = own_determiner ? first : first + 1;  // the count word
  if (at + 1 > last || !(own_determiner || words[first].is(word::kDeterminer))) return {};
  const Word& number = words[at];
  const int count = context.grammar.count(number.folded);
  if (count < 2 || number.mention >= 0 || number.timex >= 0 || words[at + 1].mention >= 0) return {};
  std::vector<std::string> listed =
      context.salience.listed_together(static_cast<std::size_t>(count), context.sentence.span.begin, list_joint(context));
  // "par le ministre, Jean-Marc Ferrand, et son homologue, Lorenzo Bassi. Les deux ministres ont
  // signé": failing a list, a count of titles stands for the last subject that named as many people.
  if (listed.empty() && titles_after(context, at + 1, last) &&
      context.salience.last_plural_subject().size() == static_cast<std::size_t>(count)) {
    listed = context.salience.last_plural_subject();
    for (const auto& id : listed)
      if (context.salience.kind_of(id) != "person") return {};
  }
  // "Deux hommes ... par les enquêteurs de l'OCBC": people and the body they belong to are no list of sides.
  for (const auto& id : listed)
    if (context.salience.people(id)) return {};
  return listed;
}

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

namespace {

// A chunk that is only a name, past its determiners ("l'Unsa-Éducation") and one capitalised word
// that introduces it ("le Guinéen Thierno Bah"): the name's first word.
std::optional<std::size_t> lone_name(const RoleContext& context, Chunk chunk) {
  const auto& words = context.sentence.words;
  std::size_t k = chunk.first;
  while (k < chunk.last && words[k].mention < 0 && words[k].is(word::kDeterminer)) ++k;
  if (k > chunk.first && k < chunk.last && words[k].mention < 0 && words[k].capital && words[k + 1].mention >= 0) ++k;
  if (words[k].mention < 0 || name_end(context.sentence, k) != chunk.last) return std::nullopt;
  if (mention_of(context.sentence, k).cls != EntityClass::Actor) return std::nullopt;
  return k;
}

// "La FSU, l'Unsa-Éducation, le Sgen-CFDT et SUD-Éducation ont été reçus": a subject chunk that
// coordinates names ends a list whose other members are the lone names before it, one per comma.
void add_listed_before(const RoleContext& context, const std::vector<Chunk>& chunks, std::size_t i, Roles& roles) {
  const auto& words = context.sentence.words;
  const Chunk& last = chunks[i];
  bool coordinated = false;
  for (std::size_t k = last.first + 1; k < last.last && !coordinated; ++k)
    coordinated = words[k].mention < 0 && words[k].is(word::kCoordinator);
  if (!coordinated || words[last.first].is(word::kCoordinator)) return;
  std::vector<std::string> listed;
  std::size_t first = last.first;
  for (std::size_t j = i + 1; j < chunks.size(); ++j) {
    const auto name = lone_name(context, chunks[j]);
    if (!name) break;
    listed.push_back(mention_of(context.sentence, *name).entity_id);
    first = chunks[j].first;
  }
  if (listed.empty()) return;
  std::vector<std::string> agents(listed.rbegin(), listed.rend());  // in the text's order
  for (const auto& id : roles.agents) add_role(agents, id);
  roles.agents = std::move(agents);
  if (roles.subject_words) roles.subject_words->first = first;
}

// "Carmen Quispe Torres and her Bolivian counterpart, Javier Mamani, met": a lone name between
// commas renames the common noun that ends the chunk before it; the names that noun is
// coordinated with are of the subject too, first.
void add_renamed_coordinate(const RoleContext& context, const std::vector<Chunk>& chunks, std::size_t i, int clause,
                            Roles& roles) {
  const auto& words = context.sentence.words;
  if (i + 1 >= chunks.size() || !lone_name(context, chunks[i]) || !words[chunks[i].first].after_comma()) return;
  const Chunk& before = chunks[i + 1];
  if (words[before.last].mention >= 0 || words[before.first].is(word::kCoordinator)) return;
  std::optional<std::size_t> coordinator;
  for (std::size_t k = before.first + 1; k < before.last && !coordinator; ++k)
    if (words[k].mention < 0 && words[k].is(word::kCoordinator)) coordinator = k;
  if (!coordinator) return;
  std::vector<std::string> named;
  for (std::size_t k : names_between(context, before.first, *coordinator - 1, clause)) {
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls == EntityClass::Actor) add_role(named, mention.entity_id);
  }
  if (named.empty()) return;
  for (const auto& id : roles.agents) add_role(named, id);
  roles.agents = std::move(named);
  if (roles.subject_words) roles.subject_words->first = before.first;
}

// "et son homologue italien", "and his Italian counterpart": a chunk that names no one, or only
// the states its adjectives say.
bool only_nationalities(const RoleContext& context, const Chunk& chunk, int clause) {
  const auto& words = context.sentence.words;
  const auto named = names_between(context, chunk.first, chunk.last, clause);
  return std::all_of(named.begin(), named.end(), [&](std::size_t k) {
    const bool adjective = k < chunk.last && words[k + 1].mention != words[k].mention && !words[k + 1].capital;
    return adjective && context.salience.kind_of(mention_of(context.sentence, k).entity_id) == "state";
  });
}

// The chunks from `from` on, after one that opened with a coordinator: an apposition without a
// name is passed, then the first named chunk adds its agents. Whether one did.
bool read_coordinated_chunks(const RoleContext& context, const std::vector<Chunk>& chunks, std::size_t from,
                             const Clause& info, int clause, Roles& roles) {
  for (std::size_t i = from; i < chunks.size(); ++i) {
    const Chunk& chunk = chunks[i];
    if (only_nationalities(context, chunk, clause)) {
      if (i + 1 < chunks.size()) continue;  // "principal syndicat de la profession,", "his Italian counterpart,"
      return false;
    }
    bool description = false;
    return read_chunk(context, chunk, info, clause, false, roles, description) == ChunkReading::Agents;
  }
  return false;
}

// "« ... », a déclaré X", '"...," said X': a quotation closes right before the verb, whose
// subject follows it.
bool after_closing_quote(const Word& word) {
  return word.gap.find(',') != std::string_view::npos && closes_quote(word, /*first_word=*/false);
}

// "selon les résultats définitifs publiés dans la nuit": a participle alone right after a noun
// qualifies that noun (French forms only: an English participle is also a simple past).
bool qualifies_noun_before(const Sentence& sentence, const VerbGroup& group) {
  const auto& words = sentence.words;
  const Word& verb = words[group.head];
  if (group.first != group.head || !verb.participle() || verb.finite() || group.head == 0) return false;
  if (verb.after_comma() || verb.after_break()) return false;
  const Word& before = words[group.head - 1];
  return before.mention < 0 && before.timex < 0 && !before.is_verb() && !before.is(word::kSubjectPronoun) &&
         !before.is(word::kVerbClitic) && !before.is(word::kNegation);
}

}  // namespace

// "The attack, claimed by a group calling itself BlackMoth, hit", "l'attentat, revendiqué par le
// groupe X,": the leader or author that a participle apposition right after the noun at `last` names.
std::optional<std::string> leader_after(const RoleContext& context, std::size_t last) {
  const auto& words = context.sentence.words;
  if (last + 2 >= words.size() || !words[last + 1].after_comma() || !words[last + 1].participle()) return std::nullopt;
  Chunk chunk{last + 1, last + 1};
  while (chunk.last + 1 < words.size() && !words[chunk.last + 1].after_comma() && !words[chunk.last + 1].after_break())
    ++chunk.last;
  if (chunk.last + 1 >= words.size()) return std::nullopt;  // closed by a comma before the sentence goes on
  return leader_in(context, chunk);
}

// "The State Great Khural, Mongolia's parliament, is due to vote": between commas after a lone
// name, a name that owns a noun says whose that name is; the name before is the subject.
bool owner_apposition(const RoleContext& context, Chunk chunk, Chunk before) {
  const auto& words = context.sentence.words;
  if (!words[chunk.first].after_comma() || chunk.last + 1 >= words.size() || !words[chunk.last + 1].after_comma())
    return false;
  std::size_t k = chunk.first;
  while (k < chunk.last && words[k].mention < 0 && words[k].is(word::kDeterminer)) ++k;
  if (words[k].mention < 0) return false;
  const std::size_t end = name_end(context.sentence, k);
  return possessor(context.sentence, end) && end + 2 == chunk.last && words[chunk.last].mention < 0 &&
         lone_name(context, before).has_value();
}

// "Par la voix de son avocat, Me Sylvain Ouellet, l'ancien ministre a nié": the chunk at `i` is a
// name between commas that says who the noun of the phrase before it is, a phrase a preposition
// opens. It is no subject, nor does it name the description after it.
bool apposed_in_complement(const RoleContext& context, const std::vector<Chunk>& chunks, std::size_t i) {
  const auto& words = context.sentence.words;
  if (i + 1 >= chunks.size()) return false;
  const Chunk& name = chunks[i];
  const Chunk& phrase = chunks[i + 1];
  if (names_between(context, name.first, name.last, context.clauses.of(name.first)).empty()) return false;
  for (std::size_t k = name.first; k <= name.last; ++k)
    if (words[k].mention < 0 && !words[k].is(word::kDeterminer) && !context.names.is_title(words[k].folded)) return false;
  const Word& opener = words[phrase.first];
  const Word& noun = words[phrase.last];
  return opener.is(word::kPreposition) && !opener.is(word::kDeterminer) && noun.mention < 0 && noun.timex < 0 &&
         !noun.capital && noun.classes == 0;
}

// "At its last meeting, on Aug. 26, the committee held": what comes before the chunk at `i` only
// says when or where, so it holds no subject the chunk could be an apposition to.
bool only_adverbials_from(const RoleContext& context, const std::vector<Chunk>& chunks, std::size_t i) {
  const auto& words = context.sentence.words;
  for (std::size_t j = i; j < chunks.size(); ++j) {
    const Word& opener = words[chunks[j].first];
    if (opener.is(word::kPreposition) && !opener.is(word::kDeterminer)) continue;
    for (std::size_t k = chunks[j].first; k <= chunks[j].last; ++k)
      if (words[k].timex < 0) return false;
  }
  return true;
}

// "Trois syndicats, dont la CGT, ont appelé": the actors a verbless relative after an unnamed
// subject names ("dont" as "including") act among it.
void add_included(const RoleContext& context, std::size_t chunk_last, std::size_t group_first, int clause, Roles& roles) {
  const auto& words = context.sentence.words;
  for (std::size_t k = chunk_last + 1; k < group_first; ++k) {
    const int own = context.clauses.of(k);
    if (own == clause) continue;
    const Clause& relative = context.clauses.clauses[static_cast<std::size_t>(own)];
    if (relative.kind != ClauseKind::Relative || relative.has_verb || relative.parent != clause) return;
    if (words[k].mention < 0) continue;
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls == EntityClass::Actor) add_role(roles.agents, mention.entity_id);
    k = name_end(context.sentence, k);
  }
}

// "Les syndicats reprochent à EDF d'avoir abandonné le projet", "urged the government to
// resign": after a verb of object control (grammar.yaml object_control_verbs), the one actor named
// between it and the infinitive acts in the infinitive.
bool read_controlling_object(const RoleContext& context, std::size_t parent_head, const Clause& infinitive, Roles& roles) {
  const Word& parent = context.sentence.words[parent_head];
  if (!context.grammar.is_object_control_verb(parent.verb_lemma) || parent_head >= infinitive.first ||
      !context.grammar.is_object_control_marker(context.sentence.words[infinitive.first].folded))
    return false;
  const int parent_clause = context.clauses.of(parent_head);
  std::optional<std::string> object;
  for (std::size_t k : names_between(context, parent_head + 1, infinitive.first - 1, parent_clause)) {
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls != EntityClass::Actor) continue;
    if (object && *object != mention.entity_id) return false;  // several: which one is unclear
    object = mention.entity_id;
  }
  if (!object) return false;
  add_role(roles.agents, *object);
  // The title tells the whole clause: "Les syndicats reprochent à EDF d'avoir abandonné ...".
  Roles governing;
  read_subject(context, verb_group(context.sentence, context.clauses, parent_head, context.grammar), governing, 1);
  roles.subject_words = governing.subject_words;
  roles.controlling_verb = parent_head;
  return true;
}

void read_subject(const RoleContext& context, const VerbGroup& group, Roles& roles, int depth) {
  const auto& words = context.sentence.words;
  const int clause = context.clauses.of(group.head);
  const Clause& info = context.clauses.clauses[static_cast<std::size_t>(clause)];
  if (read_pronoun(context, group, info, roles)) return;
  // The names before the noun a participle qualifies are no subject of it.
  if (qualifies_noun_before(context.sentence, group)) return;
  // The names inside the quotation are what was said, not who said it.
  if (after_closing_quote(words[group.first])) {
    read_inverted_subject(context, group, clause, roles);
    if (!roles.agents.empty()) return;
  }
  // "La Banque du Canada avait, elle, ouvert le bal en ramenant son taux": a present participle
  // in the clause of a finite verb shares its subject.
  if (depth < 3 && (words[group.head].verb_tags & verb::kPresentParticiple) && !words[group.head].finite())
    if (const auto head = verb_of_clause(context, clause); head && *head < group.first) {
      read_subject(context, verb_group(context.sentence, context.clauses, *head, context.grammar), roles, depth + 1);
      return;
    }
  bool description = false;  // "le ministre, Jean Martin," or "Jean Martin, le ministre,"
  std::optional<std::string> leader;  // of the subject, named by a participle apposition
  const std::vector<Chunk> chunks = chunks_before(context, group.first, clause);
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    if (participle_apposition(context, chunks[i], i + 1 < chunks.size())) {
      if (!leader) leader = leader_in(context, chunks[i]);
      continue;
    }
    if (i + 1 < chunks.size() && owner_apposition(context, chunks[i], chunks[i + 1])) continue;
    const bool more_before = i + 1 < chunks.size() && !apposed_in_complement(context, chunks, i + 1) &&
                             !only_adverbials_from(context, chunks, i + 1);
    const ChunkReading reading = read_chunk(context, chunks[i], info, clause, more_before, roles, description);
    if (reading == ChunkReading::Skip) continue;
    if (reading == ChunkReading::Unnamed && leader && roles.agents.empty()) add_role(roles.agents, *leader);
    if (reading == ChunkReading::Unnamed && roles.agents.empty()) add_included(context, chunks[i].last, group.first, clause, roles);
    if (reading == ChunkReading::Agents) {
      add_listed_before(context, chunks, i, roles);
      add_renamed_coordinate(context, chunks, i, clause, roles);
    }
    // "Le SNCTA, principal syndicat de la profession, et l'Unsa-ICNA ont annoncé": a chunk that
    // opens with a coordinator adds to a subject named before the commas. So does a name that
    // renames such a chunk ("Le ministre, Jean Martin, et son homologue, Luc Blanc, ont signé").
    const bool renames_coordinated = i + 1 < chunks.size() && lone_name(context, chunks[i]) &&
                                     words[chunks[i].first].after_comma() &&
                                     words[chunks[i + 1].first].is(word::kCoordinator) &&
                                     only_nationalities(context, chunks[i + 1], clause);
    if (reading == ChunkReading::Agents && (words[chunks[i].first].is(word::kCoordinator) || renames_coordinated) &&
        i + 1 < chunks.size()) {
      const auto subject_words = roles.subject_words;
      const std::size_t later = roles.agents.size();
      if (read_coordinated_chunks(context, chunks, i + 1, info, clause, roles)) {
        // In the text's order: the name before the commas first.
        std::rotate(roles.agents.begin(), roles.agents.begin() + static_cast<long>(later), roles.agents.end());
        if (subject_words) roles.subject_words = std::make_pair(roles.subject_words->first, subject_words->second);
      } else {
        roles.subject_words = subject_words;
      }
    }
    return;
  }
  if (depth < 3 && (info.kind == ClauseKind::Infinitive || info.coordinated) && info.parent >= 0) {
    if (auto head = verb_of_clause(context, info.parent)) {
      if (info.kind == ClauseKind::Infinitive && read_controlling_object(context, *head, info, roles)) return;
      const VerbGroup parent = verb_group(context.sentence, context.clauses, *head, context.grammar);
      read_subject(context, parent, roles, depth + 1);
      return;
    }
  }
  if (info.kind == ClauseKind::Relative && info.first > 0 && group.first <= info.first + 1) {
    // "X, qui a ...": the antecedent acts.
    if (const auto first = antecedent(context, info)) {
      const Mention& mention = mention_of(context.sentence, *first);
      if (mention.cls == EntityClass::Actor) {
        add_role(roles.agents, mention.entity_id);
        roles.subject_words = std::make_pair(*first, name_end(context.sentence, *first));
      }
    }
    return;
  }
  const bool verb_opens = group.first == info.first || words[group.first].after_comma() || words[group.first].after_break();
  if (verb_opens) read_inverted_subject(context, group, clause, roles);
}

}  // namespace evgraph::detail
