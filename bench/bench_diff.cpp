// diff_graphs on generated versions of a graph, as /work/shared/bench/make_graph.py makes them:
// N events, then 1% changed (a source added, a date refined so that the id changes, or removed)
// and as many new. `evgraph diff` of two 100,000-event exports must take under 5 s in all, most
// of it reading the JSON; the diff itself should be a small part.
#include <evgraph/diff.hpp>
#include <evgraph/graph_io.hpp>

#include "graph/ondemand_reader.hpp"

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

namespace {

using namespace evgraph;

const char* const k_types[] = {"meeting", "visit", "call", "summit", "statement", "proposal", "decision", "agreement"};

std::string pad(long value, int width) {
  std::string text = std::to_string(value);
  return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(text.size()))), '0') + text;
}

Event make_event(std::mt19937& random, long index, int actors, int places, int docs) {
  const Date day = Date(2015, 1, 1) + boost::gregorian::days(static_cast<long>(random() % 3650));
  Event e;
  e.type = k_types[random() % 8];
  e.date.value = to_iso(day);
  e.date.start = e.date.end = day;
  e.date.granularity = "day";
  e.date.certainty = "explicit";
  const long a = static_cast<long>(random() % static_cast<unsigned>(actors));
  const long b = (a + 1 + static_cast<long>(random() % static_cast<unsigned>(actors - 1))) % actors;
  e.actors = {"actor:" + pad(std::min(a, b), 6), "actor:" + pad(std::max(a, b), 6)};
  e.places = {"place:" + pad(static_cast<long>(random() % static_cast<unsigned>(places)), 5)};
  e.id = "event:" + *e.date.value + ":" + e.type + ":" + e.places.front().substr(6) + "-" + pad(index, 7);
  e.title = "Event " + std::to_string(index);
  e.sources = {{"doc-" + pad(static_cast<long>(random() % static_cast<unsigned>(docs)), 6), 0, 10, "Sentence."}};
  e.confidence = 0.8;
  return e;
}

GraphModel finish(std::vector<Event> events, int actors, int places, int docs) {
  GraphModel g;
  g.corpus.name = "generated";
  for (int d = 0; d < docs; ++d)
    g.corpus.documents.push_back({"doc-" + pad(d, 6), "doc.txt", Date(2025, 1, 1), "fr", std::string(64, '0'), {}, {}});
  for (int a = 0; a < actors; ++a) g.actors.push_back({"actor:" + pad(a, 6), "Actor " + std::to_string(a), "person", {}});
  for (int p = 0; p < places; ++p) g.places.push_back({"place:" + pad(p, 5), "Place " + std::to_string(p), {}, {}});
  std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) { return x.id < y.id; });
  for (const Event& e : events) {
    for (const auto& actor : e.actors) g.edges.push_back({actor, e.id, "participant"});
    g.edges.push_back({e.id, e.places.front(), "located_in"});
  }
  std::sort(g.edges.begin(), g.edges.end(),
            [](const Edge& x, const Edge& y) { return std::tie(x.from, x.to, x.kind) < std::tie(y.from, y.to, y.kind); });
  g.events = std::move(events);
  return g;
}

struct Versions {
  GraphModel old_model;
  GraphModel new_model;
};

