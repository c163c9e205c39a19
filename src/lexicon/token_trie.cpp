#include "lexicon/token_trie.hpp"

namespace evgraph::detail {
namespace {

bool is_token_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || (c >= 'A' && c <= 'Z');
}

// Stems shorter than this would match too many unrelated words.
constexpr std::size_t kMinStem = 4;

}  // namespace

std::vector<Token> tokenize(std::string_view folded) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  const std::size_t size = folded.size();
  while (i < size) {
    while (i < size && !is_token_byte(static_cast<unsigned char>(folded[i]))) ++i;
    const std::size_t begin = i;
    while (i < size && is_token_byte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i > begin) tokens.push_back({begin, i});
  }
  return tokens;
}

const std::vector<Token>& words_of(const FoldedText& folded, std::vector<Token>& scratch) {
  if (!folded.words.empty() || folded.text.empty()) return folded.words;
  scratch = tokenize(folded.text);
  return scratch;
}

}  // namespace evgraph::detail

namespace evgraph {

void add_words(FoldedText& folded) { folded.words = detail::tokenize(folded.text); }

}  // namespace evgraph

namespace evgraph::detail {

void TokenTrie::insert(std::string_view folded_form, int value) {
  std::string text(folded_form);
  const bool stem = !text.empty() && text.back() == '*';
  if (stem) text.pop_back();
  const auto tokens = tokenize(text);
  if (tokens.empty()) return;
  int node = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::string token = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    const bool as_stem = stem && k + 1 == tokens.size() && token.size() >= kMinStem;
    auto edges = [&]() -> Edges& {
      return as_stem ? m_nodes[node].stems : m_nodes[node].exact;
    };
    auto it = edges().find(token);
    if (it != edges().end()) {
      node = it->second;
      continue;
    }
    // Adding a node may move every node: look the parent up again after growing.
    m_nodes.push_back(Node{});
    const int created = static_cast<int>(m_nodes.size() - 1);
    edges().emplace(keep(token), created);
    node = created;
  }
  m_nodes[node].values.push_back(value);
}

std::string_view TokenTrie::keep(std::string text) {
  m_keys.push_back(std::move(text));
  return m_keys.back();
}

int TokenTrie::child(int node, std::string_view token, bool plural) const {
  const Node& n = m_nodes[node];
  if (auto it = n.exact.find(token); it != n.exact.end()) return it->second;
  if (plural && token.size() > 3 && (token.back() == 's' || token.back() == 'x')) {
    if (auto it = n.exact.find(token.substr(0, token.size() - 1)); it != n.exact.end()) return it->second;
  }
  if (!n.stems.empty()) {
    for (std::size_t length = token.size(); length >= kMinStem; --length) {
      if (auto it = n.stems.find(token.substr(0, length)); it != n.stems.end()) return it->second;
    }
  }
  return -1;
}

std::vector<TokenTrie::Candidate> TokenTrie::matches_at(const std::vector<Token>& tokens, std::string_view text,
                                                        std::size_t first, bool plural) const {
  std::vector<Candidate> out;
  int node = 0;
  for (std::size_t k = first; k < tokens.size(); ++k) {
    node = child(node, text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin), plural);
    if (node < 0) break;
    if (!m_nodes[node].values.empty()) out.push_back({k - first + 1, &m_nodes[node].values});
  }
  return out;
}

}  // namespace evgraph::detail
