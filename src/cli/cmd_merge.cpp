#include "cli/command.hpp"

#include <evgraph/error.hpp>
#include <evgraph/formats.hpp>
#include <evgraph/part_lines.hpp>

#include <iostream>

namespace evgraph::cli {
namespace {

class MergeCommand : public Command {
 public:
  const char* name() const override { return "merge"; }
  const char* synopsis() const override {
    return "The reduce step: parts from `evgraph extract`, in any number and order, into the five outputs of build";
  }

  void setup(CLI::App& app) override {
    app.add_option("PART", m_parts, "JSON Lines files written by `evgraph extract`")->required();
    app.add_option("-o,--output", m_output, "Output folder")->capture_default_str();
    app.add_option("--style", m_style, "Style YAML (schemas/style.schema.json) over the built-in one")
        ->check(CLI::ExistingFile);
  }

  std::optional<std::filesystem::path> style_file() const override {
    if (m_style.empty()) return std::nullopt;
    return std::filesystem::path(m_style);
  }

  int run(const RunContext& context) override {
    const Resources& resources = context.resources;
    GraphReducer reducer;
    for (const auto& file : m_parts) {
      add_part_lines(reducer, resources.env().read_file(file), file);
    }
    if (reducer.documents() == 0) throw InputError({m_parts.front()}, "no part in the files: nothing to merge");
    const CompactModel merged = reducer.finish_compact();
    const GraphModel& model = merged.model;
    resources.env().write_streamed(m_output, build_output_streams(model, resources, reducer.language(), &merged.mentions));
    if (!context.quiet)
      std::cout << "evgraph: " << model.events.size() << " events, " << model.actors.size() << " actors, "
                << model.places.size() << " places, " << model.proposals.size() << " proposals from "
                << model.corpus.documents.size() << " documents -> " << (std::filesystem::path(m_output) / "").string()
                << "{graph.json,graph.yaml,graph.dot,graph.svg,timeline.svg}\n";
    return 0;
  }

 private:
  std::vector<std::string> m_parts;
  std::string m_output = "out";
  std::string m_style;
};

}  // namespace

std::unique_ptr<Command> make_merge_command() { return std::make_unique<MergeCommand>(); }

}  // namespace evgraph::cli
