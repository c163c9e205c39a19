#include "time/rule_pack.hpp"

#include <evgraph/data_store.hpp>
#include <evgraph/error.hpp>
#include <evgraph/schema.hpp>

#include <yaml-cpp/yaml.h>

namespace evgraph::detail {
namespace {

[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const std::string& message) {
  const YAML::Mark mark = node.Mark();
  throw ConfigError(SourceLocation{file, mark.line + 1, mark.column + 1}, message);
}

std::string scalar(const YAML::Node& node) { return node ? node.as<std::string>() : std::string(); }

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

}  // namespace

RulePack load_rule_pack(const DataStore& data, const std::string& lang) {
  const std::string rel = "data/time/" + lang + ".yaml";
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
  if (root["fragments"])
    for (const auto& kv : root["fragments"]) pack.fragments[kv.first.as<std::string>()] = kv.second.as<std::string>();
  const YAML::Node tense = root["tense"];
  pack.clause_breaks = scalar(tense["clause_breaks"]);
  if (tense["clause_break_words"])
    for (const auto& word : tense["clause_break_words"]) pack.clause_break_words.push_back(" " + scalar(word) + " ");
  for (const auto& cue : tense["cues"]) {
    const YAML::Mark mark = cue.Mark();
    const bool ascii_start = cue["ascii_start"] && cue["ascii_start"].as<bool>();
    pack.tense_cues.push_back(TenseCue{scalar(cue["tense"]), scalar(cue["regex"]), ascii_start, mark.line + 1, mark.column + 1});
  }
  pack.dateline_prefix = scalar(root["dateline_prefix"]);
  pack.date_time_joiner = scalar(root["date_time_joiner"]);
  for (const auto& item : root["patterns"]) {
    PatternSpec spec;
    spec.name = scalar(item["name"]);
    spec.resolver = scalar(item["resolver"]);
    spec.regex = scalar(item["regex"]);
    spec.not_before = scalar(item["not_before"]);
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
