#include "schema/yaml_aliases.hpp"

#include <evgraph/error.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <vector>

namespace evgraph::detail {
namespace {

// Counts the nodes of the document as if every alias were replaced by a copy of its anchor's
// subtree (nested aliases included), without building anything.
class AliasCounter : public YAML::EventHandler {
 public:
  AliasCounter(const std::string& file, const AliasLimits& limits) : m_file(file), m_limits(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor, 0); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    leaf(anchor, value.size());
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = m_sizes.find(anchor);
    const Size size = found == m_sizes.end() ? Size{1, 0} : found->second;
    m_expanded += size;
    m_through_aliases += size;
    if (m_through_aliases.nodes > m_limits.nodes || m_through_aliases.bytes > m_limits.bytes)
      throw InputError({m_file, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1},
                       "YAML aliases expand to more than " + std::to_string(m_limits.nodes) + " nodes or " +
                           std::to_string(m_limits.bytes) + " bytes (an anchor reused too often): write the values out");
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  // What a subtree stands for once its aliases are replaced: nodes, and bytes of scalars.
  struct Size {
    std::size_t nodes = 0;
    std::size_t bytes = 0;
    Size& operator+=(const Size& other) {
      nodes += other.nodes;
      bytes += other.bytes;
      return *this;
    }
  };
  struct Open {
    YAML::anchor_t anchor;
    Size first;  // m_expanded when it opened
  };

  void leaf(YAML::anchor_t anchor, std::size_t bytes) {
    m_expanded += Size{1, bytes};
    if (anchor != YAML::NullAnchor) m_sizes[anchor] = Size{1, bytes};
  }
  void open(YAML::anchor_t anchor) {
    m_open.push_back({anchor, m_expanded});
    m_expanded += Size{1, 0};
  }
  void close() {
    if (m_open.empty()) return;
    const Open done = m_open.back();
    m_open.pop_back();
    if (done.anchor != YAML::NullAnchor)
      m_sizes[done.anchor] = Size{m_expanded.nodes - done.first.nodes, m_expanded.bytes - done.first.bytes};
  }

  const std::string& m_file;
  AliasLimits m_limits;
  Size m_expanded;
  Size m_through_aliases;
  std::vector<Open> m_open;
  std::unordered_map<YAML::anchor_t, Size> m_sizes;
};

}  // namespace

void check_alias_expansion(const std::string& text, const std::string& file, const AliasLimits& limits) {
  if (text.find('*') == std::string::npos) return;  // no alias: nothing to count (the common case)
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  AliasCounter counter(file, limits);
  try {
    // The first document only, as YAML::Load reads: on some malformed streams yaml-cpp's
    // HandleNextDocument keeps returning true without moving on (found by fuzz_inputs).
    (void)parser.HandleNextDocument(counter);
  } catch (const YAML::Exception&) {
    // Syntax errors are reported by the parse that follows, with the same location.
  }
}

}  // namespace evgraph::detail
