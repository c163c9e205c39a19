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

TEST_CASE("a manifest naming a missing file") {
  BadCorpus corpus(kHeader + "  - {id: a, path: b.txt, published: 2025-03-20}\n");
  check_rejected(corpus, (corpus.dir.path() / "corpus.yaml").string() + ":3:19: no such file 'b.txt'");
}

TEST_CASE("a manifest with a path outside its folder") {
  BadCorpus corpus(kHeader + "  - {id: a, path: ../../etc/passwd, published: 2025-03-20}\n");
  check_rejected(corpus, (corpus.dir.path() / "corpus.yaml").string() + ":3:19: path '../../etc/passwd' leaves the manifest's folder");
}

TEST_CASE("a manifest with an impossible date") {
  BadCorpus corpus(kHeader + "  - {id: a, path: a.txt, published: 2025-02-30}\n");
  check_rejected(corpus, (corpus.dir.path() / "corpus.yaml").string() + ":3:37: /documents/0/published '2025-02-30' is not a calendar date");
}

TEST_CASE("a document that is not UTF-8") {
  BadCorpus corpus(kHeader + "  - {id: a, path: a.txt, published: 2025-03-20}\n", "Le 15 mars, une r\xE9union.\n");
  check_rejected(corpus, (corpus.dir.path() / "a.txt").string() + ":1:18: not valid UTF-8 (byte 0xE9)");
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
