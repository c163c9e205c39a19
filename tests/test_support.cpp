#include "test_support.hpp"

#include <evgraph/pipeline.hpp>

#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace evgraph::test {

const Resources& resources() {
  static const Resources shared(disk_env(), DataStore());
  return shared;
}

GraphModel load_or_build(const std::filesystem::path& path) {
  Diagnostics ignored;
  return load_graph_or_build(path, resources(), {}, {}, ignored);
}

std::size_t count_occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

std::string read_error(const Corpus& corpus, std::size_t index, std::size_t max_bytes) {
  try {
    read_document(corpus, index, disk_env(), max_bytes);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  m_path = std::filesystem::temp_directory_path() /
           ("evgraph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(m_path);
  std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

CommandResult run_evgraph(const std::string& arguments) {
  TempDir dir;
  const auto out_file = dir.path() / "stdout";
  const auto err_file = dir.path() / "stderr";
  const std::string command = std::string("'") + EVGRAPH_BINARY + "' " + arguments + " >'" +
                              out_file.string() + "' 2>'" + err_file.string() + "'";
  const int raw = std::system(command.c_str());
  CommandResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(out_file);
  result.err = read_file(err_file);
  return result;
}

}  // namespace evgraph::test
