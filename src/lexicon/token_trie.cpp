#include "lexicon/token_trie.hpp"

#include <evgraph/text.hpp>

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

std::vector<std::size_t> hashes_of(const std::vector<Token>& tokens, std::string_view text) {
  std::vector<std::size_t> hashes;
  hashes.reserve(tokens.size());
  for (const Token& token : tokens) hashes.push_back(StringHash{}(text.substr(token.begin, token.end - token.begin)));
  return hashes;
}

Words words_of(const FoldedText& folded, WordScratch& scratch) {
  if (!folded.words.empty() || folded.text.empty()) return {folded.words, folded.word_hashes, folded.text};
  scratch.spans = tokenize(folded.text);
  scratch.hashes = hashes_of(scratch.spans, folded.text);
  return {scratch.spans, scratch.hashes, folded.text};
}

}  // namespace evgraph::detail

namespace evgraph {

void add_words(FoldedText& folded) {
  folded.words = detail::tokenize(folded.text);
  folded.word_hashes = detail::hashes_of(folded.words, folded.text);
}

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
    const std::string_view token = std::string_view(text).substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    node = add_child(node, token, stem && k + 1 == tokens.size() && token.size() >= kMinStem);
  }
  m_nodes[node].values.push_back(value);
}

int TokenTrie::add_child(int node, std::string_view token, bool as_stem) {
  auto edges = [&]() -> Edges& { return as_stem ? m_nodes[node].stems : m_nodes[node].exact; };
  if (auto it = edges().find(token); it != edges().end()) return it->second;
  // Adding a node may move every node: look the parent up again after growing.
  m_nodes.push_back(Node{});
  const int created = static_cast<int>(m_nodes.size() - 1);
  edges().emplace(keep(std::string(token)), created);
  return created;
}

std::string_view TokenTrie::keep(std::string text) {
  m_keys.push_back(std::move(text));
  return m_keys.back();
}

int TokenTrie::child(int node, std::string_view token, std::size_t hash, bool plural) const {
  const Node& n = m_nodes[node];
  if (n.exact.empty() && n.stems.empty()) return -1;
  if (auto it = n.exact.find(token, hash); it != n.exact.end()) return it->second;
  if (const auto singular = plural ? without_plural_mark(token, 3) : std::nullopt) {
    if (auto it = n.exact.find(*singular); it != n.exact.end()) return it->second;
  }
  if (!n.stems.empty()) {
    for (std::size_t length = token.size(); length >= kMinStem; --length) {
      if (auto it = n.stems.find(token.substr(0, length)); it != n.stems.end()) return it->second;
    }
  }
  return -1;
}

std::vector<TokenTrie::Candidate> TokenTrie::matches_at(const Words& words, std::size_t first, bool plural) const {
  std::vector<Candidate> out;
  extend(0, 0, words, first, plural, out);
  return out;
}

void TokenTrie::extend(int node, std::size_t matched, const Words& words, std::size_t next, bool plural,
                       std::vector<Candidate>& out) const {
  for (std::size_t k = next; k < words.spans.size(); ++k) {
    node = child(node, words.at(k), words.hashes[k], plural);
    if (node < 0) return;
    ++matched;
    if (!m_nodes[node].values.empty()) out.push_back({matched, &m_nodes[node].values});
  }
}

}  // namespace evgraph::detail
