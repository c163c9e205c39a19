// A hand-built event graph shaped like the sample corpus's: 14 events over a year with every
// kind of date (day, two days, week, month START/END, season, month, null with only `latest`,
// only `earliest`), actors of several kinds, places, proposals and edges of every kind.
#pragma once

#include <evgraph/links.hpp>
#include <evgraph/model.hpp>

#include <string>

namespace evgraph::test {

GraphModel sample_graph();
// The sample graph with one more event whose title, quote and names are hostile to XML/DOT.
GraphModel hostile_graph();
// The sample graph where events are planned, possible, reported or denied, and two are unsure
// (confidence below 0.6): ev-hague-summit planned, ev-us-troops possible, ev-alaska-meeting
// reported, ev-trump-rejects denied, ev-kyiv-visit and ev-spring-negotiations unsure.
GraphModel modal_graph();
// A big corpus's graph: `count` events over five years, titles of 20 to 60 characters, most
// reported once and a few by many documents (salience), every kind of date. Same seed, same graph.
GraphModel generated_graph(int count, unsigned seed = 7);
// A text made to break escaping: markup, quotes, backslashes, &, RTL scripts, emoji.
std::string hostile_text();
// The links of `model`'s documents as if each file sat next to the output: its path, escaped.
DocumentLinks file_links(const GraphModel& model);

}  // namespace evgraph::test
