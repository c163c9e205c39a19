#include "cli/command.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

#include <iostream>

namespace evgraph::cli {

DataStore GlobalOptions::data() const { return data_dir.empty() ? DataStore() : DataStore(data_dir); }

std::optional<Date> parse_cli_date(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  const auto date = parse_iso_date(text);
  if (!date) throw InputError({}, std::string(option) + ": '" + text + "' is not a calendar date YYYY-MM-DD");
  return date;
}

}  // namespace evgraph::cli

int main(int argc, char** argv) {
  using namespace evgraph::cli;
  CLI::App app{"evgraph: dated event graphs, timelines and diffs from news corpora"};
  app.set_version_flag("--version", std::string("evgraph ") + EVGRAPH_VERSION);
  app.require_subcommand(1);
  GlobalOptions global;
  app.add_option("--data", global.data_dir, "Folder with data/ and schemas/ overriding the built-in ones")
      ->check(CLI::ExistingDirectory);
  app.add_option("--threads", global.threads, "Worker threads (default: one per core)");
  auto commands = all_commands();
  Command* selected = nullptr;
  for (auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command->name(), command->synopsis());
    command->setup(*sub);
    sub->callback([&selected, c = command.get()] { selected = c; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  try {
    return selected->run(global);
  } catch (const evgraph::Error& e) {
    std::cerr << "evgraph: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "evgraph: internal error: " << e.what() << "\n";
    return 2;
  }
}
