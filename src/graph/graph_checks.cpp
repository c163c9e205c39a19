// What a graph export must hold beyond its schema for every command to accept it: `validate`
// runs this so that "ok" there means render, diff, query and export will read the file too.
#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/text.hpp>

#include <set>

namespace evgraph {
namespace {

class Checker {
 public:
  explicit Checker(const std::string& file) : m_file(file) {}

  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw InputError({m_file}, path + ": " + message);
  }

  void id(const std::string& value, const std::string& path) {
    if (value.empty()) fail(path + "/id", "empty id");
    if (!m_ids.insert(value).second) fail(path + "/id", "id '" + value + "' is used twice");
  }

  void known(const std::string& value, const std::string& path) const {
    if (!m_ids.count(value)) fail(path, "'" + value + "' is not the id of a document, event or entity of the file");
  }

  void utf8(const std::string& value, const std::string& path) const {
    if (find_invalid_utf8(value)) fail(path, "not UTF-8 text");
  }

 private:
  const std::string& m_file;
  std::set<std::string> m_ids;
};

void check_date(const Checker& check, const EventDate& date, const std::string& path) {
  if (date.start && date.end && *date.start > *date.end) check.fail(path, "'start' is after 'end'");
  if (date.earliest && date.latest && *date.earliest > *date.latest) check.fail(path, "'earliest' is after 'latest'");
}

}  // namespace

void check_graph(const GraphModel& model, const std::string& file) {
  Checker check(file);
  for (std::size_t i = 0; i < model.corpus.documents.size(); ++i) {
    const DocumentInfo& doc = model.corpus.documents[i];
    const std::string path = "/corpus/documents/" + std::to_string(i);
    check.id(doc.id, path);
    for (const std::string* text : {&doc.path, &doc.title, &doc.source, &doc.url}) check.utf8(*text, path);
  }
  const std::set<std::string> documents = [&] {
    std::set<std::string> out;
    for (const DocumentInfo& doc : model.corpus.documents) out.insert(doc.id);
    return out;
  }();
  for (std::size_t i = 0; i < model.events.size(); ++i) {
    const Event& event = model.events[i];
    const std::string path = "/events/" + std::to_string(i);
    check.id(event.id, path);
    check.utf8(event.title, path + "/title");
    check_date(check, event.date, path + "/date");
    for (std::size_t k = 0; k < event.sources.size(); ++k) {
      const Source& source = event.sources[k];
      const std::string where = path + "/sources/" + std::to_string(k);
      if (source.begin > source.end) check.fail(where, "'begin' is after 'end'");
      if (!documents.count(source.doc))
        check.fail(where + "/doc", "'" + source.doc + "' is not a document of the corpus");
      check.utf8(source.quote, where + "/quote");
    }
  }
  for (const auto& [key, list] : {std::pair{"actors", &model.actors}, std::pair{"places", &model.places},
                                  std::pair{"proposals", &model.proposals}})
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = std::string("/") + key + "/" + std::to_string(i);
      check.id((*list)[i].id, path);
      check.utf8((*list)[i].name, path + "/name");
    }
  for (std::size_t i = 0; i < model.events.size(); ++i) {
    const Event& event = model.events[i];
    const std::string path = "/events/" + std::to_string(i);
    for (const auto& [key, ids] :
         {std::pair{"actors", &event.actors}, std::pair{"agents", &event.agents}, std::pair{"targets", &event.targets},
          std::pair{"places", &event.places}, std::pair{"proposals", &event.proposals}})
      for (std::size_t k = 0; k < ids->size(); ++k) check.known((*ids)[k], path + "/" + key + "/" + std::to_string(k));
  }
  for (std::size_t i = 0; i < model.edges.size(); ++i) {
    const std::string path = "/edges/" + std::to_string(i);
    check.known(model.edges[i].from, path + "/from");
    check.known(model.edges[i].to, path + "/to");
  }
}

}  // namespace evgraph
