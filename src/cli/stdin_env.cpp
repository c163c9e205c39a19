#include "cli/stdin_env.hpp"

#include <evgraph/error.hpp>

#include <iostream>
#include <iterator>

namespace evgraph::cli {
namespace {

bool is_stdin(const std::filesystem::path& path) { return path == "-"; }

// "-" relative to the working folder, as a corpus of one text file names it.
bool is_stdin(const std::filesystem::path& root, const std::string& relative) {
  return relative == "-" && (root.empty() || root == ".");
}

}  // namespace

const std::string& StdinEnv::standard_input() const {
  std::call_once(m_read, [this] {
    m_stdin.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) throw InputError({"-"}, "cannot read standard input");
  });
  return m_stdin;
}

std::string StdinEnv::read_file(const std::filesystem::path& path, std::size_t max_bytes) const {
  if (!is_stdin(path)) return m_disk.read_file(path, max_bytes);
  if (standard_input().size() > max_bytes) throw InputError({"-"}, "standard input is too large");
  return standard_input();
}

std::string StdinEnv::read_prefix(const std::filesystem::path& path, std::size_t max_bytes) const {
  if (!is_stdin(path)) return m_disk.read_prefix(path, max_bytes);
  return standard_input().substr(0, max_bytes);
}

std::string StdinEnv::read_confined(const std::filesystem::path& root, const std::string& relative,
                                    std::size_t max_bytes) const {
  if (!is_stdin(root, relative)) return m_disk.read_confined(root, relative, max_bytes);
  return read_file("-", max_bytes);
}

// Standard input has no stamp: a pipe is read every time.
std::string StdinEnv::read_confined_stamped(const std::filesystem::path& root, const std::string& relative,
                                            std::size_t max_bytes, std::optional<FileStamp>& stamp) const {
  if (!is_stdin(root, relative)) return m_disk.read_confined_stamped(root, relative, max_bytes, stamp);
  stamp.reset();
  return read_file("-", max_bytes);
}

std::optional<FileStamp> StdinEnv::stamp_confined(const std::filesystem::path& root,
                                                  const std::string& relative) const {
  if (is_stdin(root, relative)) return std::nullopt;
  return m_disk.stamp_confined(root, relative);
}

FileKind StdinEnv::kind(const std::filesystem::path& path) const {
  return is_stdin(path) ? FileKind::Regular : m_disk.kind(path);
}

FileKind StdinEnv::kind_confined(const std::filesystem::path& root, const std::string& relative) const {
  return is_stdin(root, relative) ? FileKind::Regular : m_disk.kind_confined(root, relative);
}

std::vector<std::string> StdinEnv::list_directory(const std::filesystem::path& folder) const {
  return m_disk.list_directory(folder);
}

void StdinEnv::write_files(const std::filesystem::path& folder, const std::vector<OutputFile>& files) {
  m_disk.write_files(folder, files);
}

void StdinEnv::write_streamed(const std::filesystem::path& folder, const std::vector<StreamedOutput>& outputs) {
  m_disk.write_streamed(folder, outputs);
}

}  // namespace evgraph::cli
