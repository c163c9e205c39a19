// The file system as the commands see it: the disk, where the path "-" is standard input. So
// `evgraph timex -`, `evgraph render html - -o page.html` and the like read a pipe wherever a file
// is read, with no command knowing about it.
#pragma once

#include <evgraph/env.hpp>

#include <mutex>
#include <string>

namespace evgraph::cli {

class StdinEnv : public Env {
 public:
  explicit StdinEnv(Env& disk) : m_disk(disk) {}

  std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) const override;
  std::string read_prefix(const std::filesystem::path& path, std::size_t max_bytes) const override;
  std::string read_confined(const std::filesystem::path& root, const std::string& relative,
                            std::size_t max_bytes) const override;
  std::string read_confined_stamped(const std::filesystem::path& root, const std::string& relative,
                                    std::size_t max_bytes, std::optional<FileStamp>& stamp) const override;
  std::optional<FileStamp> stamp_confined(const std::filesystem::path& root,
                                          const std::string& relative) const override;
  FileKind kind(const std::filesystem::path& path) const override;
  FileKind kind_confined(const std::filesystem::path& root, const std::string& relative) const override;
  std::vector<std::string> list_directory(const std::filesystem::path& folder) const override;
  void write_files(const std::filesystem::path& folder, const std::vector<OutputFile>& files) override;
  void write_streamed(const std::filesystem::path& folder, const std::vector<StreamedOutput>& outputs) override;

 private:
  // Standard input, read once on first use: a command may look at it more than once (its first
  // lines to tell a graph from a text, then all of it).
  const std::string& standard_input() const;

  Env& m_disk;
  mutable std::once_flag m_read;
  mutable std::string m_stdin;
};

}  // namespace evgraph::cli
