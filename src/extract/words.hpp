// The words of one sentence as the clause reader sees them: where they are, what the grammar
// and the verb table say of them, and which mention, temporal expression or trigger covers them.
#pragma once

#include <evgraph/grammar.hpp>
#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>
#include <evgraph/timex.hpp>

#include "extract/document_context.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

struct Word {
  std::size_t begin = 0;  // original offsets
  std::size_t end = 0;
  std::string_view folded;
  std::string_view gap;      // the original text between the previous word of the sentence and this one
  bool accented = false;     // written with a letter beyond ASCII
  bool capital = false;
  std::uint32_t classes = 0;  // word::Class bits of the grammar entry starting here
  std::size_t entry_length = 0;
  std::size_t entry_start = 0;  // the word where the entry covering this one starts (itself if none)
  std::uint32_t verb_tags = 0;       // verb::Tag bits of every analysis; 0 for no verb form
  std::string_view verb_lemma;       // folded lemma of the main (non-auxiliary) analysis, if any
  std::string_view auxiliary_lemma;  // folded lemma when the word is a form of an auxiliary
  std::size_t hash = 0;              // std::hash<std::string_view> of `folded`
  std::size_t index = 0;             // in the document's FoldedText::words
  int mention = -1;  // index into Sentence::mentions
  int timex = -1;    // index into Sentence::timexes
  int trigger = -1;  // index into Sentence::triggers
  bool reporting = false;  // a verb of saying or announcing ("said", "a annoncé"): it may attribute a clause
  bool event_verb = false;  // a verb trigger by itself (not "hold" of "hold … rates" alone)
  bool prenominal = false;  // an adjective that stands before its noun ("grand", "violent")

  bool is(std::uint32_t word_class) const { return (classes & word_class) != 0; }
  bool is_verb() const { return verb_tags != 0; }
  bool finite() const { return (verb_tags & verb::kFinite) != 0; }
  bool participle() const { return (verb_tags & verb::kPastParticiple) != 0; }
  bool infinitive() const { return (verb_tags & verb::kInfinitive) != 0; }
  // The "s" of a possessive ("Lumora's", "Lumora’s").
  bool possessive_s() const { return folded == "s" && (gap == "'" || gap == "\xE2\x80\x99"); }
  // Negation proper ("pas", "aucun", "not", "no"), as opposed to the French "ne" that goes with it.
  bool negates() const { return is(word::kNegation) && folded != "ne" && folded != "n"; }
  // Punctuation in the gap before the word.
  // Not the comma inside a number ("73,000", "3,75").
  bool after_comma() const {
    return gap.find(',') != std::string_view::npos &&
           !(gap == "," && !folded.empty() && folded.front() >= '0' && folded.front() <= '9');
  }
  bool after_break() const;  // ; : ( ) quotes or dashes before it
  // "», a témoigné", ",” testified": a quotation closes, then a comma, before this lower-case word.
  bool after_quote_incise() const;
};

// One sentence with everything found in it, by word.
struct Sentence {
  Span span;
  std::vector<Word> words;
  std::vector<const Mention*> mentions;
  std::vector<const Timex*> timexes;
  std::vector<const TriggerMention*> triggers;
};

// Builds the words of `span`: grammar classes on every word, verb analyses on words that are not
// names, dates or closed-class words. The document's mentions, temporal expressions and triggers
// inside the span are linked to their words. In a text that writes accents a verb form must be
// written with its accents: "rencontres" (the noun) is not "rencontrés".
Sentence read_sentence(const Span& span, const DocumentContext& document);

// The first word of the name that word k is part of.
std::size_t name_start(const std::vector<Word>& words, std::size_t k);

// The first of the articles and determiners right before word k that are no preposition ("the"
// of "on the closure", "la" of "par la police"), or k when none stands there.
std::size_t determiners_start(const std::vector<Word>& words, std::size_t k);

// "No arrests", "aucune arrestation", "pas d'arrestation": the negation that determines the noun
// starting at `noun`, or `noun` when none does.
std::size_t negation_determining(const Sentence& sentence, std::size_t noun);

// The folded words of the grammar entry that starts at `first` ("ce dernier"), one space apart.
std::string entry_text(const std::vector<Word>& words, std::size_t first);

// How many words open a sentence with a wire dateline ("PARIS, 5 février 2026 (AFP) -",
// "ALEXANDRIA, Va. (AP) —"), 0 when it has none.
std::size_t dateline_words(const std::vector<Word>& words);

// Whether a text writes accented letters (é, à, ç...): feeds that strip them lose the difference
// between "rencontres" and "rencontrés", and forms are then matched without accents.
bool writes_accents(std::string_view text);

}  // namespace evgraph::detail
