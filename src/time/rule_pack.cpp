#include "time/rule_pack.hpp"

#include <evgraph/data_store.hpp>
#include <evgraph/error.hpp>
#include <evgraph/language.hpp>
#include <evgraph/text.hpp>
#include <evgraph/schema.hpp>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace evgraph::detail {
namespace {

[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const std::string& message) {
  const YAML::Mark mark = node.Mark();
  throw ConfigError(SourceLocation{file, mark.line + 1, mark.column + 1}, message);
}

std::string scalar(const YAML::Node& node) { return node ? node.as<std::string>() : std::string(); }

// A list of words, folded (the pack writes lemmas as the dictionary does: "être", "prévoir").
std::vector<std::string> words(const YAML::Node& list) {
  std::vector<std::string> out;
  if (list)
    for (const auto& word : list) out.push_back(fold(word.as<std::string>()));
  return out;
}

std::vector<VocabEntry> read_vocab(const YAML::Node& list, const std::string& file) {
  std::vector<VocabEntry> out;
  for (const auto& item : list) {
    VocabEntry entry;
    entry.value = scalar(item["value"]);
    for (const auto& form : item["forms"]) {
      std::string text = form.as<std::string>();
      if (text.empty()) fail(file, form, "empty vocabulary form");
      entry.forms.push_back(std::move(text));
    }
    out.push_back(std::move(entry));
  }
  return out;
}

void add_form(std::vector<std::string>& forms, std::string form) {
  if (!form.empty() && form.back() == '.') form.pop_back();
  if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
}

// Month and weekday names live once, in the pack's language.yaml; the patterns name these
// vocabularies. Standalone month names are full names only: "mar" alone is not March.
void add_calendar_vocab(RulePack& pack, const CalendarNames& calendar) {
  auto& month = pack.vocab["month"];
  auto& month_full = pack.vocab["month_full"];
  auto& month_ambiguous = pack.vocab["month_ambiguous"];
  for (std::size_t m = 0; m < calendar.months.size(); ++m) {
    const CalendarName& name = calendar.months[m];
    VocabEntry all{std::to_string(m + 1), {}};
    add_form(all.forms, fold(name.name));
    add_form(all.forms, fold(name.short_name));
    for (const auto& form : name.forms) add_form(all.forms, form);
    month.push_back(all);
    (name.standalone ? month_full : month_ambiguous).push_back(VocabEntry{std::to_string(m + 1), {fold(name.name)}});
  }
  auto& weekday = pack.vocab["weekday"];
  auto& weekday_abbr = pack.vocab["weekday_abbr"];
  for (std::size_t d = 0; d < calendar.weekdays.size(); ++d) {
    const CalendarName& name = calendar.weekdays[d];
    weekday.push_back(VocabEntry{std::to_string(d + 1), {fold(name.name)}});
    VocabEntry abbreviations{std::to_string(d + 1), {}};
    add_form(abbreviations.forms, fold(name.short_name));
    for (const auto& form : name.forms) add_form(abbreviations.forms, form);
    weekday_abbr.push_back(abbreviations);
  }
}

}  // namespace

