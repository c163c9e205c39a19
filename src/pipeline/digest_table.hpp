// The SHA-256 of documents as earlier builds read them, by file stamp (Env::stamp_confined): a
// rebuild takes the digest of a file whose stamp has not changed instead of reading and hashing
// it again, as git's index and Bazel's digest cache do. The part cache stays keyed by the digest.
//
// A table file holds one line per document, `DEVICE INODE SIZE MTIME_NS CTIME_NS SHA256 CHECK`,
// CHECK being the first 16 hex digits of the SHA-256 of what precedes it on the line; a line that
// does not read back or whose check fails is reported and ignored, so its document is read.
//
// A stamp is recorded only when the file last changed before the build began: a file changed
// again within the same tick of the file system's clock could otherwise keep its stamp with other
// bytes (git's "racily clean" entries). `settled_before` is the time the build's cache segment was
// created, on the file system's own clock.
#pragma once

#include <evgraph/diagnostics.hpp>
#include <evgraph/env.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>

namespace evgraph::detail {

class DigestTable {
 public:
  // Adds the lines of a table file; an unreadable file or a damaged line is a warning.
  void load(const std::filesystem::path& file, Diagnostics& diagnostics);
  // The recorded digest of a file with this stamp, or nullptr. Thread-safe (no writer runs then).
  const std::string* find(const FileStamp& stamp) const;
  bool empty() const { return m_digests.empty(); }

  // One line for the next table, or nothing when the file changed too late to trust its stamp.
  static std::string line_of(const FileStamp& stamp, const std::string& sha256, std::int64_t settled_before);

 private:
  struct StampHash {
    std::size_t operator()(const FileStamp& stamp) const;
  };
  std::unordered_map<FileStamp, std::string, StampHash> m_digests;
};

}  // namespace evgraph::detail
