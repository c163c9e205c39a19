// End-to-end: extract/merge and the cache give what build gives, byte for byte.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <evgraph/corpus.hpp>

#include <algorithm>
#include <fstream>

using namespace evgraph::test;

namespace {

const char* const kOutputs[] = {"graph.json", "graph.yaml", "graph.dot", "graph.svg", "timeline.svg"};


void check_same_outputs(const std::filesystem::path& expected, const std::filesystem::path& actual) {
  for (const char* file : kOutputs) {
    CAPTURE(file);
    CHECK(read_file(actual / file) == read_file(expected / file));
  }
}

std::filesystem::path build_without_cache(const std::filesystem::path& corpus, const TempDir& into) {
  const auto run = run_evgraph("build " + shell_quoted(corpus) + " --no-cache -o " + shell_quoted(into.path()));
  REQUIRE_MESSAGE(run.status == 0, run.err);
  CHECK(!std::filesystem::exists(into.path() / ".evgraph-cache"));
  return into.path();
}

// Extracts `corpus` in 1, 2 and 7 shards, merges the parts in reverse order and compares with build.
void check_shards_merge_to_build(const std::filesystem::path& corpus) {
  CAPTURE(corpus);
  TempDir built;
  build_without_cache(corpus, built);
  for (int shards : {1, 2, 7}) {
    CAPTURE(shards);
    TempDir work;
    std::vector<std::string> parts;
    std::size_t lines = 0;
    for (int i = 1; i <= shards; ++i) {
      const auto part = work.path() / ("part" + std::to_string(i) + ".jsonl");
      const auto run = run_evgraph("extract " + shell_quoted(corpus) + " --shard " + std::to_string(i) + "/" +
                                   std::to_string(shards) + " -o " + shell_quoted(part));
      REQUIRE_MESSAGE(run.status == 0, run.err);
      const std::string text = read_file(part);
      lines += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
      parts.push_back(shell_quoted(part));
    }
    std::reverse(parts.begin(), parts.end());  // any order
    std::string arguments;
    for (const auto& part : parts) arguments += " " + part;
    const auto merged = run_evgraph("merge" + arguments + " -o " + shell_quoted(work.path() / "out"));
    REQUIRE_MESSAGE(merged.status == 0, merged.err);
    check_same_outputs(built.path(), work.path() / "out");
    CHECK(lines >= 5);  // one line per document
  }
}

}  // namespace

// One test per corpus, so that CTest runs them side by side.
TEST_CASE("extract of the sample in 1, 2 or 7 shards then merge in any order gives build's outputs") {
  check_shards_merge_to_build(example_corpus());
}

TEST_CASE("extract of wire-mixed in 1, 2 or 7 shards then merge in any order gives build's outputs") {
  check_shards_merge_to_build(source_dir() / "tests" / "data" / "wire-mixed");
}

