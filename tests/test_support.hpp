// Helpers shared by the tests: paths of the project, running the CLI, temporary folders.
#pragma once

#include <evgraph/corpus.hpp>
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

// `path` in single quotes, for run_evgraph's shell command line.
inline std::string shell_quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }
// How many times `needle` occurs in `text`, without overlaps.
std::size_t count_occurrences(const std::string& text, const std::string& needle);
// The message of the InputError reading document `index` of `corpus` throws, or "no error".
std::string read_error(const Corpus& corpus, std::size_t index, std::size_t max_bytes = kDefaultMaxDocumentBytes);

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

}  // namespace evgraph::test
