#include <evgraph/error.hpp>
#include <evgraph/export.hpp>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace evgraph {

void write_file_atomically(const std::filesystem::path& path, const std::string& content) {
  // A device or a pipe (-o /dev/null, -o /dev/stdout) is written in place: renaming over it would
  // replace it with a plain file.
  std::error_code status_error;
  const auto status = std::filesystem::status(path, status_error);
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw Error("cannot write " + path.string());
    return;
  }
  const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  const auto temporary = folder / ("." + path.filename().string() + ".tmp" + std::to_string(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write " + temporary.string() + ": " + std::strerror(errno));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
      std::filesystem::remove(temporary, error);
      throw Error("cannot write " + path.string());
    }
  }
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    throw Error("cannot replace " + path.string() + ": " + error.message());
  }
}

}  // namespace evgraph
