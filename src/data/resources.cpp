#include <evgraph/error.hpp>
#include <evgraph/resources.hpp>

namespace evgraph {
namespace {

std::string default_language_of(const DataStore& data, const std::vector<std::string>& languages) {
  const std::string relative = "data/defaults.yaml";
  if (data.exists(relative)) {
    const YAML::Node root = data.load_yaml(relative);
    if (root["language"]) {
      const std::string code = root["language"].as<std::string>();
      for (const auto& known : languages)
        if (known == code) return code;
      const auto mark = root["language"].Mark();
      throw ConfigError({data.display_name(relative), mark.line + 1, mark.column + 1},
                        "default language '" + code + "' has no language pack");
    }
  }
  if (languages.empty()) throw ConfigError({"data/lang/"}, "no language pack");
  return languages.front();
}

}  // namespace

Resources::Resources(Env& env, DataStore data, const std::optional<std::filesystem::path>& style_file)
    : Resources(env, data, load_style(data, env, style_file)) {}

Resources::Resources(Env& env, DataStore data, RenderStyle style)
    : m_env(env),
      m_data(std::move(data)),
      m_style(std::make_shared<const RenderStyle>(std::move(style))),
      m_languages(available_languages(m_data)),
      m_default_language(default_language_of(m_data, m_languages)) {}

const LanguagePack& Resources::language(const std::string& code) const {
  std::lock_guard<std::mutex> lock(m_mutex);
  auto it = m_packs.find(code);
  if (it == m_packs.end()) it = m_packs.emplace(code, std::make_unique<LanguagePack>(m_data, code)).first;
  return *it->second;
}

}  // namespace evgraph
