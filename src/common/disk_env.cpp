// The Env of the real file system, on POSIX calls: descriptors relative to a folder (openat with
// O_NOFOLLOW) for confinement, and a private temporary folder plus renames for outputs.
#include <evgraph/env.hpp>
#include <evgraph/error.hpp>

#include "common/streamed_outputs.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#if __has_include(<linux/openat2.h>)
#include <linux/openat2.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>

namespace evgraph {
namespace {

constexpr const char* kTemporaryPrefix = ".evgraph-tmp-";

std::string reason(int error) { return std::strerror(error); }

// A file descriptor closed when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd = -1) : m_fd(fd) {}
  ~Descriptor() {
    if (m_fd >= 0) ::close(m_fd);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  Descriptor(Descriptor&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
  Descriptor& operator=(Descriptor&& other) noexcept {
    std::swap(m_fd, other.m_fd);
    return *this;
  }
  int get() const { return m_fd; }
  explicit operator bool() const { return m_fd >= 0; }

 private:
  int m_fd;
};

// `known`: the descriptor's fstat when the caller has it.
std::string read_descriptor(int fd, const std::string& shown, std::size_t max_bytes, const struct stat* known = nullptr) {
  struct stat info {};
  if (known) info = *known;
  else if (::fstat(fd, &info) != 0) throw InputError({shown}, "cannot read: " + reason(errno));
  if (S_ISDIR(info.st_mode)) throw InputError({shown}, "is a folder, not a file");
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes)
    throw InputError({shown}, "is larger than the limit of " + std::to_string(max_bytes) + " bytes");
  std::string content;
  std::size_t got = 0;
  if (S_ISREG(info.st_mode)) {
    // Straight into the string, asking one byte more than the size: a short read is the end. The
    // spare capacity lets simdjson parse the text in place (it reads up to 64 bytes past the end).
    const auto size = static_cast<std::size_t>(info.st_size);
    content.reserve(size + 1 + 64);
    content.resize(size + 1);
    while (got < content.size()) {
      const ssize_t n = ::read(fd, content.data() + got, content.size() - got);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw InputError({shown}, "cannot read: " + reason(errno));
      }
      if (n == 0) break;
      got += static_cast<std::size_t>(n);
      if (got <= size) continue;
      break;  // the file grew: read the rest below
    }
    content.resize(got);
    if (got <= size) return content;
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      throw InputError({shown}, "cannot read: " + reason(errno));
    }
    if (content.size() + static_cast<std::size_t>(n) > max_bytes)
      throw InputError({shown}, "is larger than the limit of " + std::to_string(max_bytes) + " bytes");
    content.append(buffer, static_cast<std::size_t>(n));
  }
  if (content.size() > max_bytes)
    throw InputError({shown}, "is larger than the limit of " + std::to_string(max_bytes) + " bytes");
  return content;
}

// Opens `relative` below the folder `root_fd` in one call, refusing symbolic links anywhere on the
// way and any way out of the folder (Linux openat2, RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS). -1
// when the kernel lacks it or the path is refused: the caller then walks the path itself, which
// also says what is wrong.
int open_beneath(int root_fd, const std::string& relative) {
#if defined(SYS_openat2) && defined(RESOLVE_BENEATH)
  struct open_how how {};
  how.flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, root_fd, relative.c_str(), &how, sizeof how));
#else
  (void)root_fd;
  (void)relative;
  return -1;
#endif
}

// The folders of `relative` (all but the last part) and its last part; throws when it could
// leave the root.
std::pair<std::vector<std::string>, std::string> split_confined(const std::string& relative) {
  const std::filesystem::path given(relative);
  if (relative.empty()) throw InputError({relative}, "empty path");
  if (given.is_absolute()) throw InputError({relative}, "path '" + relative + "' must be relative to the corpus folder");
  std::vector<std::string> parts;
  for (const auto& part : given) {
    const std::string text = part.string();
    if (text == "..") throw InputError({relative}, "path '" + relative + "' leaves the corpus folder");
    if (text == "." || text.empty()) continue;
    parts.push_back(text);
  }
  if (parts.empty()) throw InputError({relative}, "path '" + relative + "' names no file");
  std::string last = parts.back();
  parts.pop_back();
  return {parts, last};
}

