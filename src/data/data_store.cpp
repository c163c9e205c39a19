#include <evgraph/data_store.hpp>
#include <evgraph/error.hpp>
#include <evgraph/schema.hpp>

#include <map>
#include <set>
#include <string_view>

namespace evgraph {
namespace detail {
const std::map<std::string, std::string_view>& embedded_files();
}  // namespace detail

DataStore::DataStore(std::filesystem::path overlay, const Env& env) : m_env(&env) {
  if (env.kind(overlay) != FileKind::Directory) throw ConfigError({overlay.string()}, "--data: not a folder");
  m_overlay = std::move(overlay);
}

bool DataStore::in_overlay(const std::string& relative) const {
  return m_overlay && m_env->kind(*m_overlay / relative) == FileKind::Regular;
}

bool DataStore::exists(const std::string& relative) const {
  return in_overlay(relative) || detail::embedded_files().count(relative) > 0;
}

std::string DataStore::display_name(const std::string& relative) const {
  if (in_overlay(relative)) return (*m_overlay / relative).string();
  return "<embedded>/" + relative;
}

std::string DataStore::read(const std::string& relative) const {
  if (in_overlay(relative)) {
    try {
      return m_env->read_file(*m_overlay / relative);
    } catch (const InputError& e) {
      throw ConfigError(e.location(), e.message());
    }
  }
  const auto& files = detail::embedded_files();
  auto it = files.find(relative);
  if (it == files.end()) throw ConfigError({relative}, "no such rule data or schema file");
  return std::string(it->second);
}

YAML::Node DataStore::load_yaml(const std::string& relative) const {
  const std::string text = read(relative);
  try {
    return parse_yaml(text, display_name(relative));
  } catch (const ConfigError&) {
    throw;
  } catch (const InputError& e) {
    throw ConfigError(e.location(), e.message());
  }
}

std::vector<std::string> DataStore::list(const std::string& folder) const {
  std::set<std::string> names;
  for (const auto& [name, content] : detail::embedded_files())
    if (name.compare(0, folder.size(), folder) == 0) names.insert(name);
  // The overlay's files under `folder`, walked through the Env so tests can use memory.
  std::vector<std::string> pending{folder};
  while (m_overlay && !pending.empty()) {
    std::string current = pending.back();
    pending.pop_back();
    const auto path = *m_overlay / current;
    if (m_env->kind(path) != FileKind::Directory) continue;
    for (const auto& name : m_env->list_directory(path)) {
      const std::string relative = current + (current.empty() || current.back() == '/' ? "" : "/") + name;
      const FileKind kind = m_env->kind(*m_overlay / relative);
      if (kind == FileKind::Regular) names.insert(relative);
      else if (kind == FileKind::Directory) pending.push_back(relative + "/");
    }
  }
  return {names.begin(), names.end()};
}

}  // namespace evgraph
