// A language pack: everything evgraph needs to read and to write one language, from the folder
// data/lang/<code>/ (language.yaml: calendar names, words of the outputs, event-type labels;
// time.yaml: temporal rules; triggers.yaml: event vocabulary; names.yaml: name finding). A new
// language is a new folder: no C++ names a language.
#pragma once

#include <evgraph/data_store.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace evgraph {

class TimexTagger;
class TriggerSet;
class NameFinder;
class VerbForms;
class Grammar;

// A month or weekday: how outputs write it, and the spellings the temporal tagger reads.
struct CalendarName {
  std::string name;        // "janvier", "January"
  std::string short_name;  // "janv.", "Jan"
  std::vector<std::string> forms;  // further spellings ("jan", "tues"), folded
  bool standalone = true;  // false: also a common word ("may"), a date only beside a day or year
};

struct CalendarNames {
  std::vector<CalendarName> months;    // 12, January first
  std::vector<CalendarName> weekdays;  // 7, Monday first
  std::map<std::string, std::string> seasons;  // SP SU FA WI -> name
};

// The words renderers write in one language.
struct LocaleStrings {
  std::vector<std::string> months;        // 12
  std::vector<std::string> months_short;  // 12
  std::map<std::string, std::string> seasons;  // SP SU FA WI
  std::map<std::string, std::string> phrases;  // date phrases and words, with {fields}
  std::map<std::string, std::string> types;    // event type -> label
  std::string file;  // where they come from, for messages

  // The phrase `key`; throws ConfigError naming the pack when it is missing.
  const std::string& phrase(const std::string& key) const;
  // The label of an event type, the type itself when the pack has none.
  std::string type_name(const std::string& type) const;
};

// The calendar names of data/lang/<lang>/language.yaml. Throws ConfigError.
CalendarNames load_calendar_names(const DataStore& data, const std::string& lang);

// Language codes with a data/lang/<code>/language.yaml, sorted.
std::vector<std::string> available_languages(const DataStore& data);

class LanguagePack {
 public:
  // Loads and validates every file of data/lang/<code>/. Throws ConfigError (file:line:column),
  // naming the available languages when there is no such pack.
  LanguagePack(const DataStore& data, const std::string& code);
  ~LanguagePack();
  LanguagePack(const LanguagePack&) = delete;
  LanguagePack& operator=(const LanguagePack&) = delete;

  const std::string& code() const;
  const std::string& name() const;  // the language's own name: "français"
  const CalendarNames& calendar() const;
  const LocaleStrings& locale() const;
  // Folded words that join coordinated dates into one ("mardi et mercredi", "6 to 8 May").
  const std::vector<std::string>& date_joiners() const;
  // Abbreviations written with a full stop ("Mr", "Gen", "Mme"), as written: a short
  // capitalised word before a full stop that is none of them ends a sentence ("in May. The").
  // Empty when the pack lists none: every short capitalised word is then taken for one.
  const std::vector<std::string>& abbreviations() const;

  // Thread-safe: shared by every worker.
  const VerbForms& verbs() const;  // empty when the pack has no verb-forms.tsv
  const Grammar& grammar() const;  // empty when the pack has no grammar.yaml
  const TimexTagger& tagger() const;
  const TriggerSet& triggers() const;
  const NameFinder& names() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace evgraph