// Descriptor of the folder holding `relative`'s last part, walked without following links.
Descriptor open_parent_confined(const std::filesystem::path& root, const std::vector<std::string>& folders,
                                const std::string& relative) {
  Descriptor current(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!current) throw InputError({root.string()}, "cannot open the corpus folder: " + reason(errno));
  for (const auto& folder : folders) {
    Descriptor next(::openat(current.get(), folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!next) {
      if (errno == ELOOP || errno == ENOTDIR)
        throw InputError({relative}, "'" + folder + "' is a symbolic link or not a folder: paths must stay inside the corpus folder");
      throw InputError({relative}, "no such file '" + relative + "' (" + reason(errno) + ")");
    }
    current = std::move(next);
  }
  return current;
}

FileStamp stamp_of(const struct stat& info) {
  FileStamp stamp;
  stamp.device = static_cast<std::uint64_t>(info.st_dev);
  stamp.inode = static_cast<std::uint64_t>(info.st_ino);
  stamp.size = static_cast<std::uint64_t>(info.st_size);
  stamp.mtime_ns = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  stamp.ctime_ns = static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
  return stamp;
}

FileKind kind_of_mode(mode_t mode) {
  if (S_ISREG(mode)) return FileKind::Regular;
  if (S_ISDIR(mode)) return FileKind::Directory;
  return FileKind::Other;
}

bool process_alive(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

// Removes the temporary folders of runs that no longer exist: "<prefix><pid>-XXXXXX".
void remove_stale_temporaries(const std::filesystem::path& folder) {
  std::error_code error;
  for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(kTemporaryPrefix, 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + std::strlen(kTemporaryPrefix), nullptr, 10);
    if (process_alive(pid) && pid != static_cast<long>(::getpid())) continue;
    if (!it->is_symlink()) {
      std::error_code ignored;
      std::filesystem::remove_all(it->path(), ignored);
    }
  }
}

void write_bytes(int fd, std::string_view content, const std::string& shown) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t wrote = ::write(fd, content.data() + done, content.size() - done);
    if (wrote < 0) {
      if (errno == EINTR) continue;
      throw Error("cannot write " + shown + ": " + reason(errno));
    }
    done += static_cast<std::size_t>(wrote);
  }
}

void sync_file(int fd, const std::string& shown) {
  if (::fsync(fd) != 0) throw Error("cannot write " + shown + ": " + reason(errno));
}

void write_all(int fd, const std::string& content, const std::string& shown) {
  write_bytes(fd, content, shown);
  sync_file(fd, shown);
}

// Pieces gathered up to a megabyte before each write: producers hand over small pieces.
class BufferedFile {
 public:
  BufferedFile(int fd, std::string shown) : m_fd(fd), m_shown(std::move(shown)) { m_buffer.reserve(kSize); }
  void write(std::string_view piece) {
    if (m_buffer.size() + piece.size() > kSize) flush();
    if (piece.size() >= kSize) write_bytes(m_fd, piece, m_shown);
    else m_buffer += piece;
  }
  void close() {
    flush();
    sync_file(m_fd, m_shown);
  }

 private:
  static constexpr std::size_t kSize = std::size_t{1} << 20;
  void flush() {
    write_bytes(m_fd, m_buffer, m_shown);
    m_buffer.clear();
  }
  int m_fd;
  std::string m_shown;
  std::string m_buffer;
};

