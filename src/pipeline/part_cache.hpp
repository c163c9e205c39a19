// The per-document parts of earlier builds, so that a rebuild analyses only what changed.
//
// A cache folder holds one segment per corpus manifest (`parts-<hash of the manifest path>.jsonl`),
// rewritten by each build of that corpus with every part it used. Lookups see every segment of
// the folder, so corpora sharing a cache (`--cache DIR`) share their documents. A line is
// {"key": K, "check": C, "part": {...}}: K hashes what an analysis depends on (the document's
// bytes, its manifest entry, the rule data and lexicons, evgraph's version and a fingerprint of
// its sources), C the part's text, which keeps the lexicon's entities by id
// (merge/cached_parts.hpp).
// A line that does not parse or whose check fails is reported and recomputed, never used.
// Beside each segment, `digests-<same hash>.tsv` records the SHA-256 of the documents by file
// stamp (pipeline/digest_table.hpp), so that a rebuild need not read unchanged documents.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/diagnostics.hpp>
#include <evgraph/env.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/parts.hpp>
#include <evgraph/resources.hpp>

#include "pipeline/digest_table.hpp"
#include "pipeline/segment_writer.hpp"

#include <filesystem>
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace evgraph::detail {

// SHA-256 of the library's sources, generated at build time (cmake/source_fingerprint.cmake).
const char* source_fingerprint();

class PartCache {
 public:
  // `rules`: the lexicon texts the build reads (the pack data comes from `resources`); `lexicon`:
  // the one they make, which gives back the lexicon entities parts keep by id. Both outlive it.
  PartCache(std::filesystem::path folder, const Resources& resources, const std::vector<std::string>& rules,
            const Lexicon& lexicon);
  ~PartCache();
  PartCache(const PartCache&) = delete;
  PartCache& operator=(const PartCache&) = delete;

  // Indexes every segment of the folder and starts this corpus's new segment. Throws Error when
  // the folder cannot be created or written; an unreadable segment is a warning.
  void open(const Corpus& corpus, Diagnostics& diagnostics);
  // The key of a document as read (its info carries the content's sha256).
  std::string key(const DocumentInfo& document) const;
  // A part read from the cache, with the text it was read from and that text's check: the next
  // segment keeps them as they are instead of writing and hashing the part again. A part of
  // this corpus's own segment stays where it is (`in_place`, `json` left empty).
  struct Hit {
    DocumentPart part;
    std::string json;
    std::string check;
    bool in_place = false;
  };
  // The cached part for `key`, relabelled for `corpus` and `position`; nullopt on a miss or a
  // damaged entry (reported). Thread-safe.
  std::optional<Hit> find(const std::string& key, const DocumentInfo& document, const Corpus& corpus,
                          std::size_t position, Diagnostics& diagnostics) const;
  // A part as the cache keeps it (merge/cached_parts.hpp), and what keep() wants as `check`.
  static std::string text_of(const DocumentPart& part);
  static std::string check_of(const std::string& part_json);
  // The SHA-256 an earlier build recorded for a file with this stamp, or nullptr. Thread-safe.
  const std::string* digest(const FileStamp& stamp) const { return m_digests.find(stamp); }
  bool knows_digests() const { return !m_digests.empty(); }
  // Adds a part of this build to the new segment (call in corpus order, from one thread): the
  // line of a Hit `in_place`, else a new line of `part_json`. Adds the stamp of its document's
  // file with its digest to the new digest table when given.
  void keep(const std::string& key, const std::string& check, const std::string& part_json, bool in_place = false,
            const std::optional<FileStamp>& stamp = std::nullopt, const std::string& sha256 = {});
  // Puts the new segment and digest table in place of the old ones. Without it (an error), the
  // old ones stay.
  void commit();

  std::size_t hits() const { return m_hits; }

 private:
  struct Entry {
    std::size_t segment;
    std::uint64_t offset;  // of the part's JSON in the segment
    std::size_t length;
    std::string check;
  };
  // Returns false when the segment has a damaged line.
  bool index_segment(const std::filesystem::path& file, Diagnostics& diagnostics);
  void write_digest_table();

  std::filesystem::path m_folder;
  const Lexicon& m_lexicon;
  std::string m_fingerprint;
  std::vector<int> m_segment_fds;
  std::vector<std::string> m_segment_names;
  std::unordered_map<std::string, Entry> m_index;
  DigestTable m_digests;
  std::int64_t m_settled_before = 0;  // ctime of the new segment: stamps changed since are not kept
  std::string m_digest_lines;
  std::filesystem::path m_digest_file, m_digest_temporary;
  int m_digest_out = -1;
  std::vector<std::filesystem::path> m_created;  // folders open() made, innermost first
  bool m_committed = false;
  std::optional<std::size_t> m_own;                     // this corpus's segment among the indexed ones
  bool m_own_damaged = false;                           // it has a line that is not an entry
  mutable std::atomic<bool> m_own_entry_failed{false};  // one of its entries failed its check or reading
  std::optional<SegmentWriter> m_writer;
  std::string m_line;
  mutable std::atomic<std::size_t> m_hits{0};
};

}  // namespace evgraph::detail
