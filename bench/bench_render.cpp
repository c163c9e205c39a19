// Renderer throughput on a generated graph of 10,000 events over five years: the timeline SVG
// (every event, and the default selection of the most reported) and the DOT text must each
// take well under 2 s.
#include <evgraph/render.hpp>

#include <benchmark/benchmark.h>

#include <random>
#include <string>

namespace {

using namespace evgraph;

const Resources& run_resources() {
  static const Resources shared(disk_env(), DataStore());
  return shared;
}

GraphModel generated_graph(int event_count) {
  static const char* const types[] = {"meeting", "summit", "visit", "call", "statement", "proposal", "request"};
  static const char* const words[] = {"Réunion", "des", "ministres", "sur", "la", "sécurité", "de", "l'Ukraine",
                                      "à", "Bruxelles", "Sommet", "appel", "garanties", "troupes", "missiles"};
  std::mt19937 random(42);
  GraphModel g;
  g.corpus.name = "generated";
  for (int a = 0; a < 200; ++a) {
    const std::string id = "ac-" + std::to_string(1000 + a);
    g.actors.push_back({id, "Acteur " + std::to_string(a), a % 3 == 0 ? "person" : "state", {}});
  }
  const Date origin(2020, 1, 1);
  for (int i = 0; i < event_count; ++i) {
    Event e;
    e.id = "ev-" + std::to_string(100000 + i);
    e.type = types[random() % 7];
    const int length = 3 + static_cast<int>(random() % 6);
    for (int w = 0; w < length; ++w) e.title += std::string(w ? " " : "") + words[random() % 15];
    const Date day = origin + boost::gregorian::days(static_cast<long>(random() % 1800));
    switch (random() % 5) {
      case 0: e.date.value = to_iso(day).substr(0, 7); break;  // month
      case 1: e.date.latest = day; break;                      // before a date
      default: e.date.value = to_iso(day); break;
    }
    e.actors = {g.actors[random() % 200].id};
    e.sources = {Source{"doc", 0, 10, "Une phrase source de l'article, assez longue pour un tooltip."}};
    g.events.push_back(std::move(e));
    g.edges.push_back({g.events.back().id, g.events.back().actors.front(), "participant"});
  }
  return g;
}

const GraphModel& model() {
  static const GraphModel graph = generated_graph(10000);
  return graph;
}

// Args: lanes (0 type, 1 actor), then 1 to draw every event (--all), 0 for the default: the
// most reported that fit the style's max_rows.
void timeline_10k(benchmark::State& state) {
  TimelineOptions options;
  options.lanes = state.range(0) ? "actor" : "type";
  options.all_events = state.range(1) != 0;
  options.width_px = 4000;
  for (auto _ : state) benchmark::DoNotOptimize(render_timeline_svg(model(), run_resources(), options));
}
BENCHMARK(timeline_10k)->ArgsProduct({{0, 1}, {1, 0}})->Unit(benchmark::kMillisecond);

void dot_10k(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(render_dot(model(), run_resources()));
}
BENCHMARK(dot_10k)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
