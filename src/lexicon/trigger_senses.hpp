// Words of two event types, read by the words around them: "the strike was called by the union"
// is a walkout, "a strike on the port killed five" an attack (triggers.yaml `senses`).
//
// Each use votes for the sense whose cues stand within a few words of it; the document then
// reads every use the way most of its votes go (one sense per discourse, Yarowsky 1995), so
// "The last strike, in 2016, lasted six days" follows the walkout the article is about.
#pragma once

#include <evgraph/lexicon.hpp>

#include "lexicon/token_trie.hpp"

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace YAML {
class Node;
}

namespace evgraph::detail {

class TriggerSenses {
 public:
  // `definitions` is the trigger set's table: the other reading of each sense is added to it.
  // `bases` gives the type-level fields of a type id (the definition every entry of it copies).
  // Throws ConfigError naming `file` when a sense names an unknown type.
  TriggerSenses(const YAML::Node& senses, const std::string& file, std::vector<TriggerDefinition>& definitions,
                const std::map<std::string, TriggerDefinition>& bases);

  // Switches the uses of each sense's word to its other type where the document's votes say so.
  void apply(std::vector<TriggerMention>& mentions, const Words& words) const;

 private:
  struct Sense {
    std::string word;                      // folded
    std::unordered_set<std::string> cues;  // folded words that vote for `alternative`
    std::unordered_set<std::string> against;  // folded words that vote for the listed reading
    std::unordered_set<int> listed;        // the definitions of the word as listed
    int noun = -1;                         // its reading as a noun of the sense's type
    int verb = -1;                         // and as a verb
  };
  int vote(const Sense& sense, const TriggerMention& mention, const Words& words) const;

  std::vector<Sense> m_senses;
};

}  // namespace evgraph::detail