// The outputs of one command, staged in a private folder and then moved into place.
class OutputTransaction {
 public:
  explicit OutputTransaction(std::filesystem::path folder) : m_folder(std::move(folder)) {
    std::error_code error;
    std::filesystem::create_directories(m_folder, error);
    if (error) throw Error("cannot create the output folder " + m_folder.string() + ": " + error.message());
    m_folder_fd = Descriptor(::open(m_folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!m_folder_fd) throw Error("cannot open the output folder " + m_folder.string() + ": " + reason(errno));
    remove_stale_temporaries(m_folder);
    std::string pattern = (m_folder / (kTemporaryPrefix + std::to_string(::getpid()) + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
      throw Error("cannot write into " + m_folder.string() + ": " + reason(errno));
    m_temporary = pattern;
    m_temporary_fd = Descriptor(::open(m_temporary.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!m_temporary_fd) fail("cannot open " + m_temporary.string() + ": " + reason(errno));
  }

  ~OutputTransaction() { clean_up(); }

  void stage(const OutputFile& file) {
    Descriptor out = create(file.name);
    try {
      write_all(out.get(), file.content, (m_folder / file.name).string());
    } catch (const Error& e) {
      fail(e.what());
    }
  }

  // Each output produced straight into its temporary, the producers side by side.
  void stage(const std::vector<StreamedOutput>& outputs) {
    std::vector<Descriptor> files;
    for (const StreamedOutput& output : outputs) files.push_back(create(output.name));
    try {
      detail::produce_side_by_side(outputs.size(), [&](std::size_t k) {
        BufferedFile file(files[k].get(), (m_folder / outputs[k].name).string());
        outputs[k].produce([&file](std::string_view piece) { file.write(piece); });
        file.close();
      });
    } catch (const Error& e) {
      fail(e.what());
    }
  }

  // Renames every staged file into place; on a failure puts back what was there.
  void commit() {
    const int folder = m_folder_fd.get();
    const int temporary = m_temporary_fd.get();
    std::vector<bool> had_previous(m_names.size(), false);
    for (std::size_t k = 0; k < m_names.size(); ++k) {
      const std::string& name = m_names[k];
      struct stat info {};
      if (::fstatat(folder, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(info.st_mode)) fail((m_folder / name).string() + " is a folder");
        const std::string keep = name + ".previous";
        if (::linkat(folder, name.c_str(), temporary, keep.c_str(), 0) == 0) had_previous[k] = true;
      }
    }
    for (std::size_t k = 0; k < m_names.size(); ++k) {
      if (::renameat(temporary, m_names[k].c_str(), folder, m_names[k].c_str()) == 0) continue;
      const int error = errno;
      for (std::size_t j = 0; j < k; ++j) {
        const std::string keep = m_names[j] + ".previous";
        if (had_previous[j]) ::renameat(temporary, keep.c_str(), folder, m_names[j].c_str());
        else ::unlinkat(folder, m_names[j].c_str(), 0);
      }
      fail("cannot replace " + (m_folder / m_names[k]).string() + ": " + reason(error));
    }
    ::fsync(folder);
  }

 private:
  [[noreturn]] void fail(const std::string& message) {
    clean_up();
    throw Error(message);
  }

  // The temporary of one output, which must not exist yet: nothing is followed or overwritten.
  Descriptor create(const std::string& name) {
    if (name.empty() || name.find('/') != std::string::npos || name[0] == '.') fail("invalid output file name '" + name + "'");
    Descriptor out(::openat(m_temporary_fd.get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
    if (!out) fail("cannot write " + (m_folder / name).string() + ": " + reason(errno));
    m_names.push_back(name);
    return out;
  }

  void clean_up() {
    if (m_temporary.empty()) return;
    std::error_code ignored;
    std::filesystem::remove_all(m_temporary, ignored);
    m_temporary.clear();
  }

  std::filesystem::path m_folder;
  std::filesystem::path m_temporary;
  Descriptor m_folder_fd;
  Descriptor m_temporary_fd;
  std::vector<std::string> m_names;
};

class DiskEnv : public Env {
 public:
  DiskEnv() = default;
  DiskEnv(const DiskEnv&) = delete;
  DiskEnv& operator=(const DiskEnv&) = delete;
  ~DiskEnv() override {
    for (const auto& [path, fd] : m_roots)
      if (fd >= 0) ::close(fd);
  }

  std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) const override {
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) {
      if (errno == ENOENT) throw InputError({path.string()}, "no such file");
      throw InputError({path.string()}, "cannot read: " + reason(errno));
    }
    return read_descriptor(fd.get(), path.string(), max_bytes);
  }

  std::string read_prefix(const std::filesystem::path& path, std::size_t max_bytes) const override {
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) throw InputError({path.string()}, errno == ENOENT ? "no such file" : "cannot read: " + reason(errno));
    std::string head(max_bytes, '\0');
    std::size_t got = 0;
    while (got < max_bytes) {
      const ssize_t n = ::read(fd.get(), head.data() + got, max_bytes - got);
      if (n == 0) break;
      if (n < 0) {
        if (errno == EINTR) continue;
        throw InputError({path.string()}, "cannot read: " + reason(errno));
      }
      got += static_cast<std::size_t>(n);
    }
    head.resize(got);
    return head;
  }

  std::string read_confined(const std::filesystem::path& root, const std::string& relative,
                            std::size_t max_bytes) const override {
    std::optional<FileStamp> ignored;
    return read_confined_stamped(root, relative, max_bytes, ignored);
  }

  std::string read_confined_stamped(const std::filesystem::path& root, const std::string& relative,
                                    std::size_t max_bytes, std::optional<FileStamp>& stamp) const override {
    stamp.reset();
    struct stat info {};
    // The fast way: the corpus folder opened once, each document in one call.
    if (Descriptor fd = open_fast(root, relative); fd && ::fstat(fd.get(), &info) == 0 && S_ISREG(info.st_mode)) {
      stamp = stamp_of(info);
      return read_descriptor(fd.get(), (root / relative).string(), max_bytes, &info);
    }
    const auto [folders, last] = split_confined(relative);
    const Descriptor parent = open_parent_confined(root, folders, relative);
    Descriptor fd(::openat(parent.get(), last.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    const std::string shown = (root / relative).string();
    if (!fd) {
      if (errno == ELOOP)
        throw InputError({shown}, "is a symbolic link: documents must be files inside the corpus folder");
      if (errno == ENOENT) throw InputError({shown}, "no such file");
      throw InputError({shown}, "cannot read: " + reason(errno));
    }
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) throw InputError({shown}, "is not a regular file");
    stamp = stamp_of(info);
    return read_descriptor(fd.get(), shown, max_bytes, &info);
  }

  // Only the fast way: opening the file as read_confined would (so an unreadable file or one
  // behind a link has no stamp and is then read, which reports it as before), without reading it.
  std::optional<FileStamp> stamp_confined(const std::filesystem::path& root,
                                          const std::string& relative) const override {
    const Descriptor fd = open_fast(root, relative);
    struct stat info {};
    if (!fd || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return stamp_of(info);
  }

  // `relative` opened below `root` in one call; an invalid descriptor when that way refuses it.
  Descriptor open_fast(const std::filesystem::path& root, const std::string& relative) const {
    if (relative.empty() || relative[0] == '/' || relative.find("..") != std::string::npos) return Descriptor();
    const int root_fd = root_descriptor(root);
    return Descriptor(root_fd >= 0 ? open_beneath(root_fd, relative) : -1);
  }

  // The folder `root`, opened once and kept for the Env's lifetime; -1 when it cannot be opened.
  int root_descriptor(const std::filesystem::path& root) const {
    std::lock_guard lock(m_roots_mutex);
    auto it = m_roots.find(root.string());
    if (it == m_roots.end()) it = m_roots.emplace(root.string(), ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)).first;
    return it->second;
  }

  FileKind kind(const std::filesystem::path& path) const override {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return FileKind::Missing;
    return kind_of_mode(info.st_mode);
  }

  FileKind kind_confined(const std::filesystem::path& root, const std::string& relative) const override {
    try {
      const auto [folders, last] = split_confined(relative);
      const Descriptor parent = open_parent_confined(root, folders, relative);
      struct stat info {};
      if (::fstatat(parent.get(), last.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return FileKind::Missing;
      return S_ISLNK(info.st_mode) ? FileKind::Other : kind_of_mode(info.st_mode);
    } catch (const InputError&) {
      return FileKind::Other;
    }
  }

  std::vector<std::string> list_directory(const std::filesystem::path& folder) const override {
    std::vector<std::string> names;
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(folder.c_str()), &::closedir);
    if (!dir) throw InputError({folder.string()}, "cannot list folder: " + reason(errno));
    while (const dirent* entry = ::readdir(dir.get())) {
      const std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  void write_files(const std::filesystem::path& folder, const std::vector<OutputFile>& files) override {
    OutputTransaction transaction(folder.empty() ? std::filesystem::path(".") : folder);
    for (const OutputFile& file : files) transaction.stage(file);
    transaction.commit();
  }

  void write_streamed(const std::filesystem::path& folder, const std::vector<StreamedOutput>& outputs) override {
    OutputTransaction transaction(folder.empty() ? std::filesystem::path(".") : folder);
    transaction.stage(outputs);
    transaction.commit();
  }

 private:
  mutable std::mutex m_roots_mutex;
  mutable std::map<std::string, int> m_roots;  // corpus folders opened by read_confined
};

}  // namespace

Env& disk_env() {
  static DiskEnv env;
  return env;
}

}  // namespace evgraph
