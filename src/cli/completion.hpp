// Shell completion scripts generated from the command table: the subcommands, their options and
// the values an option or a first argument is limited to, as CLI11 holds them after setup().
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace evgraph::cli {

std::string bash_completion(const CLI::App& root);
std::string zsh_completion(const CLI::App& root);

}  // namespace evgraph::cli
