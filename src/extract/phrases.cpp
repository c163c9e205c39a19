#include "extract/phrases.hpp"

#include <algorithm>

namespace evgraph::detail {
namespace {

// A word of a noun phrase that is neither a name, a date, a closed-class word nor a title:
// "conservateurs", "allemands", "residents".
bool content_word(const RoleContext& context, const Word& word) {
  return word.mention < 0 && word.timex < 0 && word.classes == 0 && !context.names.is_title(word.folded);
}

// "Ljubljana mayor Tomaz Kranjc", "Wroclaw residents": a bare name followed, within the phrase,
// by words of a noun it qualifies.
bool qualifies_a_noun(const RoleContext& context, std::size_t end, std::size_t last) {
  const auto& words = context.sentence.words;
  for (std::size_t j = end + 1; j <= last && j < words.size() && j <= end + 4; ++j) {
    const Word& word = words[j];
    if (word.after_comma() || word.after_break()) return false;
    if (word.mention >= 0) return j > end + 1;
    if (context.names.is_title(word.folded)) continue;
    if (word.is(word::kPreposition) || word.is(word::kCoordinator) || word.classes != 0) return false;
    // Inside a noun phrase a lowercase word is a noun, whatever else it may be ("a London court").
    if (!word.capital) return true;
  }
  return false;
}

// A name after a comma that another name precedes is either one more item of a list
// ("SUD-Rail, l'Unsa-Ferroviaire et la CFDT") or an apposition to a described person ("l'ancien
// maire de Villefranche, Gérard Lemoine,"): then it is introduced as the description is.
std::optional<std::size_t> described_by(const RoleContext& context, std::size_t previous_first, std::size_t stop) {
  const Introduction before = introduction(context, previous_first, stop);
  if (!(before.preposition & word::kPrepOther) || before.at == 0) return std::nullopt;
  const auto& words = context.sentence.words;
  for (std::size_t j = before.at; j-- > 0 && j + 4 > before.at && j > stop;) {
    if (context.names.is_title(words[j].folded)) return j;
    if (words[j].mention >= 0 || words[j].after_comma()) break;
  }
  return std::nullopt;
}

// The agent's preposition before "des agents du" / "officers of" when the preposition at `j` joins
// a noun of people to the name after it.
std::optional<std::size_t> agent_through_people(const RoleContext& context, std::size_t j, std::size_t stop) {
  const auto& words = context.sentence.words;
  if (!words[j].is(word::kPrepOther) || j < stop + 3) return std::nullopt;
  const std::size_t people = j - 1;
  if (words[people].mention >= 0 || !context.names.is_people_noun(words[people].folded)) return std::nullopt;
  std::size_t before = people - 1;
  if (!words[before].is(word::kPrepAgent) && words[before].is(word::kDeterminer) && before > stop + 1) --before;
  if (!words[before].is(word::kPrepAgent)) return std::nullopt;
  return before;
}

}  // namespace

bool possessor(const Sentence& sentence, std::size_t end) {
  return end + 1 < sentence.words.size() && sentence.words[end + 1].possessive_s();
}

const Mention& mention_of(const Sentence& sentence, std::size_t k) {
  return *sentence.mentions[static_cast<std::size_t>(sentence.words[k].mention)];
}

bool is_media(const RoleContext& context, const Mention& mention) {
  const auto* entry = mention.entry >= 0 ? &context.lexicon.entries()[static_cast<std::size_t>(mention.entry)] : nullptr;
  return entry && entry->entity.kind == "media";
}

std::size_t name_end(const Sentence& sentence, std::size_t k) {
  std::size_t end = k;
  while (end + 1 < sentence.words.size() && sentence.words[end + 1].mention == sentence.words[k].mention) ++end;
  return end;
}

Introduction introduction(const RoleContext& context, std::size_t k, std::size_t stop) {
  const Sentence& sentence = context.sentence;
  const auto& words = sentence.words;
  Introduction out;
  std::size_t start = k;  // the name's first word, or its determiner's ("l'Unsa")
  while (start > stop + 1 && words[start - 1].is(word::kDeterminer) && words[start - 1].mention < 0 &&
         !words[start].after_comma())
    --start;
  if (words[start].after_comma() && start > stop + 1 && words[start - 1].mention >= 0) {
    std::size_t previous = start - 1;
    while (previous > stop && words[previous - 1].mention == words[start - 1].mention) --previous;
    if (const auto title = described_by(context, previous, stop)) return introduction(context, *title, stop);
    Introduction joined = introduction(context, previous, stop);
    joined.coordinated = true;
    return joined;
  }
  // "by Ireland's Data Protection Commission": an owned name stands where its owner stands.
  if (start >= stop + 3 && words[start - 2].mention >= 0 && possessor(sentence, start - 2)) {
    std::size_t owner = start - 2;
    while (owner > stop + 1 && words[owner - 1].mention == words[start - 2].mention) --owner;
    return introduction(context, owner, stop);
  }
  bool titled = false, content = false;  // words met on the way back
  for (std::size_t j = k; j > stop;) {
    --j;
    // A word inside a longer entry ("en compagnie du") speaks for the entry.
    if (words[j].entry_start < j && words[j].entry_start >= stop) j = words[j].entry_start;
    const Word& word = words[j];
    if (word.mention >= 0 && word.mention != words[k].mention) break;
    if (word.is(word::kCoordinator)) {
      // "in France and Belgium": a name joined to another takes its introduction.
      if (j > stop && words[j - 1].mention >= 0) {
        std::size_t previous = j - 1;
        while (previous > stop && words[previous - 1].mention == words[j - 1].mention) --previous;
        Introduction joined = introduction(context, previous, stop);
        joined.coordinated = true;
        return joined;
      }
      continue;
    }
    // "par des agents du SCRIC", "by officers of the Border Police": people of the body act for it.
    if (const auto through = agent_through_people(context, j, stop)) {
      out.preposition = words[*through].classes & word::kPreposition;
      out.at = *through;
      return out;
    }
    if (word.is(word::kPreposition) && !(word.is(word::kDeterminer) && j + 1 < words.size() && words[j + 1].mention >= 0 &&
                                         word.entry_length == 1 && (word.folded == "des" || word.folded == "du"))) {
      // "des conservateurs allemands Friedrich Merz": nouns but no title between the preposition
      // and the name make it an apposition to what comes before, not the preposition's object.
      if (content && !titled && (word.classes & word::kPrepOther)) return out;
      out.preposition = word.classes & word::kPreposition;
      out.at = j;
      return out;
    }
    if (word.is(word::kDeterminer) || word.timex >= 0) continue;
    // "by the company's board": a description's possessive stands where a determiner would.
    if (j > stop + 1 && possessor(sentence, j - 1) && words[j - 1].mention < 0 && !words[j - 1].capital) {
      --j;
      continue;
    }
    if (context.names.is_title(word.folded)) {
      titled = true;
      continue;
    }
    if (word.is_verb() && !word.participle()) break;
    if (word.after_comma() || word.after_break()) break;
    if (content_word(context, word)) content = true;
  }
  return out;
}

std::vector<std::size_t> names_between(const RoleContext& context, std::size_t first, std::size_t last, int clause,
                                       bool with_infinitives) {
  std::vector<std::size_t> out;
  int previous = -1;
  for (std::size_t k = first; k <= last && k < context.sentence.words.size(); ++k) {
    const Word& word = context.sentence.words[k];
    const Clause& of = context.clauses.clauses[static_cast<std::size_t>(context.clauses.of(k))];
    // "a décidé de rencontrer X", not "après avoir été reçus par X": an infinitive that says when
    // is no complement.
    // Nor one of purpose: "a été élue maire pour succéder à Simon Plantier" did not elect him.
    const Word& marker = context.sentence.words[of.first];
    const bool governed = with_infinitives && of.kind == ClauseKind::Infinitive && of.parent == clause &&
                          !marker.is(word::kAfter | word::kBefore) && !context.grammar.marks_purpose(marker.folded);
    if (context.clauses.of(k) != clause && !governed) {
      previous = -1;
      continue;
    }
    if (word.mention >= 0 && word.mention != previous) out.push_back(k);
    previous = word.mention;
  }
  return out;
}

std::vector<std::size_t> phrase_agents(const RoleContext& context, std::size_t first, std::size_t last, int clause,
                                       std::vector<std::size_t>* apart_names) {
  const auto& words = context.sentence.words;
  std::vector<std::size_t> heads, complements;
  bool apart = false;  // "les syndicats de la SNCF": the noun stands apart from its complement
  for (std::size_t k : names_between(context, first, last, clause)) {
    const Mention& mention = mention_of(context.sentence, k);
    if (mention.cls == EntityClass::Proposal || is_media(context, mention)) continue;
    const Introduction intro = introduction(context, k, first == 0 ? 0 : first - 1);
    constexpr std::uint32_t kNotActing =
        word::kPrepTarget | word::kPrepLocation | word::kPrepSource | word::kPrepAgent | word::kPrepWith | word::kPrepCaller;
    if (intro.preposition & kNotActing) continue;
    const std::size_t end = name_end(context.sentence, k);
    const bool owns = possessor(context.sentence, end);
    // "Colombia's government": the owner acts through its institution.
    const bool acts_through = owns && end + 2 <= last && context.grammar.acts_for_owner(words[end + 2].folded);
    const bool bare = intro.preposition == 0 && ((!owns && !qualifies_a_noun(context, end, last)) || acts_through);
    if (bare) {
      heads.push_back(k);
      continue;
    }
    if (mention.cls != EntityClass::Actor) continue;  // "Wroclaw residents": a place qualifies, never acts
    if (intro.preposition)
      for (std::size_t j = intro.at; j-- > first && j + 4 > intro.at;)
        if (words[j].is(word::kApartHead)) apart = true;
    complements.push_back(k);
  }
  // "Les agriculteurs du Lot-et-Garonne": beside someone who acts, a place only says where from.
  const bool actor_head = std::any_of(heads.begin(), heads.end(), [&](std::size_t k) {
    return mention_of(context.sentence, k).cls == EntityClass::Actor;
  });
  if (actor_head)
    heads.erase(std::remove_if(heads.begin(), heads.end(),
                               [&](std::size_t k) { return mention_of(context.sentence, k).cls == EntityClass::Place; }),
                heads.end());
  // "les enquêteurs de la police judiciaire", "the farmers of the FNSEA": a group of people that
  // belongs to a body named after it acts as that body.
  const bool only_people = !heads.empty() && std::all_of(heads.begin(), heads.end(), [&](std::size_t k) {
    const Mention& head = mention_of(context.sentence, k);
    return head.entry < 0 && context.salience.kind_of(head.entity_id) == "group";
  });
  if (only_people && !complements.empty()) return complements;
  if (!heads.empty()) return heads;
  if (apart) {
    if (apart_names) *apart_names = complements;
    return {};
  }
  return complements;
}

std::optional<std::size_t> apposition_after(const RoleContext& context, std::size_t last) {
  const auto& words = context.sentence.words;
  if (last + 1 >= words.size() || !words[last + 1].after_comma()) return std::nullopt;
  std::optional<std::size_t> name;
  for (std::size_t j = last + 1; j < words.size(); ++j) {
    const Word& word = words[j];
    if (j > last + 1 && (word.after_comma() || word.after_break())) break;
    if (word.mention >= 0) {
      if (name && words[j - 1].mention != word.mention) return std::nullopt;  // two names: a list
      if (!name) name = j;
      continue;
    }
    if (name) return std::nullopt;  // "X a dit": more than a name follows it
    if (!(word.is(word::kDeterminer) || context.names.is_title(word.folded) || content_word(context, word))) return std::nullopt;
    if (j > last + 5) return std::nullopt;
  }
  if (!name || mention_of(context.sentence, *name).cls != EntityClass::Actor) return std::nullopt;
  return name;
}

std::optional<std::vector<std::string_view>> description_words(const RoleContext& context, std::size_t first,
                                                                std::size_t last) {
  std::vector<std::string_view> out;
  bool article = false, title = false;
  for (std::size_t k = first; k <= last; ++k) {
    const Word& word = context.sentence.words[k];
    if (word.mention >= 0) return std::nullopt;
    if (!article) {
      if (word.is(word::kDefiniteArticle)) article = true;
      continue;
    }
    title = title || context.names.is_title(word.folded);
    out.push_back(word.folded);
  }
  if (!title) return std::nullopt;
  return out;
}

bool organisation_description(const RoleContext& context, std::size_t first, std::size_t last) {
  // "L'entreprise", "the smaller lender", "le groupe pétrolier": an article, then at most two
  // qualifying words around the noun, and nothing named.
  constexpr std::size_t kMaxWords = 4;
  const auto& words = context.sentence.words;
  if (!words[first].is(word::kDefiniteArticle)) return false;
  bool noun = false;
  std::size_t counted = 0;
  for (std::size_t k = first + 1; k <= last; ++k) {
    // "the Kamloops-based lumber producer": a place a hyphen joins to the next word says where it is.
    if (words[k].mention >= 0 && mention_of(context.sentence, k).cls == EntityClass::Place && k + 1 <= last &&
        words[k + 1].gap == "-") {
      ++k;
      continue;
    }
    if (words[k].mention >= 0 || words[k].timex >= 0 || words[k].capital) return false;
    noun = noun || context.names.is_organisation_description(words[k].folded);
    ++counted;
  }
  return noun && counted < kMaxWords;
}

std::optional<std::vector<std::string_view>> short_form_words(const RoleContext& context, std::size_t first,
                                                              std::size_t last) {
  constexpr std::size_t kMaxWords = 2;
  const auto& words = context.sentence.words;
  if (!words[first].is(word::kDefiniteArticle) || last <= first || last - first > kMaxWords) return std::nullopt;
  std::vector<std::string_view> out;
  for (std::size_t k = first + 1; k <= last; ++k) {
    const Word& word = words[k];
    if (word.mention >= 0 || word.timex >= 0 || word.capital || word.classes != 0) return std::nullopt;
    out.push_back(word.folded);
  }
  return out;
}

std::optional<std::string_view> indefinite_title(const RoleContext& context, std::size_t first, std::size_t last) {
  const auto& words = context.sentence.words;
  const Word& article = words[first];
  if (!article.is(word::kDeterminer) || article.is(word::kDefiniteArticle) || article.is(word::kPossessive) ||
      article.is(word::kAnaphoric) || article.is(word::kPreposition))
    return std::nullopt;
  std::optional<std::string_view> title;
  for (std::size_t k = first + 1; k <= last; ++k) {
    if (words[k].mention >= 0) return std::nullopt;
    if (context.names.is_title(words[k].folded)) title = words[k].folded;
  }
  return title;
}

}  // namespace evgraph::detail
