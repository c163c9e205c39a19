// What every YAML input must satisfy beyond YAML's own syntax, checked before any reader sees
// it: UTF-8 text (yaml-cpp would silently turn a bad byte into U+FFFD) and no key given twice in
// one mapping (yaml-cpp would silently keep one of them).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

namespace evgraph::detail {

// Throws InputError "file:line:column: not UTF-8 (byte 0xE9)" at the first invalid byte.
void check_yaml_text(std::string_view text, const std::string& file);

// Throws InputError at the second occurrence of a key repeated in one mapping.
void check_yaml_keys(const YAML::Node& root, const std::string& file);

}  // namespace evgraph::detail
