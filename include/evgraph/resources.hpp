// What one run of evgraph reads its rules, words and style from: built once (in main, or by a
// test) and passed down explicitly. The built-in data with the --data overlay, the language packs
// (loaded on first use), the render style with the --style overlay, and the file system.
#pragma once

#include <evgraph/data_store.hpp>
#include <evgraph/env.hpp>
#include <evgraph/language.hpp>
#include <evgraph/render_style.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace evgraph {

class Resources {
 public:
  // REQUIRES: `env` outlives the object. Loads and validates the style (data/style/default.yaml
  // of `data`, with `style_file` merged over it). Throws ConfigError.
  Resources(Env& env, DataStore data, const std::optional<std::filesystem::path>& style_file = std::nullopt);
  Resources(Env& env, DataStore data, RenderStyle style);

  Env& env() const { return m_env; }
  const DataStore& data() const { return m_data; }
  const RenderStyle& style() const { return *m_style; }
  // The pack of `code`, loaded on first use (thread-safe). Throws ConfigError naming the
  // available languages when there is none.
  const LanguagePack& language(const std::string& code) const;
  // Codes of the packs `data` holds, sorted.
  const std::vector<std::string>& languages() const { return m_languages; }
  // The language of documents that name none (data/defaults.yaml).
  const std::string& default_language() const { return m_default_language; }

 private:
  Env& m_env;
  DataStore m_data;
  std::shared_ptr<const RenderStyle> m_style;
  std::vector<std::string> m_languages;
  std::string m_default_language;
  mutable std::mutex m_mutex;
  mutable std::map<std::string, std::unique_ptr<LanguagePack>> m_packs;
};

}  // namespace evgraph
