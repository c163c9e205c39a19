// What the extractor knows of one document before it reads its sentences: the text, its words
// and their verb analyses, and what the lexicon, the names, the tagger and the triggers found.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/language.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>
#include <evgraph/timex.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

struct DocumentContext {
  const DocumentInfo& info;
  std::string_view text;
  const FoldedText& folded;
  const LanguagePack& language;
  const Lexicon& lexicon;
  const std::vector<Mention>& mentions;   // sorted by begin
  const std::vector<Timex>& timexes;      // sorted by begin
  const std::vector<TriggerMention>& triggers;
  const std::map<std::string, std::string>& kinds;  // entity id -> kind
  const std::map<std::string, std::string>& names;  // entity id -> display name
  bool accented = true;  // the text writes accents (see writes_accents)
  std::size_t max_quote_chars = 0;  // ExtractLimits::max_quote_chars
};

}  // namespace evgraph::detail
