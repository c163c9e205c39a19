#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/schema.hpp>

#include "graph/record_fields.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string_view>

namespace evgraph {
namespace {

// Strings that YAML would read back as something else (numbers, dates, booleans, null, or
// strings starting with a special character) are written quoted; yaml-cpp decides the rest.
void emit_string(YAML::Emitter& out, const std::string& text) {
  out << YAML::DoubleQuoted << text;
}

void emit_strings(YAML::Emitter& out, const char* key, const std::vector<std::string>& list) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& item : list) emit_string(out, item);
  out << YAML::EndSeq;
}

void emit_optional_date(YAML::Emitter& out, const char* key, const std::optional<Date>& date) {
  out << YAML::Key << key << YAML::Value;
  if (date) emit_string(out, to_iso(*date));
  else out << YAML::Null;
}

void emit_date(YAML::Emitter& out, const EventDate& date) {
  out << YAML::BeginMap;
  out << YAML::Key << "value" << YAML::Value;
  if (date.value) emit_string(out, *date.value);
  else out << YAML::Null;
  emit_optional_date(out, "start", date.start);
  emit_optional_date(out, "end", date.end);
  out << YAML::Key << "granularity" << YAML::Value << date.granularity;
  if (!date.mod.empty()) out << YAML::Key << "mod" << YAML::Value << date.mod;
  if (date.earliest) emit_optional_date(out, "earliest", date.earliest);
  if (date.latest) emit_optional_date(out, "latest", date.latest);
  out << YAML::Key << "certainty" << YAML::Value << date.certainty;
  out << YAML::EndMap;
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

}  // namespace

std::string to_yaml(const GraphModel& model) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "evgraph" << YAML::Value;
  emit_string(out, "1");
  out << YAML::Key << "corpus" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value;
  emit_string(out, model.corpus.name);
  if (!model.corpus.version.empty()) {
    out << YAML::Key << "version" << YAML::Value;
    emit_string(out, model.corpus.version);
  }
  out << YAML::Key << "documents" << YAML::Value << YAML::BeginSeq;
  for (const auto& doc : model.corpus.documents) {
    out << YAML::BeginMap;
    for (const auto& [key, value] : {std::pair{"id", doc.id}, std::pair{"path", doc.path},
                                     std::pair{"published", to_iso(doc.published)}, std::pair{"lang", doc.lang},
                                     std::pair{"sha256", doc.sha256}, std::pair{"title", doc.title},
                                     std::pair{"source", doc.source}, std::pair{"url", doc.url}}) {
      const std::string_view name(key);
      if (value.empty() && (name == "title" || name == "source" || name == "url")) continue;
      out << YAML::Key << key << YAML::Value;
      emit_string(out, value);
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;

  out << YAML::Key << "events" << YAML::Value << YAML::BeginSeq;
  for (const auto& event : model.events) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value;
    emit_string(out, event.id);
    out << YAML::Key << "type" << YAML::Value << event.type;
    out << YAML::Key << "title" << YAML::Value;
    emit_string(out, event.title);
    out << YAML::Key << "date" << YAML::Value;
    emit_date(out, event.date);
    emit_strings(out, "actors", event.actors);
    emit_strings(out, "places", event.places);
    emit_strings(out, "proposals", event.proposals);
    emit_strings(out, "agents", event.agents);
    emit_strings(out, "targets", event.targets);
    out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const auto& source : event.sources) {
      out << YAML::BeginMap << YAML::Key << "doc" << YAML::Value;
      emit_string(out, source.doc);
      out << YAML::Key << "begin" << YAML::Value << source.begin << YAML::Key << "end" << YAML::Value << source.end;
      out << YAML::Key << "quote" << YAML::Value;
      emit_string(out, source.quote);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "confidence" << YAML::Value << format_number(event.confidence);
    out << YAML::Key << "salience" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "documents"
        << YAML::Value << event.salience.documents << YAML::Key << "sentences" << YAML::Value << event.salience.sentences
        << YAML::EndMap;
    if (!event.modality.empty()) out << YAML::Key << "modality" << YAML::Value << event.modality;
    if (!event.conflicting_dates.empty()) {
      out << YAML::Key << "conflicting_dates" << YAML::Value << YAML::BeginSeq;
      for (const auto& date : event.conflicting_dates) emit_date(out, date);
      out << YAML::EndSeq;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;

  for (const auto& [key, list] : {std::pair{"actors", &model.actors}, std::pair{"places", &model.places},
                                  std::pair{"proposals", &model.proposals}}) {
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const auto& entity : *list) {
      out << YAML::BeginMap << YAML::Key << "id" << YAML::Value;
      emit_string(out, entity.id);
      out << YAML::Key << "name" << YAML::Value;
      emit_string(out, entity.name);
      if (!entity.kind.empty() || std::string(key) == "actors") out << YAML::Key << "kind" << YAML::Value << entity.kind;
      emit_strings(out, "aliases", entity.aliases);
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::Key << "edges" << YAML::Value << YAML::BeginSeq;
  for (const auto& edge : model.edges) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "from" << YAML::Value;
    emit_string(out, edge.from);
    out << YAML::Key << "to" << YAML::Value;
    emit_string(out, edge.to);
    out << YAML::Key << "kind" << YAML::Value << edge.kind << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

GraphModel graph_from_yaml(const std::string& text, const std::string& file, const DataStore& data) {
  const YAML::Node root = parse_yaml(text, file);
  validate_against_schema(root, file, "graph.schema.json", data);
  return detail::model_from_json(detail::yaml_to_json(root), file);
}

}  // namespace evgraph
