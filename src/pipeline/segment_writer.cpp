#include "pipeline/segment_writer.hpp"

#include <evgraph/error.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace evgraph::detail {
namespace {

constexpr std::size_t kFlushBytes = 1u << 20;

void read_all(int fd, char* into, std::size_t length, std::uint64_t offset, const std::filesystem::path& path) {
  std::size_t done = 0;
  while (done < length) {
    const ssize_t n = ::pread(fd, into + done, length - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail_cache_io(path, "read");
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

[[noreturn]] void fail_cache_io(const std::filesystem::path& path, const char* what) {
  throw Error("cannot " + std::string(what) + " the cache " + path.string() + ": " + std::strerror(errno));
}

void write_all(int fd, std::string_view bytes, const std::filesystem::path& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_cache_io(path, "write");
    done += static_cast<std::size_t>(n);
  }
}

SegmentWriter::SegmentWriter(std::filesystem::path segment, std::filesystem::path temporary, int old_segment)
    : m_segment(std::move(segment)), m_temporary(std::move(temporary)), m_old(old_segment) {
  if (m_old >= 0) {
    m_out = ::open(m_segment.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (m_out < 0) fail_cache_io(m_segment, "write");
    // Unless another build put a new segment in place since the cache read this one.
    struct stat read {
    }, appended{};
    m_appending = ::fstat(m_old, &read) == 0 && ::fstat(m_out, &appended) == 0 && read.st_dev == appended.st_dev &&
                  read.st_ino == appended.st_ino;
    if (m_appending) return;
    ::close(m_out);
  }
  m_out = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (m_out < 0) fail_cache_io(m_temporary, "write");
}

SegmentWriter::~SegmentWriter() {
  if (m_out >= 0) ::close(m_out);
  if (!m_committed) {
    std::error_code ignored;
    std::filesystem::remove(m_temporary, ignored);
  }
}

void SegmentWriter::keep_old(std::uint64_t offset, std::size_t length) {
  if (!m_appending) {  // copied into the whole new segment
    const std::size_t at = m_buffer.size();
    m_buffer.resize(at + length);
    read_all(m_old, m_buffer.data() + at, length, offset, m_segment);
    if (m_buffer.size() >= kFlushBytes) flush();
    return;
  }
  flush();  // the lines before it get their offsets: the list stays in corpus order
  m_lines.push_back({offset, length});
  m_unwritten = m_lines.size();
}

void SegmentWriter::add(std::string_view line) {
  if (m_appending) m_lines.push_back({m_buffer.size(), line.size()});
  m_buffer.append(line);
  if (m_buffer.size() >= kFlushBytes) flush();
}

// Writes the buffer; appended lines learn where they are: with O_APPEND the file's offset after
// the write is the end of what it wrote, whoever else appended before.
void SegmentWriter::flush() {
  if (m_buffer.empty()) return;
  write_all(m_out, m_buffer, m_appending ? m_segment : m_temporary);
  if (m_appending) {
    const off_t end = ::lseek(m_out, 0, SEEK_CUR);
    if (end < 0) fail_cache_io(m_segment, "write");
    const std::uint64_t base = static_cast<std::uint64_t>(end) - m_buffer.size();
    for (std::size_t k = m_unwritten; k < m_lines.size(); ++k) m_lines[k].offset += base;
    m_unwritten = m_lines.size();
  }
  m_buffer.clear();
}

void SegmentWriter::commit(bool compact_anyway) {
  flush();
  if (m_appending) {
    std::uint64_t used = 0;
    for (const Line& line : m_lines) used += line.length;
    struct stat info {};
    if (::fstat(m_out, &info) != 0) fail_cache_io(m_segment, "write");
    if (compact_anyway || 2 * used < static_cast<std::uint64_t>(info.st_size)) compact();
  }
  const int out = m_out;
  m_out = -1;
  if (::close(out) != 0) fail_cache_io(m_appending ? m_segment : m_temporary, "write");
  if (!m_appending && ::rename(m_temporary.c_str(), m_segment.c_str()) != 0) fail_cache_io(m_segment, "replace");
  m_committed = true;
}

// The lines in use, in corpus order, into a new file in place of the old one.
void SegmentWriter::compact() {
  const int out = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out < 0) fail_cache_io(m_temporary, "write");
  try {
    for (const Line& line : m_lines) {
      const std::size_t at = m_buffer.size();
      m_buffer.resize(at + line.length);
      read_all(m_old, m_buffer.data() + at, line.length, line.offset, m_segment);
      if (m_buffer.size() >= kFlushBytes) write_all(out, m_buffer, m_temporary), m_buffer.clear();
    }
    write_all(out, m_buffer, m_temporary);
    m_buffer.clear();
  } catch (...) {
    ::close(out);
    throw;
  }
  if (::close(out) != 0) fail_cache_io(m_temporary, "write");
  if (::rename(m_temporary.c_str(), m_segment.c_str()) != 0) fail_cache_io(m_segment, "replace");
}

}  // namespace evgraph::detail
