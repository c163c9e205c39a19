// One class per subcommand (osmium-tool style): setup() declares its options on CLI11, run()
// calls the library. Errors are thrown as evgraph::Error and reported once by main().
#pragma once

#include <evgraph/calendar.hpp>
#include <evgraph/diagnostics.hpp>
#include <evgraph/pipeline.hpp>
#include <evgraph/resources.hpp>

#include "cli/progress.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace evgraph::cli {

// What main() builds once and every command runs with.
struct RunContext {
  const Resources& resources;
  Diagnostics& diagnostics;
  unsigned threads = 0;  // --threads; 0: one per core
  ProgressMode progress = ProgressMode::Auto;  // --progress, --quiet
  bool quiet = false;                          // --quiet: no progress, no summary lines
  PipelineOptions limits;                      // --max-document-bytes, --max-sentence-bytes, --max-quote-chars
};

// The pipeline options every command that reads a corpus starts from: threads and limits.
inline PipelineOptions pipeline_options(const RunContext& context) {
  PipelineOptions options = context.limits;
  options.threads = context.threads;
  return options;
}

class Command {
 public:
  virtual ~Command() = default;
  virtual const char* name() const = 0;
  virtual const char* synopsis() const = 0;
  virtual void setup(CLI::App& app) = 0;
  // A style file the command was given (--style), merged over the built-in style.
  virtual std::optional<std::filesystem::path> style_file() const { return std::nullopt; }
  // Returns the exit status (0 ok, 1 "differs" for diff).
  virtual int run(const RunContext& context) = 0;
};

std::vector<std::unique_ptr<Command>> all_commands();

// Parses "YYYY-MM-DD" given on the command line (nullopt when empty); throws InputError naming
// the option.
std::optional<Date> parse_cli_date(const std::string& text, const char* option);

// Writes one output file: a regular file all or nothing (Env::write_files), a device or pipe
// (-o /dev/null, -o /dev/stdout) in place, "-" or "" to standard output.
void write_output(Env& env, const std::string& path, const std::string& content);

}  // namespace evgraph::cli
