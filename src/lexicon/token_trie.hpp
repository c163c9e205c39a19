// A trie over the tokens of folded text: lexicon forms of several words are matched token by
// token, so one pass over a text's tokens finds every form in time linear in the text.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

struct Token {
  std::size_t begin = 0;  // offsets in the folded text
  std::size_t end = 0;
};

// Runs of letters and digits (any non-ASCII byte counts as a letter) of a folded text.
std::vector<Token> tokenize(std::string_view folded);

class TokenTrie {
 public:
  // `folded_form` is split like a text; a last token ending in '*' matches any token it starts
  // ("rencontr*" matches "rencontre", "rencontrés"). Several values may share a form.
  void insert(std::string_view folded_form, int value);

  struct Candidate {
    std::size_t token_count = 0;
    const std::vector<int>* values = nullptr;
  };
  // Every form that starts at tokens[first], shortest first. `plural` also lets a text token
  // ending in s or x match a form token without it ("Tomahawks").
  std::vector<Candidate> matches_at(const std::vector<Token>& tokens, std::string_view text, std::size_t first,
                                    bool plural) const;

 private:
  struct Node {
    std::map<std::string, int, std::less<>> exact;
    std::map<std::string, int, std::less<>> stems;
    std::vector<int> values;
  };
  int child(int node, std::string_view token, bool plural) const;
  std::vector<Node> m_nodes{Node{}};
};

}  // namespace evgraph::detail
