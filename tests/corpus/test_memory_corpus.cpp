// Documents held in memory (the Python API's evgraph.extract(documents)) go through the same
// pipeline as files: same checks, same parts, same graph.
#include <doctest/doctest.h>

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>
#include <evgraph/graph_io.hpp>
#include <evgraph/pipeline.hpp>

#include "test_support.hpp"

using namespace evgraph;
using evgraph::test::read_error;

namespace {

std::string error_of(std::vector<MemoryDocument> documents, const std::string& language = {}) {
  try {
    memory_corpus("notes", language, std::move(documents), test::resources());
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}


}  // namespace

TEST_CASE("the sample's documents given in memory build the graph its manifest builds") {
  Diagnostics diagnostics;
  const Corpus on_disk = open_corpus(test::example_corpus(), {}, test::resources(), diagnostics);
  std::vector<MemoryDocument> documents;
  for (const auto& info : on_disk.documents)
    documents.push_back({info.id, to_iso(info.published), test::read_file(on_disk.root / info.path), info.lang,
                         info.title, info.source, info.path, info.url});
  Corpus in_memory = memory_corpus(on_disk.name, on_disk.language, documents, test::resources());
  in_memory.version = on_disk.version;
  REQUIRE(in_memory.texts.size() == on_disk.documents.size());

  const std::string expected = to_json(build_event_graph(on_disk, test::resources(), {}, diagnostics).to_model());
  const std::string actual = to_json(build_event_graph(in_memory, test::resources(), {}, diagnostics).to_model());
  CHECK(actual == expected);
  CHECK(diagnostics.count() == 0);
}

TEST_CASE("documents in memory are checked as a manifest's entries, at their place in the list") {
  const MemoryDocument good{"a", "2025-03-01", "Le 15 mars, une réunion.", "", "", "", ""};
  MemoryDocument bad_id = good, bad_date = good, bad_lang = good;
  bad_id.id = "A b";
  bad_date.published = "2025-02-30";
  bad_lang.lang = "xx";
  CHECK(error_of({good, bad_id}) == "documents[1]: id 'A b' must match [a-z0-9._-]+");
  CHECK(error_of({good, good}) == "documents[1]: duplicate document id 'a'");
  CHECK(error_of({bad_date}) == "documents[0]: published: '2025-02-30' is not a calendar date (YYYY-MM-DD)");
  CHECK(error_of({bad_lang}) == "documents[0]: no language pack for 'xx' (available: en, fr)");
  CHECK(error_of({good}, "xx") == "language: no language pack for 'xx' (available: en, fr)");

  const Corpus corpus = memory_corpus("notes", "en", {good}, test::resources());
  CHECK(corpus.language == "en");
  CHECK(corpus.documents.at(0).lang == "en");
  CHECK(corpus.documents.at(0).path == "a");  // the id stands for the path it does not have
}

TEST_CASE("a text in memory is refused as a file would be: empty, too large, not UTF-8") {
  const Corpus corpus = memory_corpus("notes", "fr",
                                      {{"empty", "2025-03-01", " \n", "", "", "", ""},
                                       {"latin1", "2025-03-01", "Premi\xE8re ligne", "", "", "", "latin1.txt"},
                                       {"fine", "2025-03-01", "Le 15 mars, une réunion.", "", "", "", ""}},
                                      test::resources());
  CHECK(read_error(corpus, 0) == "empty: empty document");
  CHECK(read_error(corpus, 1) == "latin1.txt:1:6: not valid UTF-8 (byte 0xE8)");
  CHECK(read_error(corpus, 2, 8) == "fine: is larger than the limit of 8 bytes");
  const LoadedDocument loaded = read_document(corpus, 2, disk_env());
  CHECK(loaded.text == "Le 15 mars, une réunion.");
  CHECK(loaded.info.sha256 == sha256_hex(loaded.text));
}
