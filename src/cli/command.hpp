// One class per subcommand (osmium-tool style): setup() declares its options on CLI11, run()
// calls the library. Errors are thrown as evgraph::Error and reported once by main().
#pragma once

#include <evgraph/calendar.hpp>
#include <evgraph/data_store.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace evgraph::cli {

// Options every command shares.
struct GlobalOptions {
  std::string data_dir;  // --data: overlay for data/ and schemas/
  unsigned threads = 0;  // --threads
  DataStore data() const;
};

class Command {
 public:
  virtual ~Command() = default;
  virtual const char* name() const = 0;
  virtual const char* synopsis() const = 0;
  virtual void setup(CLI::App& app) = 0;
  // Returns the exit status (0 ok, 1 "differs" for diff).
  virtual int run(const GlobalOptions& global) = 0;
};

std::vector<std::unique_ptr<Command>> all_commands();

// Parses "YYYY-MM-DD" given on the command line (nullopt when empty); throws InputError naming
// the option.
std::optional<Date> parse_cli_date(const std::string& text, const char* option);

}  // namespace evgraph::cli
