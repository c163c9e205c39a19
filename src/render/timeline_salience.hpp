// Which events a timeline of a big corpus shows: the most reported, as many as fit the figure.
#pragma once

#include "timeline_model.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace evgraph::detail {

// Indexes into selection.events, most reported first: in a diff, changed events; then distinct
// documents, sentences, confidence. Events that tie on all of these are taken spread over their
// time span, so the first k of them sample it evenly.
std::vector<std::size_t> by_salience(const TimelineSelection& selection, const ChangeMarks* changes);

// The largest k in [min(1, total), total] with rows_for(k) <= max_rows, where rows_for(k) is the
// number of rows the k first events take. Doubling then bisection: about 2 log2(k) calls, each
// on few events when few fit. Assumes rows_for grows with k (packing more never takes fewer rows).
std::size_t fitting_count(std::size_t total, int max_rows, const std::function<int(std::size_t)>& rows_for);

}  // namespace evgraph::detail
