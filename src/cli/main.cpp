#include "cli/command.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

#include <fstream>
#include <iostream>

namespace evgraph::cli {
namespace {

// Warnings go to standard error as they come, one line each.
class StderrDiagnostics : public Diagnostics {
 public:
  using Diagnostics::Diagnostics;

 protected:
  void on_warning(const Diagnostic& diagnostic) override { std::cerr << "evgraph: " << diagnostic.to_string() << "\n"; }
};

}  // namespace

std::optional<Date> parse_cli_date(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  const auto date = parse_iso_date(text);
  if (!date) throw InputError({}, std::string(option) + ": '" + text + "' is not a calendar date YYYY-MM-DD");
  return date;
}

void write_output(Env& env, const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content << std::flush;
    return;
  }
  const std::filesystem::path file(path);
  // Renaming over a device or a pipe would replace it with a plain file.
  if (env.kind(file) == FileKind::Other) {
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) throw Error("cannot write " + path);
    return;
  }
  env.write_files(file.parent_path(), {{file.filename().string(), content}});
}

}  // namespace evgraph::cli

int main(int argc, char** argv) {
  using namespace evgraph;
  using namespace evgraph::cli;
  CLI::App app{"evgraph: dated event graphs, timelines and diffs from news corpora"};
  app.set_version_flag("--version", std::string("evgraph ") + EVGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options are accepted after the command too
  std::string data_dir;
  unsigned threads = 0;
  bool strict = false;
  bool quiet = false;
  std::string progress = "auto";
  app.add_option("--data", data_dir, "Folder with data/ and schemas/ overriding the built-in ones")
      ->check(CLI::ExistingDirectory);
  app.add_option("--threads", threads, "Worker threads (default: one per core)");
  app.add_flag("--strict", strict, "Treat every warning (a document that cannot be read...) as an error");
  app.add_flag("-q,--quiet", quiet, "No progress line and no summary (warnings still show)");
  app.add_option("--progress", progress, "Progress of long runs on stderr: auto (a line on a terminal), plain (lines for logs), none")
      ->check(CLI::IsMember({"auto", "plain", "none"}));
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
    Env& env = disk_env();
    const Resources resources(env, data_dir.empty() ? DataStore() : DataStore(data_dir, env), selected->style_file());
    StderrDiagnostics diagnostics(strict);
    const ProgressMode mode = quiet || progress == "none" ? ProgressMode::Off
                              : progress == "plain"      ? ProgressMode::Plain
                                                         : ProgressMode::Auto;
    return selected->run(RunContext{resources, diagnostics, threads, mode, quiet});
  } catch (const evgraph::Error& e) {
    std::cerr << "evgraph: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "evgraph: internal error: " << e.what() << "\n";
    return 2;
  }
}
