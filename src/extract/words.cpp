#include "extract/words.hpp"

#include <algorithm>

namespace evgraph::detail {
namespace {

bool has_non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Links each item to the words it covers. Items and words are sorted by offset.
template <typename Item, typename Begin, typename End>
void link(std::vector<Word>& words, const std::vector<const Item*>& items, Begin begin_of, End end_of, int Word::*field) {
  std::size_t w = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::size_t begin = begin_of(*items[k]);
    const std::size_t end = end_of(*items[k]);
    while (w < words.size() && words[w].end <= begin) ++w;
    for (std::size_t v = w; v < words.size() && words[v].begin < end; ++v)
      if (words[v].*field < 0) words[v].*field = static_cast<int>(k);
  }
}

template <typename Item, typename Begin>
std::vector<const Item*> inside(const std::vector<Item>& all, const Span& span, Begin begin_of) {
  std::vector<const Item*> out;
  auto first = std::lower_bound(all.begin(), all.end(), span.begin,
                                [&](const Item& item, std::size_t at) { return begin_of(item) < at; });
  for (auto it = first; it != all.end() && begin_of(*it) < span.end; ++it) out.push_back(&*it);
  return out;
}

std::size_t non_ascii_bytes(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
}

void analyse_verb(Word& word, std::string_view original, const VerbForms& verbs, const Grammar& grammar, bool accented,
                  std::vector<VerbAnalysis>& analyses) {
  verbs.analyse(word.folded, analyses);
  for (const VerbAnalysis& analysis : analyses) {
    if (accented && non_ascii_bytes(analysis.form) != non_ascii_bytes(original)) continue;
    word.verb_tags |= analysis.tags;
    const std::string_view lemma = analysis.folded_lemma;
    if (grammar.is_auxiliary(lemma)) {
      if (word.auxiliary_lemma.empty()) word.auxiliary_lemma = lemma;
    } else if (word.verb_lemma.empty()) {
      word.verb_lemma = lemma;
    }
  }
}

}  // namespace

bool Word::after_break() const {
  for (char c : gap)
    if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"') return true;
  // « » “ ” — –
  for (const char* mark : {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xE2\x80\x93"})
    if (gap.find(mark) != std::string_view::npos) return true;
  return false;
}

bool Word::after_quote_incise() const {
  if (capital || gap.find(',') == std::string_view::npos) return false;
  for (const char* mark : {"\xC2\xBB", "\xE2\x80\x9D", ",\"", "\","})
    if (gap.find(mark) != std::string_view::npos) return true;
  return false;
}

std::size_t name_start(const std::vector<Word>& words, std::size_t k) {
  while (k > 0 && words[k - 1].mention == words[k].mention) --k;
  return k;
}

std::size_t determiners_start(const std::vector<Word>& words, std::size_t k) {
  while (k > 0 && words[k - 1].is(word::kDeterminer) && !words[k - 1].is(word::kPreposition)) --k;
  return k;
}

std::size_t negation_determining(const Sentence& sentence, std::size_t noun) {
  for (std::size_t k = noun, steps = 0; k-- > 0 && steps < 2; ++steps) {
    const Word& word = sentence.words[k];
    if (word.negates()) return k;
    if (word.folded != "de" && word.folded != "d") break;
  }
  return noun;
}

std::string entry_text(const std::vector<Word>& words, std::size_t first) {
  std::string text(words[first].folded);
  for (std::size_t k = first + 1; k < first + words[first].entry_length && k < words.size(); ++k)
    text.append(1, ' ').append(words[k].folded);
  return text;
}

std::size_t dateline_words(const std::vector<Word>& words) {
  // "PARIS, 5 février 2026 (AFP) -", "WROCLAW, Poland (AP) —": a capitalised opening, then an
  // agency of one to three words in brackets followed by a dash.
  constexpr std::size_t kReach = 10;
  if (words.empty() || !words.front().capital) return 0;
  for (std::size_t k = 1; k < words.size() && k <= kReach; ++k) {
    if (words[k].gap.find('(') == std::string_view::npos) continue;
    for (std::size_t j = k + 1; j < words.size() && j <= k + 3; ++j) {
      const std::string_view gap = words[j].gap;
      const std::size_t close = gap.find(')');
      if (close == std::string_view::npos) continue;
      const std::string_view after = gap.substr(close + 1);
      const bool dash = after.find('-') != std::string_view::npos || after.find("\xE2\x80\x93") != std::string_view::npos ||
                        after.find("\xE2\x80\x94") != std::string_view::npos;
      return dash ? j : 0;
    }
    return 0;
  }
  return 0;
}

bool writes_accents(std::string_view text) {
  // UTF-8 of the Latin-1 letters à..ÿ and À..Þ: 0xC3 then 0x80..0xBF. French written with accents
  // has one every few dozen letters; a feed that strips them keeps at most a stray one ("maîtrisé").
  std::size_t letters = 0, accented = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++letters;
    if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80) ++accented, ++letters;
  }
  return accented * 200 >= letters && accented > 0;
}

