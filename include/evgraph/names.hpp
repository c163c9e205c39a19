// Entities by name: the node a user means when they type a name or an alias instead of an id, and
// the names of entities in the language of an output.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/model.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph {

// Ids of the nodes `text` names: the node with that id; else every actor, place and proposal
// whose name or an alias is `text`, case- and accent-blind ("donald trump", "Kyïv"). Sorted.
std::vector<std::string> find_nodes(const GraphModel& model, std::string_view text);

// The one node `text` names. Throws InputError naming `option` ("--actor") when there is none
// (suggesting the closest names) or when several match (listing them).
std::string resolve_node(const GraphModel& model, std::string_view text, std::string_view option);

// Entity id -> its name in `lang`, for the built-in lexicon entries (data/lexicon/**.yaml) that
// give one under `names:` ("actor:united-states" -> "United States" in English).
std::map<std::string, std::string> lexicon_names(const DataStore& data, const std::string& lang);

// Renames the actors, places and proposals of `model` that `names` lists, keeping the name they
// had as an alias (so that a search by either still finds them). Event titles are left as they
// are: they quote the articles.
void use_names(GraphModel& model, const std::map<std::string, std::string>& names);

}  // namespace evgraph
