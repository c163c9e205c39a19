// Field-by-field comparison of two versions of one record.
#pragma once

#include <evgraph/diff.hpp>

#include <string>
#include <vector>

namespace evgraph::detail {

// Documents in the NEW corpus that are new or edited, sorted: an event citing one of them changed
// because of it.
using DocumentSet = std::vector<std::string>;

// The differences between two versions of one event, `kind` Changed, with `id` and `old_id` set;
// empty `fields` and sets when they are the same event in every respect.
EventChange compare_events(const Event& old_event, const Event& new_event, const DocumentSet& touched);
bool has_changes(const EventChange& change);
// Whether has_changes(compare_events(a, b, ...)) is false because the two are equal field by
// field: most pairs of a large diff, told apart without building a change.
bool same_event(const Event& a, const Event& b);

// Changes of name, kind and aliases, `kind` Changed; empty fields and aliases when equal.
EntityChange compare_entities(const Entity& old_entity, const Entity& new_entity);

// Sorted, unique document ids of an event's sources.
std::vector<std::string> source_documents(const Event& event);

// `a` and `b` sorted: what `b` has that `a` lacks, and the reverse.
SetChange set_change(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace evgraph::detail
