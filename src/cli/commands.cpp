#include "cli/command.hpp"

namespace evgraph::cli {

std::unique_ptr<Command> make_build_command();
std::unique_ptr<Command> make_timex_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_validate_command();
std::unique_ptr<Command> make_query_command();
std::unique_ptr<Command> make_diff_command();
std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_merge_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_completion_command();

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_build_command());
  commands.push_back(make_extract_command());
  commands.push_back(make_merge_command());
  commands.push_back(make_timex_command());
  commands.push_back(make_render_command());
  commands.push_back(make_validate_command());
  commands.push_back(make_query_command());
  commands.push_back(make_diff_command());
  commands.push_back(make_export_command());
  commands.push_back(make_completion_command());
  return commands;
}

}  // namespace evgraph::cli
