// Issue 13: a rebuild with the cache takes the digest of a document whose file stamp has not
// changed from the cache instead of reading the file; any other document is read as before.
#include <doctest/doctest.h>

#include <evgraph/graph_io.hpp>
#include <evgraph/pipeline.hpp>

#include "test_support.hpp"

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace evgraph;
namespace fs = std::filesystem;

namespace {

// The disk, counting the documents (*.txt) read in full.
class CountingEnv : public Env {
 public:
  std::size_t documents_read() const { return m_reads; }

  std::string read_file(const fs::path& path, std::size_t max_bytes) const override {
    return disk_env().read_file(path, max_bytes);
  }
  std::string read_prefix(const fs::path& path, std::size_t max_bytes) const override {
    return disk_env().read_prefix(path, max_bytes);
  }
  std::string read_confined(const fs::path& root, const std::string& relative, std::size_t max_bytes) const override {
    count(relative);
    return disk_env().read_confined(root, relative, max_bytes);
  }
  std::string read_confined_stamped(const fs::path& root, const std::string& relative, std::size_t max_bytes,
                                    std::optional<FileStamp>& stamp) const override {
    count(relative);
    return disk_env().read_confined_stamped(root, relative, max_bytes, stamp);
  }
  std::optional<FileStamp> stamp_confined(const fs::path& root, const std::string& relative) const override {
    return disk_env().stamp_confined(root, relative);
  }
  FileKind kind(const fs::path& path) const override { return disk_env().kind(path); }
  FileKind kind_confined(const fs::path& root, const std::string& relative) const override {
    return disk_env().kind_confined(root, relative);
  }
  std::vector<std::string> list_directory(const fs::path& folder) const override {
    return disk_env().list_directory(folder);
  }
  void write_files(const fs::path& folder, const std::vector<OutputFile>& files) override {
    disk_env().write_files(folder, files);
  }

 private:
  void count(const std::string& relative) const {
    if (fs::path(relative).extension() == ".txt") ++m_reads;
  }
  mutable std::atomic<std::size_t> m_reads{0};
};

std::int64_t ctime_ns(const fs::path& file) {
  struct stat info {};
  REQUIRE(::stat(file.c_str(), &info) == 0);
  return static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
}

// A build trusts only the stamps of files changed before it began by the file system's clock
// (pipeline/digest_table.hpp); waits until that clock has moved past `file`'s last change, as it
// has when a user rebuilds after editing.
void let_clock_pass(const fs::path& file) {
  const fs::path probe = file.parent_path() / ".clock-probe";
  for (int attempt = 0; attempt < 1000; ++attempt) {
    test::write_file(probe, "x");
    if (ctime_ns(probe) > ctime_ns(file)) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  fs::remove(probe);
}

fs::path copy_corpus(const test::TempDir& dir) {
  const fs::path corpus = dir.path() / "corpus";
  fs::copy(test::source_dir() / "tests" / "data" / "wire-mixed", corpus, fs::copy_options::recursive);
  let_clock_pass(corpus / "corpus.yaml");
  return corpus;
}

struct Built {
  std::string json;
  BuildSummary summary;
  std::size_t documents_read = 0;
};

// graph.json of a build of `corpus` (with the cache in `cache`, if not empty).
Built build(const fs::path& corpus, const fs::path& cache) {
  CountingEnv env;
  const Resources resources(env, DataStore());
  Diagnostics diagnostics;
  PipelineOptions options;
  options.cache = cache;
  Built built;
  built.json = to_json(build_graph_model(open_corpus(corpus, {}, resources, diagnostics), resources, options,
                                         diagnostics, &built.summary));
  built.documents_read = env.documents_read();
  CHECK(diagnostics.warnings().empty());
  return built;
}

}  // namespace

TEST_CASE("issue 13: a rebuild neither reads nor hashes unchanged documents, and writes the same graph") {
  test::TempDir dir;
  const fs::path corpus = copy_corpus(dir);
  const Built reference = build(corpus, {});
  const Built cold = build(corpus, dir.path() / "cache");
  CHECK(cold.documents_read == 9);
  CHECK(cold.summary.documents_cached == 0);
  CHECK(cold.json == reference.json);

  fs::path segment;
  for (const auto& entry : fs::directory_iterator(dir.path() / "cache"))
    if (entry.path().filename().string().rfind("parts-", 0) == 0) segment = entry.path();
  const std::string lines = test::read_file(segment);
  const Built warm = build(corpus, dir.path() / "cache");
  CHECK(test::read_file(segment) == lines);  // nothing new to append, and not rewritten
  CHECK(warm.documents_read == 0);
  CHECK(warm.summary.documents_read == 9);
  CHECK(warm.summary.documents_cached == 9);
  CHECK(warm.summary.documents_unread == 9);
  CHECK(warm.json == reference.json);
}

TEST_CASE("issue 13: a document rewritten with the same size and modification time is read and analysed again") {
  test::TempDir dir;
  const fs::path corpus = copy_corpus(dir);
  const fs::path cache = dir.path() / "cache";
  const Built before = build(corpus, cache);

  const fs::path changed = corpus / "002_greve-sncf.txt";
  const auto mtime = fs::last_write_time(changed);
  std::string text = test::read_file(changed);
  const std::size_t at = text.rfind('e');
  REQUIRE(at != std::string::npos);
  text[at] = 'a';  // the same size
  test::write_file(changed, text);
  fs::last_write_time(changed, mtime);  // and the same modification time: only the change time tells
  REQUIRE(fs::last_write_time(changed) == mtime);

  const Built after = build(corpus, cache);
  CHECK(after.documents_read == 1);
  CHECK(after.summary.documents_cached == 8);
  CHECK(after.summary.documents_unread == 8);
  CHECK(after.json != before.json);  // the document's sha256 at least
  CHECK(after.json == build(corpus, {}).json);
}
