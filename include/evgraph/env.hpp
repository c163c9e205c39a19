// Every file evgraph reads or writes goes through an Env (LevelDB's Env, ninja's DiskInterface):
// the disk in the CLI, a map in memory in unit tests, a failing one in tests of error paths.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evgraph {

enum class FileKind { Missing, Regular, Directory, Other };

// One output of a command: a file name (no folder part) and its bytes.
struct OutputFile {
  std::string name;
  std::string content;
};

// An output written in pieces: `produce` hands each consecutive piece of the file to `write`.
struct StreamedOutput {
  using Write = std::function<void(std::string_view piece)>;
  std::string name;
  std::function<void(const Write& write)> produce;
};

// What identifies a file's bytes without reading them, as Bazel's and git's digest caches do: a
// file whose stamp has not changed is taken to hold the bytes it held. The change time is part of
// it because no user call can set it (setting the modification time moves it), which is why
// Bazel keys on it; times are in nanoseconds since the epoch.
struct FileStamp {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;

  bool operator==(const FileStamp& other) const {
    return device == other.device && inode == other.inode && size == other.size && mtime_ns == other.mtime_ns &&
           ctime_ns == other.ctime_ns;
  }
  bool operator!=(const FileStamp& other) const { return !(*this == other); }
};

class Env {
 public:
  virtual ~Env() = default;

  // The whole file. Throws InputError({path}, reason) when it cannot be read or holds more than
  // `max_bytes`.
  virtual std::string read_file(const std::filesystem::path& path,
                                std::size_t max_bytes = static_cast<std::size_t>(-1)) const = 0;
  // At most the first `max_bytes` of the file (to recognise a format). Throws as read_file.
  virtual std::string read_prefix(const std::filesystem::path& path, std::size_t max_bytes) const = 0;
  // `relative` read under `root` without leaving it: no absolute path, no "..", and no symbolic
  // link anywhere on the way (checked on the opened file, so swapping a folder for a link after a
  // check does not help). Throws InputError naming `relative`.
  virtual std::string read_confined(const std::filesystem::path& root, const std::string& relative,
                                    std::size_t max_bytes = static_cast<std::size_t>(-1)) const = 0;
  // read_confined, and in `stamp` the stamp of the file read, taken before reading it (a change
  // made while it is read then shows in the next stamp). This default leaves `stamp` empty: an
  // Env without stamps has every document read in full.
  virtual std::string read_confined_stamped(const std::filesystem::path& root, const std::string& relative,
                                            std::size_t max_bytes, std::optional<FileStamp>& stamp) const;
  // The stamp of the file read_confined(root, relative) would read, without reading it; nullopt
  // when read_confined would refuse or fail to open it, or when this Env knows no stamps (the
  // default). Never throws: the caller then reads the file, which says what is wrong.
  virtual std::optional<FileStamp> stamp_confined(const std::filesystem::path& root, const std::string& relative) const;
  virtual FileKind kind(const std::filesystem::path& path) const = 0;
  // Kind of `relative` under `root` without following symbolic links (a link is Other).
  virtual FileKind kind_confined(const std::filesystem::path& root, const std::string& relative) const = 0;
  // Names of the entries of a folder, sorted. Throws InputError when it cannot be listed.
  virtual std::vector<std::string> list_directory(const std::filesystem::path& folder) const = 0;

  // Writes every file into `folder` (created when missing) all or nothing: the files are written
  // and synced in a private temporary folder inside `folder`, then renamed into place, and the
  // folder is synced. On any failure the temporaries are removed and the files that were there
  // before are left as they were. A temporary folder left by a killed run is removed. Throws
  // Error naming the real cause (read-only, no space, permission).
  virtual void write_files(const std::filesystem::path& folder, const std::vector<OutputFile>& files) = 0;
  // As write_files, but each file's content is produced piece by piece, the producers running
  // side by side: on the disk every piece goes straight into the file's temporary, so a 100 MB
  // graph.json never sits in memory. This default gathers the pieces and calls write_files.
  virtual void write_streamed(const std::filesystem::path& folder, const std::vector<StreamedOutput>& outputs);
};

// The real file system. Stateless; one instance serves every thread.
Env& disk_env();

// Files in memory, for tests: paths are used as given (no normalisation besides '/' joining).
class MemoryEnv : public Env {
 public:
  void add_file(const std::filesystem::path& path, std::string content);
  // The next `count` writes succeed and the one after fails as a full disk would.
  void fail_writes_after(std::size_t count) { m_writes_left = count; }
  const std::map<std::string, std::string>& files() const { return m_files; }

  std::string read_file(const std::filesystem::path& path,
                        std::size_t max_bytes = static_cast<std::size_t>(-1)) const override;
  std::string read_prefix(const std::filesystem::path& path, std::size_t max_bytes) const override;
  std::string read_confined(const std::filesystem::path& root, const std::string& relative,
                            std::size_t max_bytes = static_cast<std::size_t>(-1)) const override;
  FileKind kind(const std::filesystem::path& path) const override;
  FileKind kind_confined(const std::filesystem::path& root, const std::string& relative) const override;
  std::vector<std::string> list_directory(const std::filesystem::path& folder) const override;
  void write_files(const std::filesystem::path& folder, const std::vector<OutputFile>& files) override;

 private:
  std::map<std::string, std::string> m_files;
  std::size_t m_writes_left = static_cast<std::size_t>(-1);
};

}  // namespace evgraph
