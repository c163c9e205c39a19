#include <evgraph/env.hpp>
#include <evgraph/error.hpp>

#include <algorithm>

namespace evgraph {
namespace {

std::string key_of(const std::filesystem::path& path) {
  std::string key = path.lexically_normal().generic_string();
  while (key.size() > 1 && key.back() == '/') key.pop_back();
  return key;
}

}  // namespace

void MemoryEnv::add_file(const std::filesystem::path& path, std::string content) {
  m_files[key_of(path)] = std::move(content);
}

std::string MemoryEnv::read_file(const std::filesystem::path& path, std::size_t max_bytes) const {
  auto it = m_files.find(key_of(path));
  if (it == m_files.end()) throw InputError({path.string()}, "no such file");
  if (it->second.size() > max_bytes)
    throw InputError({path.string()}, "is larger than the limit of " + std::to_string(max_bytes) + " bytes");
  return it->second;
}

std::string MemoryEnv::read_prefix(const std::filesystem::path& path, std::size_t max_bytes) const {
  return read_file(path, static_cast<std::size_t>(-1)).substr(0, max_bytes);
}

std::string MemoryEnv::read_confined(const std::filesystem::path& root, const std::string& relative,
                                     std::size_t max_bytes) const {
  const std::filesystem::path given(relative);
  if (given.is_absolute()) throw InputError({relative}, "path '" + relative + "' must be relative to the corpus folder");
  for (const auto& part : given)
    if (part == "..") throw InputError({relative}, "path '" + relative + "' leaves the corpus folder");
  return read_file(root / given, max_bytes);
}

FileKind MemoryEnv::kind(const std::filesystem::path& path) const {
  const std::string key = key_of(path);
  if (m_files.count(key)) return FileKind::Regular;
  const std::string prefix = key.empty() || key.back() == '/' ? key : key + "/";
  auto it = m_files.lower_bound(prefix);
  return it != m_files.end() && it->first.compare(0, prefix.size(), prefix) == 0 ? FileKind::Directory
                                                                                 : FileKind::Missing;
}

FileKind MemoryEnv::kind_confined(const std::filesystem::path& root, const std::string& relative) const {
  for (const auto& part : std::filesystem::path(relative))
    if (part == "..") return FileKind::Other;
  return kind(root / relative);
}

std::vector<std::string> MemoryEnv::list_directory(const std::filesystem::path& folder) const {
  const std::string key = key_of(folder);
  const std::string prefix = key == "." ? std::string() : key + "/";
  std::vector<std::string> names;
  for (auto it = m_files.lower_bound(prefix); it != m_files.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    const std::string rest = it->first.substr(prefix.size());
    const std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  }
  if (names.empty() && kind(folder) == FileKind::Missing) throw InputError({folder.string()}, "cannot list folder: no such folder");
  return names;
}

void MemoryEnv::write_files(const std::filesystem::path& folder, const std::vector<OutputFile>& files) {
  // Staged first, like the disk: a failure part-way leaves the earlier files as they were.
  std::map<std::string, std::string> staged;
  for (const OutputFile& file : files) {
    if (m_writes_left == 0) throw Error("cannot write " + (folder / file.name).string() + ": No space left on device");
    if (m_writes_left != static_cast<std::size_t>(-1)) --m_writes_left;
    staged[key_of(folder / file.name)] = file.content;
  }
  for (auto& [key, content] : staged) m_files[key] = std::move(content);
}

}  // namespace evgraph
