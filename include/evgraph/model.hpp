// The event graph as plain records: what graph.json / graph.yaml hold (CONTRACT.md), what the
// renderers and the diff read. Every array is kept sorted by id.
#pragma once

#include <evgraph/boxed_optional.hpp>
#include <evgraph/calendar.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace evgraph {

struct DocumentInfo {
  std::string id;
  std::string path;
  Date published;
  std::string lang;
  std::string sha256;
  std::string title;   // optional
  std::string source;  // optional
  std::string url{};   // optional: where the article lives (the manifest's url:); {} keeps older brace-initialisers valid
};

struct CorpusInfo {
  std::string name;
  std::string version;  // optional
  std::vector<DocumentInfo> documents;
};

struct EventDate {
  std::optional<std::string> value;  // TIMEX3, or nullopt when the text gives no date
  std::optional<Date> start;
  std::optional<Date> end;
  std::string granularity = "unknown";  // day|week|month|season|quarter|half|year|decade|unknown
  std::string mod;                      // optional
  std::optional<Date> earliest;
  std::optional<Date> latest;
  std::string certainty = "unknown";    // explicit|inferred|unknown
};

struct Source {
  std::string doc;
  std::size_t begin = 0;  // UTF-8 byte offsets of the sentence in the document
  std::size_t end = 0;
  std::string quote;      // the sentence
};

// How many reports an event has: what a timeline of a large corpus shows first.
struct Salience {
  std::size_t documents = 0;  // distinct documents among its sources
  std::size_t sentences = 0;  // sources (sentences) in all
};

// "trois semaines après le coup d'État": an event dated by another one its document names. The
// merge resolves it to that event (a precedes edge, and a date when the other has one).
struct EventAnchor {
  std::string type;        // the other event's type
  std::string doc;         // the document that relates them
  std::size_t begin = 0;   // where the other event's trigger stands in it (byte offset)
  std::string offset;      // a TIMEX3 duration ("P3W"), or empty when not given
  bool after = true;       // this event comes after the other one
};

struct Event {
  std::string id;
  std::string type;   // meeting|visit|call|summit|statement|proposal|...
  std::string title;
  EventDate date;
  std::vector<std::string> actors;     // actor ids, sorted: agents, targets and other participants
  std::vector<std::string> agents;     // actor ids, sorted: who acts (every side of a meeting)
  std::vector<std::string> targets;    // actor or place ids, sorted: whom or what it is aimed at
  std::vector<std::string> places;     // place ids, sorted
  std::vector<std::string> proposals;  // proposal ids, sorted
  std::vector<Source> sources;         // sorted by (doc, begin)
  double confidence = 0.0;
  std::string modality;                // happened|planned|reported|possible|denied
  std::vector<EventDate> conflicting_dates;  // other dates reported for the same event
  Salience salience;
  BoxedOptional<EventAnchor> anchor;   // extraction only: not written to graph.json; rarely set
  std::vector<std::string> follows;    // ids of events it comes after (precedes edges from them)
};

// An actor, place or proposal.
struct Entity {
  std::string id;
  std::string name;
  std::string kind;  // actors: person|state|organisation|media|group; places: city|country|region|site|...
  std::vector<std::string> aliases;
};

struct Edge {
  std::string from;
  std::string to;
  std::string kind;  // participant|located_in|concerns|proposes|supports|opposes|rejects|precedes|reported_by
};

struct GraphModel {
  CorpusInfo corpus;
  std::vector<Event> events;
  std::vector<Entity> actors;
  std::vector<Entity> places;
  std::vector<Entity> proposals;
  std::vector<Edge> edges;  // sorted by (from, to, kind)
};

// The mentioned_in edges (entity -> document) of a model, kept apart from its edges in compact
// form: a 1 GB corpus has 3.7 million of them, some 130 bytes each as Edges and 8 bytes here.
struct MentionTable {
  std::vector<std::string> entities;  // ids, sorted
  // (entity, document): indices into `entities` and into the model's corpus.documents (which are
  // sorted by id). Sorted and unique, so in the order of the edges they stand for.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
};

// A model whose mentioned_in edges are in `mentions`, every other edge in `model.edges`: what
// `build` and `merge` write. joined() gives the plain model.
struct CompactModel {
  GraphModel model;
  MentionTable mentions;
};

}  // namespace evgraph
