// export_csv: four tables in RFC 4180 form (CRLF line ends, a header row, fields quoted when they
// hold a comma, a quote or a line break, quotes doubled), UTF-8 without a byte-order mark.
#include "export/export_common.hpp"

#include "render/date_placement.hpp"

namespace evgraph {
namespace {

// One CSV table being written.
class CsvTable {
 public:
  explicit CsvTable(std::initializer_list<std::string_view> header) : m_columns(header.size()) { row(header); }

  void row(std::initializer_list<std::string_view> fields) {
    // Every row has the header's number of fields: a reader counts on it.
    if (fields.size() != m_columns) throw std::logic_error("CSV row with a wrong number of fields");
    bool first = true;
    for (std::string_view field : fields) {
      if (!first) m_text += ',';
      first = false;
      append_field(field);
    }
    m_text += "\r\n";
  }

  std::string take() { return std::move(m_text); }

 private:
  void append_field(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
      m_text += field;
      return;
    }
    m_text += '"';
    for (char c : field) {
      if (c == '"') m_text += '"';
      m_text += c;
    }
    m_text += '"';
  }

  std::size_t m_columns;
  std::string m_text;
};

}  // namespace

std::vector<OutputFile> export_csv(const GraphModel& model, const Resources& resources, const ExportOptions& options) {
  using detail::clean;
  using detail::join;
  const LocaleStrings& words = resources.language(options.lang).locale();
  const auto documents = detail::documents_by_id(model);

  CsvTable events({"id", "type", "type_label", "title", "date", "date_value", "date_start", "date_end",
                   "date_granularity", "date_certainty", "date_mod", "modality", "confidence", "actors", "agents",
                   "targets", "places", "proposals", "sources", "documents", "url"});
  CsvTable sources({"event", "doc", "begin", "end", "quote", "url"});
  for (const Event& event : model.events) {
    const auto days = detail::event_days(event);
    std::vector<std::string> docs;
    for (const Source& source : event.sources)
      if (docs.empty() || docs.back() != source.doc) docs.push_back(source.doc);
    const std::string url = event.sources.empty() ? std::string()
                                                  : detail::source_href(event.sources.front(), documents, options.links);
    events.row({clean(event.id), clean(event.type), clean(words.type_name(event.type)), clean(event.title),
                days ? detail::describe_date(event.date, words) : std::string(), clean(event.date.value.value_or("")),
                days ? to_iso(days->first) : std::string(), days ? to_iso(days->last) : std::string(),
                event.date.granularity, event.date.certainty, event.date.mod, event.modality,
                detail::decimal(event.confidence), join(event.actors, "|"), join(event.agents, "|"),
                join(event.targets, "|"), join(event.places, "|"), join(event.proposals, "|"),
                std::to_string(event.sources.size()), join(docs, "|"), url});
    for (const Source& source : event.sources)
      sources.row({clean(event.id), clean(source.doc), std::to_string(source.begin), std::to_string(source.end),
                   clean(source.quote), detail::source_href(source, documents, options.links)});
  }

  CsvTable entities({"id", "class", "name", "kind", "aliases"});
  for (const auto& [cls, list] : {std::pair{"actor", &model.actors}, std::pair{"place", &model.places},
                                  std::pair{"proposal", &model.proposals}})
    for (const Entity& entity : *list)
      entities.row({clean(entity.id), cls, clean(entity.name), clean(entity.kind), clean(join(entity.aliases, "|"))});

  CsvTable edges({"from", "to", "kind"});
  for (const Edge& edge : model.edges) edges.row({clean(edge.from), clean(edge.to), clean(edge.kind)});

  CsvTable docs({"id", "path", "published", "lang", "title", "source", "url", "sha256"});
  for (const DocumentInfo& doc : model.corpus.documents)
    docs.row({clean(doc.id), clean(doc.path), doc.published.is_special() ? std::string() : to_iso(doc.published),
              doc.lang, clean(doc.title), clean(doc.source), document_href(doc, options.links), doc.sha256});

  return {{"documents.csv", docs.take()},
          {"edges.csv", edges.take()},
          {"entities.csv", entities.take()},
          {"events.csv", events.take()},
          {"sources.csv", sources.take()}};
}

}  // namespace evgraph
