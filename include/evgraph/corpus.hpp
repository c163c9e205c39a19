// Reading a corpus: a manifest (corpus.yaml, CONTRACT.md) or a folder of *.txt without one.
// Opening checks the manifest (syntax, schema, dates, ids, paths); documents are read one at a
// time so a large corpus streams.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/model.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace evgraph {

struct CorpusOptions {
  std::optional<Date> reference;  // date of documents that give none (folder without manifest)
  std::string language;           // overrides the corpus language when not empty
};

struct Corpus {
  std::string name;
  std::string version;
  std::string language;
  std::filesystem::path root;      // the folder paths are relative to
  std::filesystem::path manifest;  // empty for a folder without manifest
  std::vector<DocumentInfo> documents;  // in manifest order; sha256 filled by read_document
  std::vector<std::string> lexicons;    // extra lexicon files named by the manifest, relative to root
};

// `path`: a manifest file or a folder holding corpus.yaml, or a folder of *.txt.
// Throws InputError (file:line:column) for a syntax error, a schema violation, an impossible
// date, a duplicate id, a path leaving the manifest's folder or a missing file.
Corpus open_corpus(const std::filesystem::path& path, const CorpusOptions& options, const DataStore& data);

// One text file as a corpus of one document, dated by a leading "date YYYY-MM-DD" line or
// options.reference.
Corpus open_text_file(const std::filesystem::path& file, const CorpusOptions& options);

struct LoadedDocument {
  DocumentInfo info;  // with sha256
  std::string text;
};

// Reads documents[index]; throws InputError when it is unreadable or not UTF-8 (file:line:column).
LoadedDocument read_document(const Corpus& corpus, std::size_t index);

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace evgraph
