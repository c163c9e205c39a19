#include "time/pattern_compiler.hpp"

#include <evgraph/error.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace evgraph::detail {
namespace {

constexpr std::array<std::pair<const char*, ResolverKind>, 26> kResolvers{{
    {"absolute_date", ResolverKind::AbsoluteDate}, {"day_list", ResolverKind::DayList},
    {"range", ResolverKind::Range}, {"year", ResolverKind::Year}, {"decade", ResolverKind::Decade},
    {"month", ResolverKind::Month}, {"weekday", ResolverKind::Weekday},
    {"weekday_day", ResolverKind::WeekdayDay}, {"relative_day", ResolverKind::RelativeDay},
    {"anchored_day", ResolverKind::AnchoredDay}, {"relative_unit", ResolverKind::RelativeUnit},
    {"offset", ResolverKind::Offset}, {"part_of_period", ResolverKind::PartOfPeriod},
    {"season", ResolverKind::Season}, {"quarter", ResolverKind::Quarter},
    {"duration", ResolverKind::Duration}, {"time_of_day", ResolverKind::TimeOfDay},
    {"part_of_day", ResolverKind::PartOfDay}, {"set", ResolverKind::Set}, {"ref", ResolverKind::Ref},
    {"holiday", ResolverKind::Holiday}, {"day_of_month", ResolverKind::DayOfMonth},
    {"ordinal_in_month", ResolverKind::OrdinalInMonth}, {"weekend", ResolverKind::Weekend},
    {"century", ResolverKind::Century}, {"ignore", ResolverKind::Ignore},
}};

std::string normalise_spaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

[[noreturn]] void fail(const RulePack& pack, int line, int column, const std::string& message) {
  throw ConfigError(SourceLocation{pack.file, line, column}, message);
}

bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

struct Expander {
  const RulePack& pack;
  const PatternSpec& spec;
  std::vector<std::string> group_names;
  std::vector<std::vector<std::string>> group_vocabs;

  // Expands {name} and {name:group}. Inside a fragment (`named` false) vocabularies expand without
  // a group and are recorded in `referenced`.
  std::string expand(const std::string& source, bool named, std::vector<std::string>* referenced, int depth) {
    if (depth > 4) fail(pack, spec.line, spec.column, "pattern '" + spec.name + "': fragments nest too deeply");
    std::string out;
    for (std::size_t i = 0; i < source.size(); ++i) {
      const char c = source[i];
      if (c == '\\' && i + 1 < source.size()) {
        out += source.substr(i, 2);
        ++i;
        continue;
      }
      if (c != '{' || i + 1 >= source.size() || !(source[i + 1] >= 'a' && source[i + 1] <= 'z')) {
        out.push_back(c);
        continue;
      }
      std::size_t j = i + 1;
      while (j < source.size() && is_name_char(source[j])) ++j;
      std::string name = source.substr(i + 1, j - i - 1);
      std::string group = name;
      if (j < source.size() && source[j] == ':') {
        const std::size_t k = ++j;
        while (j < source.size() && is_name_char(source[j])) ++j;
        group = source.substr(k, j - k);
      }
      if (j >= source.size() || source[j] != '}')
        fail(pack, spec.line, spec.column, "pattern '" + spec.name + "': unterminated placeholder {" + name);
      i = j;
      std::string body;
      std::vector<std::string> vocabs;
      if (auto v = pack.vocab.find(name); v != pack.vocab.end()) {
        std::vector<std::string> forms;
        for (const auto& entry : v->second) forms.insert(forms.end(), entry.forms.begin(), entry.forms.end());
        body = alternation_of(forms);
        vocabs.push_back(name);
      } else if (auto f = pack.fragments.find(name); f != pack.fragments.end()) {
        body = expand(f->second, false, &vocabs, depth + 1);
      } else {
        fail(pack, spec.line, spec.column, "pattern '" + spec.name + "': unknown placeholder {" + name + "}");
      }
      if (named) {
        out += "(?P<" + group + ">" + body + ")";
        group_names.push_back(group);
        group_vocabs.push_back(std::move(vocabs));
      } else {
        out += "(?:" + body + ")";
        if (referenced) referenced->insert(referenced->end(), vocabs.begin(), vocabs.end());
      }
    }
    return out;
  }
};

// Capturing groups of a regex source: "(" not followed by "?", and named "(?P<"; -1 when the
// parentheses do not balance.
int capturing_groups(const std::string& source) {
  int count = 0, depth = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < source.size() && source[i + 1] == ']') ++i;  // "[]...]": a literal bracket first
    } else if (c == '(') {
      const bool plain = i + 1 >= source.size() || source[i + 1] != '?';
      count += plain || source.compare(i + 1, 3, "?P<") == 0;
      ++depth;
    } else if (c == ')' && --depth < 0) {
      return -1;
    }
  }
  return depth == 0 ? count : -1;
}

// The capture-free copy for the combined scan: named groups become plain groups.
std::string strip_groups(const std::string& source) {
  std::string out;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\\' && i + 1 < source.size()) {
      out += source.substr(i, 2);
      ++i;
    } else if (source.compare(i, 4, "(?P<") == 0) {
      out += "(?:";
      i = source.find('>', i);
    } else {
      out.push_back(source[i]);
    }
  }
  return out;
}