TEST_CASE("a rebuild reads its cache and writes the same bytes, a damaged entry is a warning") {
  const auto corpus = source_dir() / "tests" / "data" / "wire-mixed";
  TempDir reference, out;
  build_without_cache(corpus, reference);
  const auto cold = run_evgraph("build " + shell_quoted(corpus) + " -o " + shell_quoted(out.path()));
  REQUIRE_MESSAGE(cold.status == 0, cold.err);
  CHECK(cold.out.find("from the cache") == std::string::npos);
  const auto cache = out.path() / ".evgraph-cache";
  REQUIRE(std::filesystem::is_directory(cache));
  const auto warm = run_evgraph("build " + shell_quoted(corpus) + " -o " + shell_quoted(out.path()));
  REQUIRE(warm.status == 0);
  CHECK(warm.out.find("(9 from the cache)") != std::string::npos);
  CHECK(warm.err.empty());
  check_same_outputs(reference.path(), out.path());

  // Flip a byte inside one entry's part: its check fails, the document is analysed again.
  std::filesystem::path segment;
  for (const auto& entry : std::filesystem::directory_iterator(cache))
    if (entry.path().filename().string().rfind("parts-", 0) == 0) segment = entry.path();
  std::string text = read_file(segment);
  const std::size_t quote = text.find("\"quote\":\"");
  REQUIRE(quote != std::string::npos);
  text[quote + 10] = text[quote + 10] == 'x' ? 'y' : 'x';
  write_file(segment, text);
  const auto damaged = run_evgraph("build " + shell_quoted(corpus) + " -o " + shell_quoted(out.path()));
  REQUIRE(damaged.status == 0);
  CHECK(damaged.err.find("damaged cache entry") != std::string::npos);
  CHECK(damaged.out.find("(8 from the cache)") != std::string::npos);
  check_same_outputs(reference.path(), out.path());

  // An entry whose check holds but whose part is no part (a foreign writer, an older format): a
  // warning, and its document is analysed again (issue 13: parts read with simdjson).
  text = read_file(segment);
  const std::size_t part_at = text.find("\"part\":");
  const std::size_t line_end = text.find('\n', part_at);
  REQUIRE(line_end != std::string::npos);
  const std::string foreign = "{\"evgraph_part\":\"1\",\"corpus\":7}";
  const std::size_t check_at = text.rfind("\"check\":\"", part_at) + 9;
  text.replace(part_at + 7, line_end - 1 - (part_at + 7), foreign);
  text.replace(check_at, 64, evgraph::sha256_hex(foreign));
  write_file(segment, text);
  const auto foreign_run = run_evgraph("build " + shell_quoted(corpus) + " -o " + shell_quoted(out.path()));
  REQUIRE(foreign_run.status == 0);
  CHECK(foreign_run.err.find("corpus must be a string; cache entry ignored") != std::string::npos);
  CHECK(foreign_run.out.find("(8 from the cache)") != std::string::npos);
  check_same_outputs(reference.path(), out.path());

  // A cache shared by --cache serves another output folder.
  TempDir elsewhere;
  const auto shared = run_evgraph("build " + shell_quoted(corpus) + " --cache " + shell_quoted(cache) + " -o " + shell_quoted(elsewhere.path()));
  REQUIRE(shared.status == 0);
  CHECK(shared.out.find("(9 from the cache)") != std::string::npos);
  check_same_outputs(reference.path(), elsewhere.path());
}

TEST_CASE("merge and extract reject what is not theirs, with the place, and write nothing") {
  TempDir work;
  const auto part = work.path() / "part.jsonl";
  REQUIRE(run_evgraph("extract " + shell_quoted(example_corpus()) + " -o " + shell_quoted(part)).status == 0);
  const auto valid = run_evgraph("validate " + shell_quoted(part));
  CHECK_MESSAGE(valid.status == 0, valid.err);  // against schemas/part.schema.json
  write_file(work.path() / "bad.jsonl", read_file(part) + "{\"not\": \"a part\"}\n");
  const auto bad = run_evgraph("merge " + shell_quoted(work.path() / "bad.jsonl") + " -o " + shell_quoted(work.path() / "out"));
  CHECK(bad.status == 2);
  CHECK(bad.err.find("bad.jsonl:6") != std::string::npos);
  CHECK(!std::filesystem::exists(work.path() / "out"));

  const auto twice = run_evgraph("merge " + shell_quoted(part) + " " + shell_quoted(part) + " -o " + shell_quoted(work.path() / "out"));
  CHECK(twice.status == 2);
  CHECK(twice.err.find("is in two parts") != std::string::npos);

  for (const char* shard : {"0/2", "3/2", "1/0", "x", "1/2/3"}) {
    CAPTURE(shard);
    const auto run = run_evgraph("extract " + shell_quoted(example_corpus()) + " --shard " + shard);
    CHECK(run.status == 2);
    CHECK(run.err.find("--shard") != std::string::npos);
  }
}