Sentence read_sentence(const Span& span, const DocumentContext& document) {
  const std::string_view text = document.text;
  const FoldedText& folded = document.folded;
  const LanguagePack& language = document.language;
  const bool accented = document.accented;
  Sentence sentence;
  sentence.span = span;
  sentence.mentions = inside(document.mentions, span, [](const Mention& m) { return m.begin; });
  sentence.timexes = inside(document.timexes, span, [](const Timex& t) { return t.begin; });
  sentence.triggers = inside(document.triggers, span, [](const TriggerMention& t) { return t.begin; });

  const auto& tokens = folded.words;
  auto first = std::lower_bound(tokens.begin(), tokens.end(), span.begin,
                                [&](const Span& token, std::size_t at) { return folded.origin[token.begin] < at; });
  std::size_t previous_end = span.begin;
  std::vector<GrammarWord> grammar_words;
  const auto last = std::lower_bound(first, tokens.end(), span.end,
                                     [&](const Span& token, std::size_t at) { return folded.origin[token.begin] < at; });
  sentence.words.reserve(static_cast<std::size_t>(last - first));
  grammar_words.reserve(static_cast<std::size_t>(last - first));
  for (auto it = first; it != tokens.end() && folded.origin[it->begin] < span.end; ++it) {
    Word word;
    word.begin = folded.origin[it->begin];
    word.end = folded.original_end(it->end);
    word.folded = std::string_view(folded.text).substr(it->begin, it->end - it->begin);
    word.index = static_cast<std::size_t>(it - tokens.begin());
    word.hash = folded.word_hashes[word.index];
    word.gap = text.substr(previous_end, word.begin - previous_end);
    word.accented = has_non_ascii(text.substr(word.begin, word.end - word.begin));
    word.capital = capital_at(text, word.begin);
    previous_end = word.end;
    sentence.words.push_back(word);
  }
  // A wire dateline opens the first sentence of a dispatch: where and by whom it was filed, not
  // who acts in it.
  const std::size_t dateline = dateline_words(sentence.words);
  if (dateline > 0) {
    sentence.words.erase(sentence.words.begin(), sentence.words.begin() + static_cast<long>(dateline));
    sentence.words.front().gap = {};
  }
  for (const Word& word : sentence.words)
    // Without accents in the text, "a" may be "à": accent-sensitive entries match bare words too.
    grammar_words.push_back({word.folded, word.accented || !accented, word.hash});
  const Grammar& grammar = language.grammar();
  std::size_t covered_until = 0, cover = 0;
  for (std::size_t k = 0; k < sentence.words.size(); ++k) {
    const Grammar::Match match = grammar.match(grammar_words, k);
    sentence.words[k].classes = match.classes;
    sentence.words[k].prenominal = grammar.prenominal_adjective(sentence.words[k].folded);
    sentence.words[k].entry_length = match.length;
    if (k >= covered_until || k + match.length > covered_until) {
      if (match.length > 0 && k + match.length > covered_until) cover = k, covered_until = k + match.length;
    }
    sentence.words[k].entry_start = k < covered_until ? cover : k;
  }
  link(sentence.words, sentence.mentions, [](const Mention& m) { return m.begin; }, [](const Mention& m) { return m.end; },
       &Word::mention);
  link(sentence.words, sentence.timexes, [](const Timex& t) { return t.begin; }, [](const Timex& t) { return t.end; },
       &Word::timex);
  link(sentence.words, sentence.triggers, [](const TriggerMention& t) { return t.begin; },
       [](const TriggerMention& t) { return t.end; }, &Word::trigger);
  // Verb analyses only where a verb may stand: names, dates and numbers are not verbs. Closed-class
  // words may be ("a", "est", "will"), so they are looked up too.
  std::vector<VerbAnalysis> analyses;
  std::size_t phrase_end = 0;  // a word inside a closed-class phrase ("au cours de", "peut-être") is no verb
  for (std::size_t k = 0; k < sentence.words.size(); ++k) {
    Word& word = sentence.words[k];
    const bool in_phrase = k < phrase_end;
    if (word.entry_length >= 2) phrase_end = std::max(phrase_end, k + word.entry_length);
    if (in_phrase || word.entry_length >= 2 || word.mention >= 0 || word.timex >= 0) continue;
    if (!word.folded.empty() && std::isdigit(static_cast<unsigned char>(word.folded.front()))) continue;
    analyse_verb(word, text.substr(word.begin, word.end - word.begin), language.verbs(), grammar, accented, analyses);
    if (word.trigger >= 0) {
      const int verb = sentence.triggers[static_cast<std::size_t>(word.trigger)]->verb;
      const auto& definitions = language.triggers().definitions();
      // A verb that reports the quotation before it says something, whatever else it may mean
      // ("« On a tout perdu », a témoigné le président": no trial).
      const bool incise = word.after_quote_incise() ||
                          (k > 0 && !sentence.words[k - 1].auxiliary_lemma.empty() && sentence.words[k - 1].after_quote_incise());
      word.reporting = verb >= 0 && (definitions[static_cast<std::size_t>(verb)].reporting || incise);
      word.event_verb = verb >= 0 && definitions[static_cast<std::size_t>(verb)].then_word.empty();
    }
    // A pack without a verb table still knows its verb triggers: they stand for finite verbs.
    if (word.verb_tags == 0 && word.trigger >= 0 && language.verbs().size() == 0 &&
        sentence.triggers[static_cast<std::size_t>(word.trigger)]->verb >= 0)
      word.verb_tags = verb::kPresent | verb::kPast;
  }
  return sentence;
}

}  // namespace evgraph::detail
