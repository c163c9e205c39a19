#include "cli/command.hpp"
#include "cli/stdin_env.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>

namespace evgraph::cli {
namespace {

// Warnings go to standard error as they come, one line each.
class StderrDiagnostics : public Diagnostics {
 public:
  using Diagnostics::Diagnostics;

 protected:
  void on_warning(const Diagnostic& diagnostic) override { std::cerr << "evgraph: " << terminal_text(diagnostic.to_string()) << "\n"; }
};

// Edit distance with transpositions ("biuld" is one from "build").
std::size_t typo_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// "evgraph biuld": which command was meant, and the list of them.
std::string unknown_command_message(const std::string& word, const std::vector<std::unique_ptr<Command>>& commands) {
  std::string message = "'" + word + "' is not an evgraph command";
  std::string closest;
  std::size_t best = 3;  // more than two edits away is no longer a typo
  std::string names;
  for (const auto& command : commands) {
    const std::string name = command->name();
    names += (names.empty() ? "" : ", ") + name;
    const std::size_t d = name.rfind(word, 0) == 0 ? 0 : typo_distance(word, name);
    if (d < best) best = d, closest = name;
  }
  if (!closest.empty()) message += ". Did you mean '" + closest + "'?";
  return message + "\nCommands: " + names + " (evgraph --help)";
}

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
  app.require_subcommand(0, 1);  // none: print the help
  app.fallthrough();  // global options are accepted after the command too
  std::string data_dir;
  unsigned threads = 0;
  bool strict = false;
  bool quiet = false;
  std::string progress = "auto";
  PipelineOptions limits;
  app.add_option("--data", data_dir, "Folder with data/ and schemas/ overriding the built-in ones")
      ->check(CLI::ExistingDirectory);
  app.add_option("--threads", threads, "Worker threads (default: one per core)");
  app.add_flag("--strict", strict, "Treat every warning (a document that cannot be read...) as an error");
  app.add_flag("-q,--quiet", quiet, "No progress line and no summary (warnings still show)");
  app.add_option("--progress", progress, "Progress of long runs on stderr: auto (a line on a terminal), plain (lines for logs), none")
      ->check(CLI::IsMember({"auto", "plain", "none"}));
  app.add_option("--max-document-bytes", limits.max_document_bytes,
                 "A larger document is skipped with a warning (an error with --strict)")
      ->capture_default_str();
  app.add_option("--max-sentence-bytes", limits.extract.max_sentence_bytes,
                 "A longer sentence is read in pieces of this size, with a warning (0: no limit)")
      ->capture_default_str();
  app.add_option("--max-quote-chars", limits.extract.max_quote_chars,
                 "An event source's quote: its sentence clipped to this many characters around the trigger (0: whole)")
      ->capture_default_str();
  auto commands = all_commands();
  Command* selected = nullptr;
  for (auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command->name(), command->synopsis());
    command->setup(*sub);
    sub->callback([&selected, c = command.get()] { selected = c; });
  }
  // A word where a command is expected is kept (not an error) so that a typo gets a suggestion;
  // set after the subcommands so that they do not inherit it.
  app.allow_extras();
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  const std::vector<std::string> extras = app.remaining();
  if (!selected) {
    if (extras.empty()) {
      std::cout << app.help();
      return 0;
    }
    std::cerr << "evgraph: " << unknown_command_message(extras.front(), commands) << "\n";
    return 2;
  }
  if (!extras.empty()) {
    // With fallthrough, a command's unknown option climbs to the top, which keeps extras.
    std::string list;
    for (const std::string& word : extras) list += " " + word;
    std::cerr << "evgraph: " << selected->name() << ": unexpected arguments:" << list << " (evgraph " << selected->name()
              << " --help)\n";
    return 2;
  }
  try {
    StdinEnv env(disk_env());
    const Resources resources(env, data_dir.empty() ? DataStore() : DataStore(data_dir, env), selected->style_file());
    StderrDiagnostics diagnostics(strict);
    const ProgressMode mode = quiet || progress == "none" ? ProgressMode::Off
                              : progress == "plain"      ? ProgressMode::Plain
                                                         : ProgressMode::Auto;
    return selected->run(RunContext{resources, diagnostics, threads, mode, quiet, limits});
  } catch (const evgraph::Error& e) {
    std::cerr << "evgraph: " << terminal_text(e.what()) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "evgraph: internal error: " << terminal_text(e.what()) << "\n";
    return 2;
  }
}
