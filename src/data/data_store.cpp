#include <evgraph/data_store.hpp>
#include <evgraph/error.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

namespace evgraph {
namespace detail {
const std::map<std::string, std::string_view>& embedded_files();
}  // namespace detail

namespace {

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

DataStore::DataStore(std::filesystem::path overlay) {
  if (!std::filesystem::is_directory(overlay))
    throw ConfigError({overlay.string()}, "--data: not a folder");
  m_overlay = std::move(overlay);
}

bool DataStore::exists(const std::string& relative) const {
  if (m_overlay && std::filesystem::is_regular_file(*m_overlay / relative)) return true;
  return detail::embedded_files().count(relative) > 0;
}

std::string DataStore::display_name(const std::string& relative) const {
  if (m_overlay && std::filesystem::is_regular_file(*m_overlay / relative))
    return (*m_overlay / relative).string();
  return "<embedded>/" + relative;
}

std::string DataStore::read(const std::string& relative) const {
  if (m_overlay) {
    if (auto text = read_file(*m_overlay / relative)) return *text;
  }
  const auto& files = detail::embedded_files();
  auto it = files.find(relative);
  if (it == files.end()) throw ConfigError({relative}, "no such rule data or schema file");
  return std::string(it->second);
}

YAML::Node DataStore::load_yaml(const std::string& relative) const {
  const std::string text = read(relative);
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw ConfigError({display_name(relative), e.mark.line + 1, e.mark.column + 1}, e.msg);
  }
}

std::vector<std::string> DataStore::list(const std::string& folder) const {
  std::set<std::string> names;
  for (const auto& [name, content] : detail::embedded_files())
    if (name.compare(0, folder.size(), folder) == 0) names.insert(name);
  if (m_overlay && std::filesystem::is_directory(*m_overlay / folder)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(*m_overlay / folder))
      if (entry.is_regular_file())
        names.insert(std::filesystem::relative(entry.path(), *m_overlay).generic_string());
  }
  return {names.begin(), names.end()};
}

}  // namespace evgraph
