// A trie over the tokens of folded text: lexicon forms of several words are matched token by
// token, so one pass over a text's tokens finds every form in time linear in the text.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <evgraph/text.hpp>

#include "common/string_map.hpp"

namespace evgraph::detail {

using Token = Span;  // offsets in the folded text

// Runs of letters and digits (any non-ASCII byte counts as a letter) of a folded text.
std::vector<Token> tokenize(std::string_view folded);

// StringHash of each token.
std::vector<std::size_t> hashes_of(const std::vector<Token>& tokens, std::string_view text);

// The words of a folded text with their hashes.
struct Words {
  const std::vector<Token>& spans;
  const std::vector<std::size_t>& hashes;
  std::string_view text;

  std::string_view at(std::size_t k) const { return text.substr(spans[k].begin, spans[k].end - spans[k].begin); }
};

// Words made for a text whose caller did not call add_words.
struct WordScratch {
  std::vector<Token> spans;
  std::vector<std::size_t> hashes;
};

// folded.words when filled, else `scratch` filled with the words of folded.text.
Words words_of(const FoldedText& folded, WordScratch& scratch);

class TokenTrie {
 public:
  TokenTrie() = default;
  // Edges view strings the trie owns: moving keeps them in place, a copy would not.
  TokenTrie(const TokenTrie&) = delete;
  TokenTrie& operator=(const TokenTrie&) = delete;
  TokenTrie(TokenTrie&&) noexcept = default;
  TokenTrie& operator=(TokenTrie&&) noexcept = default;

  // `folded_form` is split like a text; a last token ending in '*' matches any token it starts
  // ("rencontr*" matches "rencontre", "rencontrés"). Several values may share a form.
  void insert(std::string_view folded_form, int value);

  struct Candidate {
    std::size_t token_count = 0;
    const std::vector<int>* values = nullptr;
  };
  // Every form that starts at tokens[first], shortest first. `plural` also lets a text token
  // ending in s or x match a form token without it ("Tomahawks").
  std::vector<Candidate> matches_at(const Words& words, std::size_t first, bool plural) const;


 private:
  // Edges are hashed by string_view into m_keys, so a lookup costs no allocation: matching runs
  // once per token of every document.
  // Open addressing with stored hashes: the root's edges number in the thousands and are probed
  // for every token, so a lookup should touch one cache line, not a chain of nodes.
  using Edges = StringViewMap<int>;
  struct Node {
    Edges exact;
    Edges stems;
    std::vector<int> values;
  };
  int child(int node, std::string_view token, std::size_t hash, bool plural) const;
  int add_child(int node, std::string_view token, bool as_stem);
  // Candidates reached from `node` (which matched `matched` tokens) through words[next...].
  void extend(int node, std::size_t matched, const Words& words, std::size_t next, bool plural,
              std::vector<Candidate>& out) const;
  std::string_view keep(std::string text);
  std::vector<Node> m_nodes{Node{}};
  std::deque<std::string> m_keys;  // deque: growing it never moves the strings the edges view
};

}  // namespace evgraph::detail
