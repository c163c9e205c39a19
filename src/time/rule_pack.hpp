// The in-memory form of a temporal rule pack (data/lang/<lang>/time.yaml), validated against
// schemas/timex-rules.schema.json. Everything language-specific lives here, as data.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace evgraph {
class DataStore;
struct CalendarNames;
}

namespace evgraph::detail {

struct VocabEntry {
  std::string value;               // what the resolver reads: "3", "SP", "START", "-1", "D"
  std::vector<std::string> forms;  // folded literal forms; a space matches any run of spaces
};

struct PatternSpec {
  std::string name;
  std::string resolver;
  std::string regex;       // RE2 syntax with {placeholder} / {placeholder:group}
  std::string not_before;  // optional: reject when this matches the text just before the match
  std::string not_after;   // optional: reject when this matches the text just after the match
  std::map<std::string, std::string> params;
  int line = 0;  // 1-based position of the pattern in the pack, for error messages
  int column = 0;
};

struct TenseCue {
  std::string tense;  // past|future|present
  std::string regex;
  // The cue's first letter must be unaccented in the original text: French "à" folds to "a",
  // which is also the auxiliary of "a insisté".
  bool ascii_start = false;
  int line = 0;
  int column = 0;
};

// "avant", "à partir de", "until": a word that makes the date after it one end of an open
// interval (TIMEX3 mod BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER).
struct OpenInterval {
  std::string mod;
  std::string regex;  // RE2, matched just before a date or at its start
  std::string not_after;  // optional: not when the text after the date starts with this ("from 2014 to")
  bool accented_word = false;  // its first word must be written with an accent: "dès", not "des"
  int line = 0;
  int column = 0;
};

struct RulePack {
  std::string lang;
  std::string file;  // display name
  std::map<std::string, std::vector<VocabEntry>> vocab;
  std::map<std::string, std::string> fragments;
  std::vector<TenseCue> tense_cues;
  std::string clause_breaks;    // characters that end the clause a tense cue is looked for in
  std::vector<std::string> clause_break_words;  // folded words that start a new clause ("et", "but")
  std::string dateline_prefix;  // the "date" of the opening "date YYYY-MM-DD" line
  std::string date_time_joiner; // regex: what may stand between a day and its time ("a", "at")
  std::vector<PatternSpec> patterns;
  std::vector<OpenInterval> open_intervals;
};

// Reads and validates data/lang/<lang>/time.yaml; the vocabularies month, month_full,
// month_ambiguous, weekday and weekday_abbr come from the pack's calendar names. Throws
// ConfigError with file:line:column.
RulePack load_rule_pack(const DataStore& data, const std::string& lang, const CalendarNames& calendar);

}  // namespace evgraph::detail
