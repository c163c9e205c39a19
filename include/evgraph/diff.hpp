// What changed between two versions of an event graph (`evgraph diff`): added, removed and changed
// events, actors, places, proposals, edges and documents, each change traced back to the documents
// that caused it. Events are matched by id, then by content, so an event whose id changed because
// its date was refined reads as one changed event rather than a removal and an addition.
#pragma once

#include <evgraph/changes.hpp>
#include <evgraph/model.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace evgraph {


// One scalar field, as text: dates ISO, confidence with two decimals, nullopt for "absent".
struct FieldChange {
  std::string field;  // title, type, confidence, modality, date.value, date.start, ..., conflicting_dates
  std::optional<std::string> old_value;
  std::optional<std::string> new_value;
};

// Members a list gained and lost, each sorted.
struct SetChange {
  std::vector<std::string> added;
  std::vector<std::string> removed;
  bool empty() const { return added.empty() && removed.empty(); }
};

struct EventChange {
  ChangeKind kind = ChangeKind::Changed;
  std::string id;      // the NEW id, or the OLD one for a removed event
  std::string old_id;  // set when the id differs from `id` (a changed event matched by content)
  std::string type;
  std::string title;
  std::optional<std::string> date;  // TIMEX3 value of the version shown
  std::vector<FieldChange> fields;  // changed events only
  SetChange actors, places, proposals;
  SetChange agents, targets;  // who acts and on whom
  SetChange sources;                   // by document id
  std::vector<std::string> requoted;   // documents still cited whose quoted span changed
  // The documents the change comes from: of an added or removed event its sources; of a changed
  // one the sources gained, lost or requoted, and its sources that were added or edited.
  std::vector<std::string> documents;
};

// An actor, place or proposal.
struct EntityChange {
  ChangeKind kind = ChangeKind::Changed;
  std::string collection;  // actor|place|proposal
  std::string id;
  std::string name;
  std::vector<FieldChange> fields;  // name, kind
  SetChange aliases;
  // Of an added (removed) entity: the sources of the NEW (OLD) events that link it.
  std::vector<std::string> documents;
};

struct EdgeChange {
  ChangeKind kind = ChangeKind::Added;  // Added or Removed: an edge has no fields
  Edge edge;                            // endpoints as named in NEW (OLD ids of matched events renamed)
  std::vector<std::string> documents;   // the `documents` of its endpoints that changed
};

struct DocumentChange {
  ChangeKind kind = ChangeKind::Added;  // Changed: same id, different sha256
  std::string id;
  std::string path;
  std::string old_sha256;
  std::string new_sha256;
  std::vector<std::string> events;  // ids of the event changes it is one of the causes of
};

struct ChangeCounts {
  std::size_t added = 0, removed = 0, changed = 0, unchanged = 0;
  std::size_t total_changes() const { return added + removed + changed; }
};

struct GraphDiff {
  CorpusInfo old_corpus;  // name, version and documents of each side (documents sorted by id)
  CorpusInfo new_corpus;
  std::vector<DocumentChange> documents;  // by id
  std::vector<EventChange> events;        // by id
  std::vector<EntityChange> entities;     // by (collection: actor, place, proposal; id)
  std::vector<EdgeChange> edges;          // by (from, to, kind)
  ChangeCounts event_counts, actor_counts, place_counts, proposal_counts, edge_counts, document_counts;
  std::size_t fuzzy_matches = 0;  // changed events whose id changed

  // True when the graphs hold the same nodes, edges and documents. Corpus name and version are
  // labels, not content.
  bool identical() const;
};

// Runs in O(n log n) in the number of nodes and edges; a content match compares an event only with
// the unmatched events of its type that name one of its entities, nearest dates first.
GraphDiff diff_graphs(const GraphModel& old_model, const GraphModel& new_model);

// Where the two versions came from, for the headers of the outputs (e.g. the command's arguments).
struct DiffLabels {
  std::string old_label = "old";
  std::string new_label = "new";
};

struct DiffTextOptions {
  bool colour = false;     // ANSI escapes
  bool stat_only = false;  // the per-document table and the summary line, no listing
  // Also list mentioned_in edges (an entity named in a document): there are many and they say
  // little, so by default they are counted in the summary but not listed.
  bool all_edges = false;
};

// `git diff --stat`-like: per-document counts, the summary line, then one +/-/~ line per node and
// edge with its field changes below.
std::string format_diff_text(const GraphDiff& diff, const DiffLabels& labels, const DiffTextOptions& options);
inline std::string format_diff_text(const GraphDiff& diff, const DiffLabels& labels = {}, bool colour = false) {
  DiffTextOptions options;
  options.colour = colour;
  return format_diff_text(diff, labels, options);
}
// "N events added, M removed, K changed; ..." or "no differences".
std::string diff_summary_line(const GraphDiff& diff);

// Deterministic, arrays sorted as in GraphDiff; shaped by schemas/diff.schema.json.
std::string diff_to_json(const GraphDiff& diff, const DiffLabels& labels = {});
std::string diff_to_yaml(const GraphDiff& diff, const DiffLabels& labels = {});

// Both graphs in one model, for drawing: every node and edge of NEW plus what OLD had and NEW
// lost (OLD ids of content-matched events renamed to their NEW ids), with what happened to each.
// The renderers draw it like any graph, coloured by `changes`.
struct DiffView {
  GraphModel model;  // every array sorted by id, edges by (from, to, kind)
  ChangeMarks changes;
};
DiffView diff_view(const GraphModel& old_model, const GraphModel& new_model, const GraphDiff& diff);

}  // namespace evgraph
