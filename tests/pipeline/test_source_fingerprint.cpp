// The build cache keys analyses on the code that made them: the fingerprint compiled into the
// library is the one of the sources it was built from.
#include <doctest/doctest.h>

#include <evgraph/corpus.hpp>

#include "pipeline/part_cache.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("the source fingerprint is the SHA-256 of the library's sources as they are") {
  namespace fs = std::filesystem;
  const fs::path root = EVGRAPH_SOURCE_DIR;
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root / "src")) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".cpp" || ext == ".hpp")) files.push_back(fs::relative(entry.path(), root).string());
  }
  for (const auto& entry : fs::recursive_directory_iterator(root / "include" / "evgraph"))
    if (entry.is_regular_file() && entry.path().extension() == ".hpp") files.push_back(fs::relative(entry.path(), root).string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 100);
  std::string all;
  for (const std::string& rel : files) all += rel + " " + evgraph::sha256_hex(file_text(root / rel)) + "\n";
  CHECK(std::string(evgraph::detail::source_fingerprint()) == evgraph::sha256_hex(all));
}
