// graph.json read with simdjson's On Demand front end: the values go straight from the text into
// the model, with no parse tree in between. On two 100,000-event exports the tree (a tape and a
// copy of every string, ~200 MB a file) cost as much in page faults as parsing did in CPU.
#pragma once

#include <evgraph/model.hpp>

#include <optional>
#include <string>

namespace evgraph::detail {

// The model of a graph export, or nullopt for anything but a well-formed export whose every field
// reads without question: malformed JSON, a field missing or of the wrong type, a key given twice
// in one record, a number out of range, nesting deeper than 1024. The caller then reads the text
// with the tree readers, which accept or reject it and say where: their messages stay the only
// ones, and what this reader accepts it reads exactly as they would.
// Parses in place when `text` has SIMDJSON_PADDING bytes of spare capacity, else on a copy.
std::optional<GraphModel> model_from_ondemand(const std::string& text);

// The tree readers alone (graph_json.cpp): simdjson's DOM, or nlohmann where it fails, which
// locates the error. What graph_from_json falls back to; tests compare both readers with it.
// Throws InputError "file:line:column: ..." or "file: /events/3/date: ...".
GraphModel model_from_json_tree(const std::string& text, const std::string& file);

}  // namespace evgraph::detail