std::unique_ptr<RE2> compile(const RulePack& pack, const PatternSpec& spec, const std::string& source) {
  auto re = std::make_unique<RE2>(source, timex_re2_options(false));
  if (!re->ok()) fail(pack, spec.line, spec.column, "pattern '" + spec.name + "': " + re->error());
  return re;
}

}  // namespace

std::optional<ResolverKind> resolver_kind(std::string_view name) {
  for (const auto& [key, kind] : kResolvers)
    if (name == key) return kind;
  return std::nullopt;
}

RE2::Options timex_re2_options(bool longest_match) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_longest_match(longest_match);
  options.set_log_errors(false);
  options.set_max_mem(256 << 20);
  return options;
}

std::string alternation_of(const std::vector<std::string>& forms) {
  std::vector<std::string> sorted = forms;
  std::sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::string out;
  for (const auto& form : sorted) {
    if (!out.empty()) out.push_back('|');
    const std::string words = normalise_spaces(form);
    std::size_t start = 0;
    while (start <= words.size()) {
      const std::size_t space = words.find(' ', start);
      const std::string word = words.substr(start, space == std::string::npos ? std::string::npos : space - start);
      out += RE2::QuoteMeta(word);
      if (space == std::string::npos) break;
      out += "\\s+";
      start = space + 1;
    }
  }
  return out;
}

Vocabulary::Vocabulary(const RulePack& pack) {
  for (const auto& [name, entries] : pack.vocab) {
    auto& table = m_tables[name];
    for (const auto& entry : entries)
      for (const auto& form : entry.forms) table.emplace_back(normalise_spaces(form), entry.value);
    // The first entry of a form wins, as with a map filled in pack order.
    std::stable_sort(table.begin(), table.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    table.erase(std::unique(table.begin(), table.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                table.end());
  }
}

const std::string* Vocabulary::find(const std::string& name, std::string_view text) const {
  auto table = m_tables.find(name);
  if (table == m_tables.end()) return nullptr;
  // Captured text has single spaces unless the document spaced it otherwise: normalise only then.
  bool plain = true;
  for (std::size_t i = 0; i < text.size() && plain; ++i)
    plain = !(text[i] == '\n' || text[i] == '\t' || (text[i] == ' ' && (i == 0 || i + 1 == text.size() || text[i + 1] == ' ')));
  std::string normalised;
  if (!plain) {
    normalised = normalise_spaces(text);
    text = normalised;
  }
  const auto& entries = table->second;
  auto it = std::lower_bound(entries.begin(), entries.end(), text,
                             [](const std::pair<std::string, std::string>& a, std::string_view b) { return std::string_view(a.first) < b; });
  return it != entries.end() && it->first == text ? &it->second : nullptr;
}

const RE2& CompiledPattern::regex() const {
  std::call_once(*m_once, [this] { m_regex = std::make_unique<RE2>(source, timex_re2_options(false)); });
  return *m_regex;
}

int CompiledPattern::group_index(std::string_view group) const {
  for (std::size_t i = 0; i < group_names.size(); ++i)
    if (group_names[i] == group) return static_cast<int>(i) + 1;
  return 0;
}

std::string CompiledPattern::param(const std::string& key, const std::string& fallback) const {
  auto it = params.find(key);
  return it == params.end() ? fallback : it->second;
}

std::vector<CompiledPattern> compile_patterns(const RulePack& pack) {
  std::vector<CompiledPattern> out;
  for (const auto& spec : pack.patterns) {
    CompiledPattern pattern;
    pattern.name = spec.name;
    auto kind = resolver_kind(spec.resolver);
    if (!kind) fail(pack, spec.line, spec.column, "pattern '" + spec.name + "': unknown resolver '" + spec.resolver + "'");
    pattern.resolver = *kind;
    Expander expander{pack, spec, {}, {}};
    std::string source = expander.expand(spec.regex, true, nullptr, 0);
    // Syntax and the empty match are checked when the scanner compiles its set of the same
    // sources (with this pattern's position); the groups here.
    const int groups = capturing_groups(source);
    if (groups < 0) fail(pack, spec.line, spec.column, "pattern '" + spec.name + "': unbalanced parentheses");
    if (groups != static_cast<int>(expander.group_names.size()))
      fail(pack, spec.line, spec.column,
           "pattern '" + spec.name + "': use (?:...) for grouping; captures come from placeholders only");
    pattern.file = pack.file;
    pattern.line = spec.line;
    pattern.column = spec.column;
    pattern.scan_source = strip_groups(source);
    pattern.source = std::move(source);
    pattern.group_names = std::move(expander.group_names);
    pattern.group_vocabs = std::move(expander.group_vocabs);
    if (!spec.not_before.empty())
      pattern.not_before = compile(pack, spec, "(?:" + expander.expand(spec.not_before, false, nullptr, 0) + ")$");
    if (!spec.requires_before.empty())
      pattern.requires_before = compile(pack, spec, "(?:" + expander.expand(spec.requires_before, false, nullptr, 0) + ")$");
    if (!spec.requires_after.empty())
      pattern.requires_after = compile(pack, spec, "^(?:" + expander.expand(spec.requires_after, false, nullptr, 0) + ")");
    if (!spec.not_after.empty())
      pattern.not_after = compile(pack, spec, "^(?:" + expander.expand(spec.not_after, false, nullptr, 0) + ")");
    for (const auto& [key, value] : spec.params) pattern.params.emplace(key, value);
    pattern.not_after_name = pattern.param("after_name") == "no";
    out.push_back(std::move(pattern));
  }
  return out;
}

}  // namespace evgraph::detail
