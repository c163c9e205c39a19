// Writes a corpus's new cache segment (pipeline/part_cache.hpp) at the cost of what changed.
//
// A first build writes every line into a temporary file renamed into place by commit(). A rebuild
// keeps the lines it reuses where they are in the old segment and appends only its new lines to
// it, as a log does (LevelDB's log and compactions): rewriting a 150 MB segment for 1% of new
// documents was most of a rebuild's system time. Lines nobody uses any more stay behind until
// they make half of the file, or a damaged line is seen: then commit() compacts, writing the
// used lines in corpus order into a temporary renamed into place. Lookups take the last line of
// a key, so an appended line hides an older one.
//
// Appended lines are whole entries, each checked when read: a run that fails after appending
// leaves entries that are as valid as any, and a line cut short by a crash is reported as damaged
// by the next build, which then compacts.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace evgraph::detail {

// Throws Error: "cannot <what> the cache <path>: <errno's message>".
[[noreturn]] void fail_cache_io(const std::filesystem::path& path, const char* what);

// All of `bytes` to `fd`; throws Error naming `path`.
void write_all(int fd, std::string_view bytes, const std::filesystem::path& path);

class SegmentWriter {
 public:
  // `old_segment`: a descriptor of the segment at `segment` as the cache read it (not owned,
  // open until commit), or -1 for a first build. Throws Error when the file cannot be created
  // or opened for appending.
  SegmentWriter(std::filesystem::path segment, std::filesystem::path temporary, int old_segment);
  ~SegmentWriter();  // without commit: removes the temporary
  SegmentWriter(const SegmentWriter&) = delete;
  SegmentWriter& operator=(const SegmentWriter&) = delete;

  // Lines in corpus order, each with its newline: one of the old segment, kept as it is, at
  // `offset` (REQUIRES: an old segment), or a new one.
  void keep_old(std::uint64_t offset, std::size_t length);
  void add(std::string_view line);
  // Puts the segment in place; `compact` forces a rewrite (a damaged old segment). Throws Error.
  void commit(bool compact);

 private:
  struct Line {
    std::uint64_t offset;  // in the old segment, once written
    std::size_t length;
  };
  void flush();
  void compact();

  std::filesystem::path m_segment, m_temporary;
  int m_old = -1;
  bool m_appending = false;  // to the old segment, else into the temporary
  int m_out = -1;
  bool m_committed = false;
  std::string m_buffer;
  std::vector<Line> m_lines;    // a rebuild's lines
  std::size_t m_unwritten = 0;  // m_lines from here on are in m_buffer, offsets relative to it
};

}  // namespace evgraph::detail
