// Bad input: one line naming the file (and line:column), exit status 2, nothing written.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>

using namespace evgraph::test;

namespace {

struct BadCorpus {
  TempDir dir;
  TempDir out;

  explicit BadCorpus(const std::string& manifest, const std::string& text = "Le 15 mars, une réunion à Londres.\n") {
    write_file(dir.path() / "a.txt", text);
    write_file(dir.path() / "corpus.yaml", manifest);
  }

  CommandResult build() const {
    return run_evgraph("build '" + (dir.path() / "corpus.yaml").string() + "' -o '" + (out.path() / "result").string() + "'");
  }
};

void check_rejected(const BadCorpus& corpus, const std::string& expected_prefix) {
  const CommandResult result = corpus.build();
  CHECK(result.status == 2);
  CHECK(result.out.empty());
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  CHECK_MESSAGE(result.err.rfind("evgraph: " + expected_prefix, 0) == 0, result.err);
  CHECK_FALSE(std::filesystem::exists(corpus.out.path() / "result"));
}

const std::string kHeader = "corpus: x\ndocuments:\n";

}  // namespace

TEST_CASE("a manifest with a YAML syntax error") {
  BadCorpus corpus(kHeader + "  - id: a\n    path: [a.txt\n    published: 2025-03-20\n");
  check_rejected(corpus, (corpus.dir.path() / "corpus.yaml").string() + ":5:");
}

TEST_CASE("a manifest with a path outside its folder") {
  BadCorpus corpus(kHeader + "  - {id: a, path: ../../etc/passwd, published: 2025-03-20}\n");
  check_rejected(corpus, (corpus.dir.path() / "corpus.yaml").string() + ":3:19: path '../../etc/passwd' leaves the manifest's folder");
}

TEST_CASE("a manifest with an impossible date") {
  BadCorpus corpus(kHeader + "  - {id: a, path: a.txt, published: 2025-02-30}\n");
  check_rejected(corpus, (corpus.dir.path() / "corpus.yaml").string() + ":3:37: /documents/0/published '2025-02-30' is not a calendar date");
}

// A scraped corpus holds a few broken files: each is a warning naming it, the build goes on.
TEST_CASE("a bad document among good ones is a warning, --strict makes it an error") {
  BadCorpus corpus(kHeader + "  - {id: a, path: a.txt, published: 2025-03-20}\n"
                             "  - {id: b, path: b.txt, published: 2025-03-20}\n"
                             "  - {id: c, path: missing.txt, published: 2025-03-20}\n"
                             "  - {id: d, path: d.txt, published: 2025-03-20}\n");
  write_file(corpus.dir.path() / "b.txt", "Le 15 mars, une r\xE9union.\n");
  write_file(corpus.dir.path() / "d.txt", "\n \n");
  const CommandResult built = corpus.build();
  CHECK(built.status == 0);
  CHECK(built.err == "evgraph: " + (corpus.dir.path() / "b.txt").string() +
                         ":1:18: warning: not valid UTF-8 (byte 0xE9); document skipped\n"
                         "evgraph: " + (corpus.dir.path() / "missing.txt").string() +
                         ": warning: no such file; document skipped\n"
                         "evgraph: " + (corpus.dir.path() / "d.txt").string() + ": warning: empty document; document skipped\n");
  CHECK(built.out.find("from 1 documents (3 skipped, see warnings)") != std::string::npos);
  CHECK(read_file(corpus.out.path() / "result" / "graph.json").find("\"id\": \"b\"") == std::string::npos);

  TempDir strict_out;
  const CommandResult strict = run_evgraph("build --strict '" + (corpus.dir.path() / "corpus.yaml").string() + "' -o '" +
                                           (strict_out.path() / "result").string() + "'");
  CHECK(strict.status == 2);
  CHECK(strict.err == "evgraph: " + (corpus.dir.path() / "b.txt").string() + ":1:18: not valid UTF-8 (byte 0xE9)\n");
  CHECK_FALSE(std::filesystem::exists(strict_out.path() / "result"));
}

TEST_CASE("an existing output folder is left as it was when the input is bad") {
  BadCorpus corpus(kHeader + "  - {id: a, path: a.txt, published: 2025-02-30}\n");
  write_file(corpus.out.path() / "result" / "graph.json", "previous");
  CHECK(corpus.build().status == 2);
  CHECK(read_file(corpus.out.path() / "result" / "graph.json") == "previous");
}

TEST_CASE("command line basics: version, help, unknown options") {
  const auto version = run_evgraph("--version");
  CHECK(version.status == 0);
  CHECK(version.out.rfind("evgraph 0.", 0) == 0);
  for (const char* command : {"build", "timex", "render", "validate", "query"}) {
    CAPTURE(command);
    const auto help = run_evgraph(std::string(command) + " --help");
    CHECK(help.status == 0);
    CHECK(help.out.find("Usage") != std::string::npos);
  }
  CHECK(run_evgraph("build --no-such-option x").status == 2);
  CHECK(run_evgraph("frobnicate").status == 2);
}
