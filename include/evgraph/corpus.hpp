// Reading a corpus: a manifest (corpus.yaml, CONTRACT.md) or a folder of *.txt without one.
// Opening checks the manifest (syntax, schema, dates, ids, paths); documents are read one at a
// time so a large corpus streams.
#pragma once

#include <evgraph/diagnostics.hpp>
#include <evgraph/env.hpp>
#include <evgraph/model.hpp>
#include <evgraph/resources.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace evgraph {

struct CorpusOptions {
  std::optional<Date> reference;  // date of documents that give none (folder without manifest)
  std::string language;           // overrides the corpus language when not empty
};

// Documents larger than this are skipped with a warning: a news article is a few kilobytes.
constexpr std::size_t kDefaultMaxDocumentBytes = 8u << 20;

struct Corpus {
  std::string name;
  std::string version;
  std::string language;
  std::filesystem::path root;      // the folder paths are relative to
  std::filesystem::path manifest;  // empty for a folder without manifest
  std::vector<DocumentInfo> documents;  // in manifest order; sha256 filled by read_document
  std::vector<std::string> lexicons;    // extra lexicon files named by the manifest, relative to root
  // The documents' texts when they were given in memory (memory_corpus), by index; empty when
  // the documents are files under `root`.
  std::vector<std::string> texts;
};

// `path`: a manifest file or a folder holding corpus.yaml, a folder of *.txt, or one text file
// (any extension but .yaml/.yml). Files are read
// through resources.env(). Throws InputError (file:line:column) for a syntax error, a schema
// violation, an impossible date, a duplicate id, a path leaving the manifest's folder or a
// language without pack. In a folder without manifest, a *.txt that is a symbolic link or cannot
// be read is reported to `diagnostics` and left out.
Corpus open_corpus(const std::filesystem::path& path, const CorpusOptions& options, const Resources& resources,
                   Diagnostics& diagnostics);

// A document given in memory rather than as a file (a notebook's list, a message queue): what a
// manifest entry says of it, and its text.
struct MemoryDocument {
  std::string id;         // [a-z0-9._-]+, unique in its corpus
  std::string published;  // YYYY-MM-DD
  std::string text;
  std::string lang;       // empty: the corpus language
  std::string title;      // optional
  std::string source;     // optional
  std::string path;       // what the outputs give as its path; empty: the id
  std::string url{};      // optional: where the article lives; sources link to it
};

// A corpus of documents held in memory, checked as a manifest is (ids, calendar dates, languages
// with a pack). `language` empty: the default language. Throws InputError at "documents[K]" (the
// 0-based place in `documents`). Their texts are checked as files are when they are read.
Corpus memory_corpus(const std::string& name, const std::string& language, std::vector<MemoryDocument> documents,
                     const Resources& resources);

// One text file as a corpus of one document, dated by a leading "date YYYY-MM-DD" line or
// options.reference.
Corpus open_text_file(const std::filesystem::path& file, const CorpusOptions& options, const Resources& resources);

struct LoadedDocument {
  DocumentInfo info;  // with sha256
  std::string text;
  std::optional<FileStamp> stamp;  // of the file read, when the Env knows stamps (Env::read_confined_stamped)
};

// Reads documents[index] without leaving the corpus folder (no symbolic link, no ".."), or takes
// its text from `corpus.texts` when the corpus is held in memory. Throws
// InputError (file:line:column) when it is missing, unreadable, larger than `max_bytes`, not
// UTF-8 or empty: the caller decides whether that skips the document or stops the run.
// `digest` false leaves info.sha256 empty, for callers that write no provenance (timex).
LoadedDocument read_document(const Corpus& corpus, std::size_t index, const Env& env,
                             std::size_t max_bytes = kDefaultMaxDocumentBytes, bool digest = true);

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace evgraph
