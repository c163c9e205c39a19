// The diff as data: JSON and YAML of one tree, shaped by schemas/diff.schema.json.
#include <evgraph/diff.hpp>

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace evgraph {
namespace {

// Keys in the order they are inserted, so the text is the same on every run.
using Json = nlohmann::ordered_json;

Json optional_text(const std::optional<std::string>& text) { return text ? Json(*text) : Json(nullptr); }

Json side_json(const std::string& label, const CorpusInfo& corpus) {
  Json out;
  out["label"] = label;
  out["corpus"] = corpus.name;
  if (!corpus.version.empty()) out["version"] = corpus.version;
  out["documents"] = corpus.documents.size();
  return out;
}

Json counts_json(const ChangeCounts& counts, bool can_change = true) {
  Json out;
  out["added"] = counts.added;
  out["removed"] = counts.removed;
  if (can_change) out["changed"] = counts.changed;
  out["unchanged"] = counts.unchanged;
  return out;
}

Json fields_json(const std::vector<FieldChange>& fields) {
  Json out = Json::array();
  for (const FieldChange& f : fields) out.push_back(Json{{"field", f.field}, {"old", optional_text(f.old_value)}, {"new", optional_text(f.new_value)}});
  return out;
}

void add_set(Json& out, const char* key, const SetChange& set) {
  if (!set.empty()) out[key] = Json{{"added", set.added}, {"removed", set.removed}};
}

Json event_json(const EventChange& c) {
  Json out;
  out["id"] = c.id;
  out["status"] = to_string(c.kind);
  if (!c.old_id.empty()) out["old_id"] = c.old_id;
  out["type"] = c.type;
  out["title"] = c.title;
  out["date"] = optional_text(c.date);
  out["fields"] = fields_json(c.fields);
  add_set(out, "actors", c.actors);
  add_set(out, "places", c.places);
  add_set(out, "proposals", c.proposals);
  add_set(out, "agents", c.agents);
  add_set(out, "targets", c.targets);
  add_set(out, "sources", c.sources);
  if (!c.requoted.empty()) out["requoted"] = c.requoted;
  out["documents"] = c.documents;
  return out;
}

Json entity_json(const EntityChange& c) {
  Json out;
  out["id"] = c.id;
  out["status"] = to_string(c.kind);
  out["name"] = c.name;
  out["fields"] = fields_json(c.fields);
  add_set(out, "aliases", c.aliases);
  out["documents"] = c.documents;
  return out;
}

Json diff_tree(const GraphDiff& diff, const DiffLabels& labels) {
  Json root;
  root["evgraph_diff"] = "1";
  root["old"] = side_json(labels.old_label, diff.old_corpus);
  root["new"] = side_json(labels.new_label, diff.new_corpus);
  root["identical"] = diff.identical();
  Json summary;
  summary["text"] = diff_summary_line(diff);
  summary["events"] = counts_json(diff.event_counts);
  summary["events"]["matched_by_content"] = diff.fuzzy_matches;
  summary["actors"] = counts_json(diff.actor_counts);
  summary["places"] = counts_json(diff.place_counts);
  summary["proposals"] = counts_json(diff.proposal_counts);
  summary["edges"] = counts_json(diff.edge_counts, false);
  summary["documents"] = counts_json(diff.document_counts);
  root["summary"] = std::move(summary);

  root["documents"] = Json::array();
  for (const DocumentChange& d : diff.documents) {
    Json doc;
    doc["id"] = d.id;
    doc["status"] = to_string(d.kind);
    doc["path"] = d.path;
    if (!d.old_sha256.empty()) doc["old_sha256"] = d.old_sha256;
    if (!d.new_sha256.empty()) doc["new_sha256"] = d.new_sha256;
    doc["events"] = d.events;
    root["documents"].push_back(std::move(doc));
  }
  root["events"] = Json::array();
  for (const EventChange& c : diff.events) root["events"].push_back(event_json(c));
  for (const char* collection : {"actor", "place", "proposal"}) {
    Json& list = root[std::string(collection) + "s"] = Json::array();
    for (const EntityChange& c : diff.entities)
      if (c.collection == collection) list.push_back(entity_json(c));
  }
  root["edges"] = Json::array();
  for (const EdgeChange& c : diff.edges)
    root["edges"].push_back(Json{{"from", c.edge.from}, {"to", c.edge.to}, {"kind", c.edge.kind},
                                 {"status", to_string(c.kind)}, {"documents", c.documents}});
  return root;
}

// Strings are always quoted so that "2025", "null" or "yes" read back as strings.
void emit(YAML::Emitter& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      out << YAML::BeginMap;
      for (const auto& item : value.items()) {
        out << YAML::Key << item.key() << YAML::Value;
        emit(out, item.value());
      }
      out << YAML::EndMap;
      break;
    case Json::value_t::array:
      // Lists of plain strings stay on one line, as graph.yaml writes them.
      if (!value.empty() && value.front().is_string()) out << YAML::Flow;
      out << YAML::BeginSeq;
      for (const auto& item : value) emit(out, item);
      out << YAML::EndSeq;
      break;
    case Json::value_t::string: out << YAML::DoubleQuoted << value.get<std::string>(); break;
    case Json::value_t::boolean: out << value.get<bool>(); break;
    case Json::value_t::null: out << YAML::Null; break;
    default: out << value.dump(); break;
  }
}

}  // namespace

std::string diff_to_json(const GraphDiff& diff, const DiffLabels& labels) { return diff_tree(diff, labels).dump(2) + "\n"; }

std::string diff_to_yaml(const GraphDiff& diff, const DiffLabels& labels) {
  YAML::Emitter out;
  emit(out, diff_tree(diff, labels));
  return std::string(out.c_str()) + "\n";
}

}  // namespace evgraph
