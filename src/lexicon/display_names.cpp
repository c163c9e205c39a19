// lexicon_names and use_names: entity names in the language of an output, from the lexicons'
// `names:` maps. Reading only those maps (not building the matcher) keeps this cheap enough for
// every render.
#include <evgraph/lexicon.hpp>
#include <evgraph/names.hpp>

#include "lexicon/slug.hpp"

#include <algorithm>

namespace evgraph {

std::map<std::string, std::string> lexicon_names(const DataStore& data, const std::string& lang) {
  std::map<std::string, std::string> names;
  static const std::pair<const char*, EntityClass> sections[] = {
      {"actors", EntityClass::Actor}, {"places", EntityClass::Place}, {"proposals", EntityClass::Proposal}};
  for (const auto& relative : data.list("data/lexicon/")) {
    if (relative.size() < 5 || relative.compare(relative.size() - 5, 5, ".yaml") != 0) continue;
    const YAML::Node root = data.load_yaml(relative);
    for (const auto& [section, cls] : sections) {
      if (!root[section]) continue;
      for (const auto& item : root[section]) {
        const YAML::Node in_lang = item["names"] ? item["names"][lang] : YAML::Node();
        if (!in_lang || !in_lang.IsScalar()) continue;
        std::string slug;
        if (item["id"]) slug = item["id"].as<std::string>();
        else if (item["name"]) slug = detail::slugify(item["name"].as<std::string>());
        else continue;
        // A later file that names the entry again wins, as in the Lexicon.
        names[std::string(to_string(cls)) + ":" + slug] = in_lang.as<std::string>();
      }
    }
  }
  return names;
}

void use_names(GraphModel& model, const std::map<std::string, std::string>& names) {
  for (auto* list : {&model.actors, &model.places, &model.proposals}) {
    for (Entity& entity : *list) {
      auto it = names.find(entity.id);
      if (it == names.end() || it->second == entity.name) continue;
      auto& aliases = entity.aliases;
      if (!entity.name.empty() && std::find(aliases.begin(), aliases.end(), entity.name) == aliases.end())
        aliases.push_back(entity.name);
      aliases.erase(std::remove(aliases.begin(), aliases.end(), it->second), aliases.end());
      std::sort(aliases.begin(), aliases.end());
      entity.name = it->second;
    }
  }
}

}  // namespace evgraph
