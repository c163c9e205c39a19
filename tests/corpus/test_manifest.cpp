#include <doctest/doctest.h>

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>

#include "test_support.hpp"

using namespace evgraph;
using evgraph::test::TempDir;
using evgraph::test::write_file;
using evgraph::test::read_error;

namespace {

Corpus open(const std::filesystem::path& path, const CorpusOptions& options = {}) {
  Diagnostics diagnostics;
  return open_corpus(path, options, test::resources(), diagnostics);
}

std::string error_of(const std::filesystem::path& manifest) {
  try {
    open(manifest);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the sample manifest opens with its documents in order") {
  const Corpus corpus = open(test::example_corpus());
  CHECK(corpus.name == "ukraine-security-guarantees");
  REQUIRE(corpus.documents.size() == 5);
  CHECK(corpus.documents[0].id == "tomahawk-proposal");
  CHECK(to_iso(corpus.documents[0].published) == "2025-11-21");
  CHECK(corpus.documents[1].source == "The Telegraph (report)");
  CHECK(corpus.documents[2].lang == "fr");
}

TEST_CASE("manifest errors name the file, line and column") {
  TempDir dir;
  write_file(dir.path() / "a.txt", "Le 15 mars, une réunion.");
  const auto manifest = dir.path() / "corpus.yaml";

  write_file(manifest, "corpus: x\ndocuments:\n  - id: a\n    path: a.txt\n    published: [2025-01-01\n");
  CHECK(error_of(manifest) == manifest.string() + ":6:1: end of sequence flow not found");

  write_file(manifest, "corpus: x\ndocuments:\n  - id: a\n    path: a.txt\n    published: 2025-02-30\n");
  CHECK(error_of(manifest) == manifest.string() + ":5:16: /documents/0/published '2025-02-30' is not a calendar date (YYYY-MM-DD, 1400-01-01 to 9999-12-31)");

  write_file(manifest, "corpus: x\ndocuments:\n  - id: a\n    path: /etc/passwd\n    published: 2025-02-03\n");
  CHECK(error_of(manifest).find("corpus.yaml:4:11: path '/etc/passwd' must be relative") != std::string::npos);

  write_file(manifest, "corpus: x\nlanguage: xx\ndocuments:\n  - id: a\n    path: a.txt\n    published: 2025-02-03\n");
  CHECK(error_of(manifest).find("corpus.yaml:2:11: no language pack for 'xx' (available: en, fr)") != std::string::npos);

  write_file(manifest, "corpus: x\ndocuments:\n  - id: a\n    path: ../a.txt\n    published: 2025-02-03\n");
  CHECK(error_of(manifest).find("corpus.yaml:4:11: path '../a.txt' leaves the manifest's folder") != std::string::npos);

  write_file(manifest, "corpus: x\ndocuments:\n  - id: A b\n    path: a.txt\n    published: 2025-02-03\n");
  CHECK(error_of(manifest).find("corpus.yaml:3:9: /documents/0/id") != std::string::npos);

  write_file(manifest, "corpus: x\ndocuments:\n  - {id: a, path: a.txt, published: 2025-02-03}\n  - {id: a, path: a.txt, published: 2025-02-03}\n");
  CHECK(error_of(manifest).find("duplicate document id 'a'") != std::string::npos);

  write_file(manifest, "corpus: x\ndocuments:\n  - {id: a, path: a.txt, published: 2025-02-03, colour: red}\n");
  CHECK(error_of(manifest).find("unknown field 'colour'") != std::string::npos);
}

TEST_CASE("a symbolic link cannot lead a document out of the manifest's folder") {
  TempDir outside;
  TempDir dir;
  write_file(outside.path() / "secret.txt", "x");
  std::filesystem::create_symlink(outside.path() / "secret.txt", dir.path() / "link.txt");
  std::filesystem::create_directories(dir.path() / "sub");
  std::filesystem::create_directory_symlink(outside.path(), dir.path() / "sub" / "out");
  write_file(dir.path() / "corpus.yaml", "corpus: x\ndocuments:\n  - {id: a, path: link.txt, published: 2025-02-03}\n"
                                         "  - {id: b, path: sub/out/secret.txt, published: 2025-02-03}\n");
  const Corpus corpus = open(dir.path());
  CHECK(read_error(corpus, 0).find("link.txt: is a symbolic link") != std::string::npos);
  CHECK(read_error(corpus, 1).find("'out' is a symbolic link or not a folder") != std::string::npos);
}

TEST_CASE("a missing or empty document is an error of that document, found when it is read") {
  TempDir dir;
  write_file(dir.path() / "empty.txt", " \n\n");
  write_file(dir.path() / "corpus.yaml", "corpus: x\ndocuments:\n  - {id: a, path: missing.txt, published: 2025-02-03}\n"
                                         "  - {id: b, path: empty.txt, published: 2025-02-03}\n");
  const Corpus corpus = open(dir.path());
  CHECK(read_error(corpus, 0).find("missing.txt: no such file") != std::string::npos);
  CHECK(read_error(corpus, 1).find("empty.txt: empty document") != std::string::npos);
}

TEST_CASE("a folder without manifest leaves out *.txt symbolic links with a warning") {
  TempDir outside;
  TempDir dir;
  write_file(outside.path() / "secret.txt", "date 2024-05-01\nSecret.");
  write_file(dir.path() / "a.txt", "date 2024-05-01\nLe président a parlé.");
  std::filesystem::create_symlink(outside.path() / "secret.txt", dir.path() / "b.txt");
  Diagnostics diagnostics;
  const Corpus corpus = open_corpus(dir.path(), {}, test::resources(), diagnostics);
  REQUIRE(corpus.documents.size() == 1);
  CHECK(corpus.documents[0].id == "a");
  REQUIRE(diagnostics.count() == 1);
  CHECK(diagnostics.warnings()[0].to_string().find("b.txt: warning: is a symbolic link") != std::string::npos);
}

TEST_CASE("a document that is not UTF-8 is reported with its line and column") {
  TempDir dir;
  write_file(dir.path() / "a.txt", "Première ligne\nLe 15 mars \xE9t\xE9 2025\n");
  write_file(dir.path() / "corpus.yaml", "corpus: x\ndocuments:\n  - {id: a, path: a.txt, published: 2025-02-03}\n");
  const Corpus corpus = open(dir.path());
  try {
    read_document(corpus, 0, disk_env());
    FAIL("expected an error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("a.txt:2:12: not valid UTF-8 (byte 0xE9)") != std::string::npos);
  }
}

TEST_CASE("a folder without manifest is read as its text files, dated by their first line") {
  TempDir dir;
  write_file(dir.path() / "b.txt", "date 2024-05-01\nLe président a parlé.");
  write_file(dir.path() / "A.txt", "date 2024-04-30\nLa veille.");
  const Corpus corpus = open(dir.path());
  REQUIRE(corpus.documents.size() == 2);
  CHECK(corpus.documents[0].id == "a");
  CHECK(to_iso(corpus.documents[1].published) == "2024-05-01");

  write_file(dir.path() / "c.txt", "sans date");
  CHECK_THROWS_AS(open(dir.path()), InputError);
  CorpusOptions with_reference;
  with_reference.reference = parse_iso_date("2024-06-01");
  CHECK(to_iso(open(dir.path(), with_reference).documents[2].published) == "2024-06-01");
}

TEST_CASE("document hashes are SHA-256") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