RulePack load_rule_pack(const DataStore& data, const std::string& lang, const CalendarNames& calendar) {
  const std::string rel = "data/lang/" + lang + "/time.yaml";
  const std::string file = data.display_name(rel);
  const YAML::Node root = data.load_yaml(rel);
  // The schema catches shape errors with their position; what it cannot express (placeholders
  // that name nothing, regexes RE2 rejects) is checked by the pattern compiler.
  validate_against_schema(root, file, "timex-rules.schema.json", data, /*is_config=*/true);

  RulePack pack;
  pack.file = file;
  pack.lang = scalar(root["language"]);
  if (pack.lang != lang) fail(file, root["language"], "language '" + pack.lang + "' does not match the file name");
  for (const auto& kv : root["vocab"]) pack.vocab[kv.first.as<std::string>()] = read_vocab(kv.second, file);
  add_calendar_vocab(pack, calendar);
  if (root["fragments"])
    for (const auto& kv : root["fragments"]) pack.fragments[kv.first.as<std::string>()] = kv.second.as<std::string>();
  const YAML::Node tense = root["tense"];
  pack.clause_breaks = scalar(tense["clause_breaks"]);
  pack.clause_break_words = words(tense["clause_break_words"]);
  pack.subordinators = words(tense["subordinators"]);
  pack.noun_links = words(tense["noun_links"]);
  pack.title_abbreviations = words(tense["title_abbreviations"]);
  pack.habitual = scalar(tense["habitual"]);
  if (const YAML::Node verbs = tense["verbs"]) {
    VerbRules& rules = pack.verbs;
    rules.perfect = words(verbs["perfect"]);
    rules.passive = words(verbs["passive"]);
    rules.going_to = words(verbs["going_to"]);
    rules.modal_future = words(verbs["modal_future"]);
    rules.conditional_modals = words(verbs["conditional_modals"]);
    rules.recent_past = words(verbs["recent_past"]);
    rules.recent_past_markers = words(verbs["recent_past_markers"]);
    rules.prospective = words(verbs["prospective"]);
    rules.intent = words(verbs["intent"]);
    rules.intent_markers = words(verbs["intent_markers"]);
    rules.directive = words(verbs["directive"]);
    rules.directive_markers = words(verbs["directive_markers"]);
    rules.announcing = words(verbs["announcing"]);
    rules.reporting = words(verbs["reporting"]);
    rules.linking = words(verbs["linking"]);
    rules.particles = words(verbs["particles"]);
    rules.be_auxiliary = words(verbs["be_auxiliary"]);
    rules.be_perfect = words(verbs["be_perfect"]);
    rules.reflexives = words(verbs["reflexives"]);
    rules.group_words = words(verbs["group_words"]);
    rules.infinitive_markers = words(verbs["infinitive_markers"]);
    rules.subjects = words(verbs["subjects"]);
    rules.not_after = words(verbs["not_after"]);
    rules.not_verbs = words(verbs["not_verbs"]);
    rules.accent_homographs = words(verbs["accent_homographs"]);
  }
  for (const auto& cue : tense["cues"]) {
    const YAML::Mark mark = cue.Mark();
    const bool ascii_start = cue["ascii_start"] && cue["ascii_start"].as<bool>();
    pack.tense_cues.push_back(TenseCue{scalar(cue["tense"]), scalar(cue["regex"]), ascii_start, mark.line + 1, mark.column + 1});
  }
  pack.dateline_prefix = scalar(root["dateline_prefix"]);
  pack.date_time_joiner = scalar(root["date_time_joiner"]);
  pack.time_date_joiner = scalar(root["time_date_joiner"]);
  pack.time_time_joiner = scalar(root["time_time_joiner"]);
  for (const auto& item : root["patterns"]) {
    PatternSpec spec;
    spec.name = scalar(item["name"]);
    spec.resolver = scalar(item["resolver"]);
    spec.regex = scalar(item["regex"]);
    spec.not_before = scalar(item["not_before"]);
    spec.requires_before = scalar(item["requires_before"]);
    spec.requires_after = scalar(item["requires_after"]);
    spec.not_after = scalar(item["not_after"]);
    if (item["params"])
      for (const auto& kv : item["params"]) spec.params[kv.first.as<std::string>()] = kv.second.as<std::string>();
    const YAML::Mark mark = item.Mark();
    spec.line = mark.line + 1;
    spec.column = mark.column + 1;
    pack.patterns.push_back(std::move(spec));
  }
  if (root["open_intervals"])
    for (const auto& item : root["open_intervals"]) {
      const YAML::Mark mark = item.Mark();
      pack.open_intervals.push_back(OpenInterval{scalar(item["mod"]), scalar(item["regex"]), scalar(item["not_after"]),
                                                 item["accented_word"] && item["accented_word"].as<bool>(), mark.line + 1,
                                                 mark.column + 1});
    }
  return pack;
}

}  // namespace evgraph::detail
