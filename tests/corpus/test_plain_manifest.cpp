// The plain-style manifest reader (issue 12's speed work) agrees with the general YAML reader on
// every manifest it accepts, and gives up on what it does not know, so that the general reader
// reports it.
#include <doctest/doctest.h>

#include "corpus/paths.hpp"
#include "test_support.hpp"

#include <tuple>

using namespace evgraph;

namespace {

auto fields(const DocumentInfo& d) {
  return std::make_tuple(d.id, d.path, to_iso(d.published), d.lang, d.title, d.source, d.sha256);
}

void check_same(const std::string& text, const CorpusOptions& options = {}) {
  CAPTURE(text);
  const std::filesystem::path manifest = "/corpus/corpus.yaml";
  const auto plain = detail::read_plain_manifest(text, manifest, options, test::resources());
  REQUIRE(plain);
  const Corpus general = detail::open_yaml_manifest(text, manifest, options, test::resources());
  CHECK(plain->name == general.name);
  CHECK(plain->version == general.version);
  CHECK(plain->language == general.language);
  CHECK(plain->root == general.root);
  CHECK(plain->lexicons == general.lexicons);
  REQUIRE(plain->documents.size() == general.documents.size());
  for (std::size_t i = 0; i < general.documents.size(); ++i)
    CHECK(fields(plain->documents[i]) == fields(general.documents[i]));
}

bool plain_refuses(const std::string& text) {
  return !detail::read_plain_manifest(text, "/corpus/corpus.yaml", {}, test::resources());
}

}  // namespace

TEST_CASE("plain manifests read the same as through YAML") {
  check_same(test::read_file(test::example_corpus() / "corpus.yaml"));
  check_same(test::read_file(test::source_dir() / "tests" / "data" / "wire-mixed" / "corpus.yaml"));
  // The style yaml.safe_dump writes, quoted dates, comments, an indented list, a document start.
  check_same(
      "corpus: bench\nlanguage: fr\ndocuments:\n- id: d000000\n  path: docs/d000000.txt\n  published: '2020-01-01'\n");
  check_same(
      "---\n# a corpus\ncorpus: \"two words\"  # trailing\nversion: 2\ndocuments:\n  - id: a.b_c-1\n"
      "    path: a.txt\n    published: 2025-03-01\n    lang: en\n    title: 'It''s # not a comment'\n"
      "    source: AFP\n    url: https://example.org/a\n\n  - id: b\n    path: sub/b.txt\n    published: 2025-03-02\n"
      "lexicons:\n  - extra.yaml\n");
  check_same("corpus: x\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n",
             CorpusOptions{std::nullopt, "en"});
}

TEST_CASE("the plain reader leaves anything else to the general reader") {
  for (const char* text : {
           "corpus: x\ndocuments: [{id: a, path: a.txt, published: 2025-03-01}]\n",        // flow style
           "corpus: x\ndocuments:\n- id: a\n  path: a.txt\n",                              // no date
           "corpus: x\ndocuments:\n- id: A\n  path: a.txt\n  published: 2025-03-01\n",     // id pattern
           "corpus: x\ndocuments:\n- id: a\n  path: ../a.txt\n  published: 2025-03-01\n",  // leaves the folder
           "corpus: x\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-02-30\n",     // no such day
           "corpus: x\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n- id: a\n  path: b.txt\n"
           "  published: 2025-03-01\n",                                                               // duplicate id
           "corpus: x\nlanguage: xx\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n",  // no pack
           "corpus: x\ncolour: red\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n",   // unknown key
           "corpus: x\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n  title: >\n    folded\n",
           "corpus: &name x\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n",    // an anchor
           "corpus: \"a\\tb\"\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n",  // an escape
           "corpus: ~\ndocuments:\n- id: a\n  path: a.txt\n  published: 2025-03-01\n",          // a null
           "corpus: x\ndocuments:\n",                                                           // no document
       }) {
    CHECK(plain_refuses(text));
  }
}
