// The graph in the formats other tools read (`evgraph export`): GraphML (yEd, Gephi, networkx,
// igraph), GEXF 1.3 with dynamic dates (Gephi's timeline), CSV tables (spreadsheets, pandas),
// TimelineJS3 JSON and a Mermaid timeline (Markdown documentation). All are deterministic: the
// same model and options give byte-identical output. docs/formats.md describes each one.
#pragma once

#include <evgraph/env.hpp>
#include <evgraph/links.hpp>
#include <evgraph/model.hpp>
#include <evgraph/resources.hpp>

#include <string>
#include <vector>

namespace evgraph {

struct ExportOptions {
  std::string lang = "fr";               // words written (type labels, dates in words)
  const DocumentLinks* links = nullptr;  // where sources link; null: web urls only
  bool markdown = false;                 // mermaid: inside a ```mermaid block, for a Markdown page
};

// GraphML through Boost.Graph's write_graphml: one node per event, actor, place, proposal and
// document, one edge per graph edge, with typed attributes (dates, type, modality, confidence,
// sources). A value a node does not have is left out rather than written empty.
std::string export_graphml(const GraphModel& model, const Resources& resources, const ExportOptions& options = {});

// GEXF 1.3, dynamic: events live over their dates, entities over the dates of their events, so
// Gephi's timeline slider shows the graph as it was at each date.
std::string export_gexf(const GraphModel& model, const Resources& resources, const ExportOptions& options = {});

// events.csv, entities.csv, edges.csv, sources.csv (RFC 4180: CRLF, quoted where needed, UTF-8).
// Lists in one cell (actors of an event...) are joined with "|".
std::vector<OutputFile> export_csv(const GraphModel& model, const Resources& resources, const ExportOptions& options = {});

// TimelineJS3's JSON (schemas/timelinejs.schema.json): one slide per dated event, grouped by
// type, the quotes and their source links as its text.
std::string export_timelinejs(const GraphModel& model, const Resources& resources, const ExportOptions& options = {});

// A Mermaid `timeline` diagram: a section per year, a line per period with its events.
std::string export_mermaid(const GraphModel& model, const Resources& resources, const ExportOptions& options = {});

}  // namespace evgraph
