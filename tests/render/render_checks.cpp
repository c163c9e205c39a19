#include "render_checks.hpp"

#include "test_support.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <sstream>

namespace evgraph::test {
namespace {

int run(const std::string& command) {
  const int raw = std::system(command.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

}  // namespace

std::string golden_mismatch(const std::string& name, const std::string& actual) {
  const auto path = source_dir() / "tests" / "golden" / "render" / name;
  const char* update = std::getenv("EVGRAPH_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(path, actual);
    return {};
  }
  if (!std::filesystem::exists(path))
    return path.string() + " is missing: run scripts/update-golden.sh";
  const std::string expected = read_file(path);
  if (expected == actual) return {};
  const auto actual_path = std::filesystem::temp_directory_path() / (name + ".actual");
  write_file(actual_path, actual);
  std::istringstream a(expected), b(actual);
  std::string line_a, line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_b = static_cast<bool>(std::getline(b, line_b));
    if (!more_a && !more_b) break;
    if (line_a != line_b || more_a != more_b)
      return path.string() + ":" + std::to_string(line) + " differs (actual output in " + actual_path.string() +
             ")\n  expected: " + (more_a ? line_a : "<end>") + "\n  actual:   " + (more_b ? line_b : "<end>");
  }
  return path.string() + " differs (actual output in " + actual_path.string() + ")";
}

int xmllint_status(const std::string& svg, std::string& errors) {
  TempDir dir;
  write_file(dir.path() / "in.svg", svg);
  const int status = run("xmllint --noout '" + (dir.path() / "in.svg").string() + "' 2>'" +
                         (dir.path() / "err").string() + "'");
  errors = read_file(dir.path() / "err");
  return status;
}

int rsvg_status(const std::string& svg, const std::string& png_path) {
  TempDir dir;
  write_file(dir.path() / "in.svg", svg);
  const std::string out = png_path.empty() ? (dir.path() / "out.png").string() : png_path;
  return run("rsvg-convert -w 1000 '" + (dir.path() / "in.svg").string() + "' -o '" + out + "' 2>/dev/null");
}

}  // namespace evgraph::test
