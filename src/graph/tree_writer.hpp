// Writes nested records (objects, arrays, strings, numbers) as pretty JSON, one-line JSON or
// block YAML, appending to a string. One walk over the model serves graph.json, graph.yaml and
// the JSON Lines of parts, and costs a few nanoseconds a byte: no document tree is built.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

class TreeWriter {
 public:
  enum class Syntax { Json, JsonLine, Yaml };
  // Block: one member per line (pretty syntaxes); Inline: on one line (`["a", "b"]`, `{a: 1}`).
  enum class Layout { Block, Inline };

  TreeWriter(Syntax syntax, std::string& out) : m_syntax(syntax), m_out(out) {}

  void begin_object(Layout layout = Layout::Block);
  void end_object();
  void begin_array(Layout layout = Layout::Block);
  void end_array();
  void key(std::string_view name);        // an identifier: [a-z_]+
  void key_text(std::string_view text);   // any text, quoted (a map keyed by ids)

  void string(std::string_view text);
  // A word from a closed set (a type, a granularity): left unquoted in YAML when that reads back
  // as the same string.
  void symbol(std::string_view word);
  void number(std::size_t value);
  void number(double value);  // shortest text that reads back as the same double
  void null();

  // Ends the document (a newline after the last line).
  void finish();

 private:
  struct Level {
    bool object;
    Layout layout;
    std::size_t count = 0;
    std::size_t indent = 0;         // column of the members (JSON, YAML objects) or dashes (YAML arrays)
    bool on_dash_line = false;      // YAML: an array item, whose first key follows its "- "
    bool opened_after_key = false;  // YAML: opened as a key's value, so an empty one is " {}"
  };
  void before_value();
  void after_key_space();
  void start_key();
  void newline_indent(std::size_t depth);
  void quoted(std::string_view text);
  bool pretty() const { return m_syntax != Syntax::JsonLine; }
  bool inline_here() const { return !m_levels.empty() && m_levels.back().layout == Layout::Inline; }

  Syntax m_syntax;
  std::string& m_out;
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

}  // namespace evgraph::detail
