// Helpers shared by the tests: paths of the project, running the CLI, temporary folders.
#pragma once

#include <evgraph/model.hpp>
#include <evgraph/resources.hpp>

#include <filesystem>
#include <string>

namespace evgraph::test {

inline std::filesystem::path source_dir() { return EVGRAPH_SOURCE_DIR; }

// The built-in data and style on the real file system, shared by the tests.
const Resources& resources();
// A graph export read, or a corpus built, with test::resources(); warnings are dropped.
GraphModel load_or_build(const std::filesystem::path& path);
inline std::filesystem::path example_corpus() { return source_dir() / "examples" / "ukraine-fr"; }

struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs build/evgraph with `arguments` (already shell-quoted), capturing stdout and stderr.
CommandResult run_evgraph(const std::string& arguments);

// A fresh empty folder under the system temp dir, removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

}  // namespace evgraph::test
