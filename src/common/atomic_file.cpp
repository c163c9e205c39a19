#include <evgraph/error.hpp>
#include <evgraph/export.hpp>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace evgraph {

void write_file_atomically(const std::filesystem::path& path, const std::string& content) {
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
