// Titles that say what happened, made of the sentence's own words: who (the subject as written, or
// the names of the agents), the verb as written, and what it is aimed at, compressed to fit a
// timeline label. Nothing is invented: words are dropped, never added, but for the name a
// pronoun stands for.
#pragma once

#include "extract/clauses.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace evgraph::detail {

// At most this many characters (code points): a timeline label at the default width.
constexpr std::size_t kTitleMaxChars = 60;

struct TitleParts {
  std::string_view text;  // the document
  const Sentence& sentence;
  const ClauseMap& clauses;
  // The subject: its words, or the names of the agents when it is long or a pronoun.
  std::optional<std::pair<std::size_t, std::size_t>> subject_words;
  std::string agent_names;  // "Trump", "France et Royaume-Uni"
  // For a noun trigger whose words name none of its agents: the agents' ids, a short list of
  // them as a title names them ("Trump, Poutine et Zelensky") and how to join it to the noun
  // phrase ("{who} : {what}").
  std::vector<std::string> agent_ids;
  std::string who;
  std::string who_pattern = "{who}: {what}";
  std::optional<std::size_t> controlling_verb;  // Roles::controlling_verb
  bool qualifying_verb = false;                  // Roles::qualifying_verb: the title ends with the verb
};

// How a title names an agent: as the sentence writes it, a person by surname ("Poutine",
// "von der Leyen", "O'Leary"); `written` is the mention's text or, for a pronoun, the display name.
std::string title_name(std::string_view written, bool person);

// A verb trigger: subject + verb group + object.
std::string verb_title(const TitleParts& parts, const VerbGroup& group);
// A noun trigger: the noun phrase with its complements ("Arrestation de X à Y"); when they name
// none of its agents, the agents first ("Poutine : réunion récente en Alaska").
std::string noun_title(const TitleParts& parts, std::size_t first, std::size_t last);

// "A", "A et B", "A, B et C" in the language's coordinator.
std::string join_names(const std::vector<std::string>& names, std::string_view conjunction);

}  // namespace evgraph::detail
