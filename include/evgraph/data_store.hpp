// Where rule data (data/**.yaml) and schemas (schemas/*.json) come from: the copies compiled into
// the binary, or a folder laid out like the project's (`--data DIR`), which wins file by file.
#pragma once

#include <evgraph/env.hpp>

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace evgraph {

class DataStore {
 public:
  // Only the embedded files.
  DataStore() = default;
  // `overlay` holds data/... and/or schemas/...; its files replace the embedded ones. They are
  // read through `env`, which must outlive the store. Throws ConfigError when it is no folder.
  explicit DataStore(std::filesystem::path overlay, const Env& env = disk_env());

  // Relative paths such as "data/time/fr.yaml".
  bool exists(const std::string& relative) const;
  // Throws ConfigError when missing.
  std::string read(const std::string& relative) const;
  // Parses YAML; throws ConfigError with file:line:column on syntax errors.
  YAML::Node load_yaml(const std::string& relative) const;
  // The name to show in messages: the overlay path, or "<embedded>/relative".
  std::string display_name(const std::string& relative) const;
  // Relative paths under a folder ("data/time/"), sorted.
  std::vector<std::string> list(const std::string& folder) const;

 private:
  bool in_overlay(const std::string& relative) const;

  std::optional<std::filesystem::path> m_overlay;
  const Env* m_env = nullptr;
};

}  // namespace evgraph
