#include <algorithm>
#include <evgraph/error.hpp>
#include <evgraph/language.hpp>
#include <evgraph/grammar.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>
#include <evgraph/timex.hpp>

#include <set>

namespace evgraph {
namespace {

std::string pack_file(const std::string& code, const char* name) { return "data/lang/" + code + "/" + name; }

[[noreturn]] void fail_at(const std::string& file, const YAML::Node& node, const std::string& message) {
  const auto mark = node.Mark();
  throw ConfigError({file, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0}, message);
}

YAML::Node load_language_file(const DataStore& data, const std::string& code) {
  const std::string relative = pack_file(code, "language.yaml");
  if (!data.exists(relative)) {
    std::string known;
    for (const auto& available : available_languages(data)) known += (known.empty() ? "" : ", ") + available;
    throw ConfigError({relative}, "no language pack '" + code + "' (available: " + known + ")");
  }
  const YAML::Node root = data.load_yaml(relative);
  const std::string file = data.display_name(relative);
  validate_against_schema(root, file, "language.schema.json", data, /*is_config=*/true);
  if (root["language"].as<std::string>() != code)
    fail_at(file, root["language"], "language '" + root["language"].as<std::string>() + "' does not match its folder '" + code + "'");
  return root;
}

std::vector<CalendarName> read_names(const YAML::Node& list) {
  std::vector<CalendarName> out;
  for (const auto& item : list) {
    CalendarName name;
    name.name = item["name"].as<std::string>();
    name.short_name = item["short"] ? item["short"].as<std::string>() : name.name;
    if (item["forms"])
      for (const auto& form : item["forms"]) name.forms.push_back(fold(form.as<std::string>()));
    if (item["standalone"]) name.standalone = item["standalone"].as<bool>();
    out.push_back(std::move(name));
  }
  return out;
}

CalendarNames read_calendar(const YAML::Node& root) {
  const YAML::Node calendar = root["calendar"];
  CalendarNames names;
  names.months = read_names(calendar["months"]);
  names.weekdays = read_names(calendar["weekdays"]);
  for (const auto& season : calendar["seasons"]) names.seasons[season.first.as<std::string>()] = season.second.as<std::string>();
  return names;
}

std::map<std::string, std::string> read_map(const YAML::Node& node) {
  std::map<std::string, std::string> out;
  if (node)
    for (const auto& entry : node) out[entry.first.as<std::string>()] = entry.second.as<std::string>();
  return out;
}

}  // namespace

const std::string& LocaleStrings::phrase(const std::string& key) const {
  auto it = phrases.find(key);
  if (it == phrases.end()) throw ConfigError({file}, "the language pack has no word or phrase '" + key + "'");
  return it->second;
}

std::string LocaleStrings::type_name(const std::string& type) const {
  auto it = types.find(type);
  return it != types.end() ? it->second : type;
}

CalendarNames load_calendar_names(const DataStore& data, const std::string& lang) {
  return read_calendar(load_language_file(data, lang));
}

std::vector<std::string> available_languages(const DataStore& data) {
  std::set<std::string> codes;
  const std::string prefix = "data/lang/";
  const std::string suffix = "/language.yaml";
  for (const auto& relative : data.list(prefix)) {
    if (relative.size() <= prefix.size() + suffix.size()) continue;
    if (relative.compare(relative.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const std::string code = relative.substr(prefix.size(), relative.size() - prefix.size() - suffix.size());
    if (code.find('/') == std::string::npos) codes.insert(code);
  }
  return {codes.begin(), codes.end()};
}

struct LanguagePack::Impl {
  std::string code;
  std::string name;
  CalendarNames calendar;
  LocaleStrings locale;
  std::vector<std::string> date_joiners;
  std::vector<std::string> abbreviations;
  std::string verb_table;  // the TSV the VerbForms views
  std::unique_ptr<VerbForms> verbs;
  std::unique_ptr<Grammar> grammar;
  std::unique_ptr<TimexTagger> tagger;
  std::unique_ptr<TriggerSet> triggers;
  std::unique_ptr<NameFinder> names;
};

LanguagePack::LanguagePack(const DataStore& data, const std::string& code) : m_impl(std::make_unique<Impl>()) {
  const YAML::Node root = load_language_file(data, code);
  Impl& pack = *m_impl;
  pack.code = code;
  pack.name = root["name"].as<std::string>();
  pack.calendar = read_calendar(root);
  LocaleStrings& locale = pack.locale;
  locale.file = data.display_name(pack_file(code, "language.yaml"));
  for (const auto& month : pack.calendar.months) {
    locale.months.push_back(month.name);
    locale.months_short.push_back(month.short_name);
  }
  locale.seasons = pack.calendar.seasons;
  locale.phrases = read_map(root["date_phrases"]);
  for (auto& [key, word] : read_map(root["words"])) locale.phrases[key] = std::move(word);
  locale.types = read_map(root["event_types"]);
  for (const auto& word : root["date_joiners"]) pack.date_joiners.push_back(fold(word.as<std::string>()));
  for (const auto& word : root["abbreviations"]) pack.abbreviations.push_back(word.as<std::string>());
  std::sort(pack.abbreviations.begin(), pack.abbreviations.end());
  const std::string verb_file = pack_file(code, "verb-forms.tsv");
  if (data.exists(verb_file)) pack.verb_table = data.read(verb_file);
  pack.verbs = std::make_unique<VerbForms>(pack.verb_table);
  pack.grammar = std::make_unique<Grammar>(data, code);
  pack.tagger = std::make_unique<TimexTagger>(data, code, pack.calendar, pack.verbs.get());
  pack.triggers = std::make_unique<TriggerSet>(data, code, *pack.verbs);
  pack.names = std::make_unique<NameFinder>(data, code, pack.verbs.get());
}

LanguagePack::~LanguagePack() = default;

const std::string& LanguagePack::code() const { return m_impl->code; }
const std::string& LanguagePack::name() const { return m_impl->name; }
const CalendarNames& LanguagePack::calendar() const { return m_impl->calendar; }
const LocaleStrings& LanguagePack::locale() const { return m_impl->locale; }
const std::vector<std::string>& LanguagePack::date_joiners() const { return m_impl->date_joiners; }
const std::vector<std::string>& LanguagePack::abbreviations() const { return m_impl->abbreviations; }
const VerbForms& LanguagePack::verbs() const { return *m_impl->verbs; }
const Grammar& LanguagePack::grammar() const { return *m_impl->grammar; }
const TimexTagger& LanguagePack::tagger() const { return *m_impl->tagger; }
const TriggerSet& LanguagePack::triggers() const { return *m_impl->triggers; }
const NameFinder& LanguagePack::names() const { return *m_impl->names; }

}  // namespace evgraph
