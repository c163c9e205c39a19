#include "cli/command.hpp"

#include <evgraph/error.hpp>
#include <evgraph/names.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/text.hpp>

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
    auto* actor = app.add_option("--actor", m_actor, "Events of this actor: an id (actor:donald-trump), a name or an alias");
    auto* around = app.add_option("--around", m_around, "Nodes within --hops of this node: an id, a name or an alias");
    app.add_option("--hops", m_hops, "Hops for --around")->capture_default_str();
    auto* from = app.add_option("--from", m_from, "Events from this date (YYYY-MM-DD)");
    app.add_option("--to", m_to, "Events up to this date (YYYY-MM-DD)");
    actor->excludes(around)->excludes(from);
    around->excludes(from);
  }

  int run(const RunContext& context) override {
    PipelineOptions options = pipeline_options(context);
    GraphModel model = load_graph_or_build(m_input, context.resources, {}, options, context.diagnostics);
    // Names are looked up before the model moves into the graph.
    const std::string around = m_around.empty() ? std::string() : resolve_node(model, m_around, "--around");
    const std::string actor = m_actor.empty() ? std::string() : resolve_node(model, m_actor, "--actor");
    const EventGraph graph = EventGraph::from_model(std::move(model), m_input);
    if (!around.empty()) {
      for (const auto& id : graph.neighbourhood(around, m_hops)) std::cout << terminal_text(id) << "\n";
      return 0;
    }
    std::vector<const Event*> events;
    if (!actor.empty()) {
      events = graph.events_of_actor(actor);
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
      std::cout << json_terminal_safe(line.dump()) << "\n";
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