Versions generated_versions(long n) {
  const int actors = static_cast<int>(std::max(10L, n / 20)), places = static_cast<int>(std::max(5L, n / 50));
  const int docs = static_cast<int>(std::max(5L, n / 3));
  std::mt19937 random(1);
  std::vector<Event> events;
  for (long i = 0; i < n; ++i) events.push_back(make_event(random, i, actors, places, docs));
  std::vector<Event> changed = events;
  std::vector<Event> kept;
  const long step = 100;  // 1%
  for (long i = 0; i < n; ++i) {
    Event& e = changed[static_cast<std::size_t>(i)];
    if (i % step != 0) {
      kept.push_back(std::move(e));
      continue;
    }
    switch ((i / step) % 3) {
      case 0: e.sources.push_back({"doc-000000", 5, 20, "Another report."}); break;
      case 1: {  // a month refined to its day: the id changes with the date
        Event coarse = events[static_cast<std::size_t>(i)];
        coarse.date.value = coarse.date.value->substr(0, 7);
        coarse.date.start = Date(coarse.date.start->year(), coarse.date.start->month(), 1);
        coarse.date.end = coarse.date.start->end_of_month();
        coarse.date.granularity = "month";
        coarse.id = "event:" + *coarse.date.value + e.id.substr(e.id.find(':', 6));
        events[static_cast<std::size_t>(i)] = std::move(coarse);
        break;
      }
      default: continue;  // removed
    }
    kept.push_back(std::move(e));
  }
  for (long j = 0; j < n / 300; ++j) kept.push_back(make_event(random, n + j, actors, places, docs));
  return {finish(std::move(events), actors, places, docs), finish(std::move(kept), actors, places, docs)};
}

const Versions& versions(long n) {
  static std::map<long, Versions> cache;
  auto found = cache.find(n);
  if (found == cache.end()) found = cache.emplace(n, generated_versions(n)).first;
  return found->second;
}

void diff_generated(benchmark::State& state) {
  const Versions& v = versions(state.range(0));
  std::size_t changes = 0;
  for (auto _ : state) {
    const GraphDiff diff = diff_graphs(v.old_model, v.new_model);
    changes = diff.events.size();
    benchmark::DoNotOptimize(changes);
  }
  state.counters["event_changes"] = static_cast<double>(changes);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(diff_generated)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Complexity();

void diff_to_json_100k(benchmark::State& state) {
  const Versions& v = versions(100000);
  const GraphDiff diff = diff_graphs(v.old_model, v.new_model);
  for (auto _ : state) benchmark::DoNotOptimize(diff_to_json(diff));
}
BENCHMARK(diff_to_json_100k)->Unit(benchmark::kMillisecond);

// Reading one export: the larger part of `evgraph diff` on two files.
void graph_from_json_100k(benchmark::State& state) {
  std::string text = to_json(versions(100000).old_model);
  text.reserve(text.size() + simdjson::SIMDJSON_PADDING);  // as read from disk: parsed in place
  for (auto _ : state) benchmark::DoNotOptimize(graph_from_json(text, "graph.json"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(graph_from_json_100k)->Unit(benchmark::kMillisecond);

// The same through the tree readers alone (simdjson's DOM), what graph_from_json used before On
// Demand and still uses for what On Demand leaves: the two readers' cost side by side.
void graph_from_json_tree_100k(benchmark::State& state) {
  std::string text = to_json(versions(100000).old_model);
  text.reserve(text.size() + simdjson::SIMDJSON_PADDING);  // as read from disk: parsed in place
  for (auto _ : state) benchmark::DoNotOptimize(detail::model_from_json_tree(text, "graph.json"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(graph_from_json_tree_100k)->Unit(benchmark::kMillisecond);

// The worst case for content matching: every unpaired event in one (type, entity) bucket.
void diff_one_bucket(benchmark::State& state) {
  const long n = state.range(0);
  auto event_on = [](long days, const char* side) {
    Event e;
    e.type = "meeting";
    const Date day = Date(2000, 1, 1) + boost::gregorian::days(days);
    e.date.value = to_iso(day);
    e.date.start = e.date.end = day;
    e.actors = {"actor:everyone"};
    e.id = "event:" + *e.date.value + ":meeting:" + side;
    return e;
  };
  // Old events on days [0, n), new ones on [n, 2n): all in one bucket, none compatible.
  std::vector<Event> old_events, new_events;
  for (long i = 0; i < n; ++i) {
    old_events.push_back(event_on(i, "old"));
    new_events.push_back(event_on(n + i, "new"));
  }
  GraphModel a, b;
  a.events = std::move(old_events);
  b.events = std::move(new_events);
  for (auto _ : state) benchmark::DoNotOptimize(diff_graphs(a, b));
  state.SetComplexityN(n);
}
BENCHMARK(diff_one_bucket)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace

BENCHMARK_MAIN();
