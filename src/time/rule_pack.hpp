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
  std::string requires_before;  // optional: reject unless this matches the text just before the match
  std::string requires_after;   // optional: reject unless this matches the text just after the match
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

// How the pack's verb morphology (verb-forms.tsv) is read for tense: which lemmas are
// auxiliaries, which make a future, which words sit inside a verb group and which words show
// that the next one is a noun or an adjective. Every list holds folded lemmas or forms.
struct VerbRules {
  std::vector<std::string> perfect;       // auxiliary + past participle = a compound past (avoir, etre; have)
  std::vector<std::string> passive;       // auxiliary + past participle keeps the auxiliary's tense (be)
  std::vector<std::string> going_to;      // + infinitive = a future (aller; go in "going to")
  std::vector<std::string> modal_future;  // + infinitive = a future (devoir, pouvoir; will, shall)
  std::vector<std::string> conditional_modals;  // + perfect + participle = a past ("would have met")
  std::vector<std::string> recent_past;   // + marker + infinitive = a past (venir de)
  std::vector<std::string> recent_past_markers;  // de, d
  std::vector<std::string> prospective;   // scheduling verbs: a future whatever their tense (prevoir; schedule)
  std::vector<std::string> intent;        // + marker + infinitive: the infinitive lies ahead (proposer de; promise to)
  std::vector<std::string> intent_markers;  // de, d; to
  // + marker + infinitive: the infinitive comes after the verb, not necessarily after publication
  // (appeler à, sommer de; summon to, order to): the date decides.
  std::vector<std::string> directive;
  std::vector<std::string> directive_markers;  // a, de, d; to
  std::vector<std::string> reporting;       // verbs of saying: a report's day after a dated sentence is not the story's
  std::vector<std::string> announcing;      // a date after their object is the object's (annoncer une grève le 10)
  std::vector<std::string> particles;       // up, off: after a verb, another verb ("set up")
  std::vector<std::string> be_auxiliary;    // être: a compound past only with be_perfect verbs or a reflexive
  std::vector<std::string> be_perfect;      // arriver, mourir: their compound past takes être
  std::vector<std::string> reflexives;      // se, s: "s'est rendu" is a compound past
  std::vector<std::string> linking;         // rester, remain: a participle after them is their complement
  std::vector<std::string> group_words;   // inside a verb group: ne, pas, se, deja; not, already, to
  std::vector<std::string> infinitive_markers;  // the next form is an infinitive, not a present: to
  std::vector<std::string> subjects;      // a form without person heads a group alone only after these: we, they
  std::vector<std::string> not_after;     // determiners, prepositions: what follows is no verb
  std::vector<std::string> not_verbs;     // forms never read as verbs
  std::vector<std::string> accent_homographs;  // verb forms whose accented spelling is another word ("a", "à")
};

struct RulePack {
  std::string lang;
  std::string file;  // display name
  std::map<std::string, std::vector<VocabEntry>> vocab;
  std::map<std::string, std::string> fragments;
  std::vector<TenseCue> tense_cues;
  std::string clause_breaks;    // characters that end the clause a tense cue is looked for in
  std::vector<std::string> clause_break_words;  // folded coordinators: the clause after them has its own verb ("et", "but")
  std::vector<std::string> subordinators;  // folded words that open a subordinate clause ("que", "qui", "which")
  std::vector<std::string> noun_links;     // a date after one of these and a noun completes the noun ("la grève du 17")
  std::vector<std::string> title_abbreviations;  // folded: their full stop ends no clause ("M. Verdier", "Dr. Ames")
  VerbRules verbs;
  std::string habitual;  // regex: words that make a present habitual ("généralement", "usually")
  std::string dateline_prefix;  // the "date" of the opening "date YYYY-MM-DD" line
  std::string date_time_joiner; // regex: what may stand between a day and its time ("a", "at")
  std::string time_date_joiner; // regex: between a time and the day after it ("vers 16 h mardi")
  std::string time_time_joiner; // regex: between two times of a range ("entre 1 h et 5 h")
  std::vector<PatternSpec> patterns;
  std::vector<OpenInterval> open_intervals;
};

// Reads and validates data/lang/<lang>/time.yaml; the vocabularies month, month_full,
// month_ambiguous, weekday and weekday_abbr come from the pack's calendar names. Throws
// ConfigError with file:line:column.
RulePack load_rule_pack(const DataStore& data, const std::string& lang, const CalendarNames& calendar);

}  // namespace evgraph::detail
