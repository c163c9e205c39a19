#include "cli/command.hpp"

#include <evgraph/error.hpp>
#include <evgraph/pipeline.hpp>

#include <nlohmann/json.hpp>

#include <iostream>

namespace evgraph::cli {
namespace {

class QueryCommand : public Command {
 public:
  const char* name() const override { return "query"; }
  const char* synopsis() const override { return "Query the graph: events of an actor, neighbourhood of a node, events in a date window"; }

  void setup(CLI::App& app) override {
    app.add_option("INPUT", m_input, "graph.json, graph.yaml, manifest or corpus folder")->required();
    auto* actor = app.add_option("--actor", m_actor, "Events of this actor (id, e.g. actor:donald-trump)");
    auto* around = app.add_option("--around", m_around, "Nodes within --hops of this id");
    app.add_option("--hops", m_hops, "Hops for --around")->capture_default_str();
    auto* from = app.add_option("--from", m_from, "Events from this date (YYYY-MM-DD)");
    app.add_option("--to", m_to, "Events up to this date (YYYY-MM-DD)");
    actor->excludes(around)->excludes(from);
    around->excludes(from);
  }

  int run(const RunContext& context) override {
    PipelineOptions options;
    options.threads = context.threads;
    const EventGraph graph = EventGraph::from_model(
        load_graph_or_build(m_input, context.resources, {}, options, context.diagnostics), m_input);
    if (!m_around.empty()) {
      if (!graph.vertex(m_around)) throw InputError({}, "--around: no node '" + m_around + "' in the graph");
      for (const auto& id : graph.neighbourhood(m_around, m_hops)) std::cout << id << "\n";
      return 0;
    }
    std::vector<const Event*> events;
    if (!m_actor.empty()) {
      if (!graph.vertex(m_actor)) throw InputError({}, "--actor: no node '" + m_actor + "' in the graph");
      events = graph.events_of_actor(m_actor);
    } else {
      const auto from = parse_cli_date(m_from, "--from").value_or(Date(1400, 1, 1));
      const auto to = parse_cli_date(m_to, "--to").value_or(Date(9999, 12, 31));
      events = graph.events_between(from, to);
    }
    for (const Event* event : events) {
      nlohmann::ordered_json line;
      line["id"] = event->id;
      line["type"] = event->type;
      line["date"] = event->date.value ? nlohmann::ordered_json(*event->date.value) : nlohmann::ordered_json(nullptr);
      line["title"] = event->title;
      std::cout << line.dump() << "\n";
    }
    return 0;
  }

 private:
  std::string m_input;
  std::string m_actor;
  std::string m_around;
  int m_hops = 1;
  std::string m_from;
  std::string m_to;
};

}  // namespace

std::unique_ptr<Command> make_query_command() { return std::make_unique<QueryCommand>(); }

}  // namespace evgraph::cli
