// nlohmann::json's exceptions as located InputErrors: its what() reads
// "[json.exception.parse_error.101] parse error at line 2, column 1: syntax error ...", which
// names neither the file nor anything a user should have to decode.
#pragma once

#include <evgraph/error.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace evgraph::detail {

// The error of parsing `text` (read from `file`): "file:line:column: syntax error ...".
InputError json_parse_error(const nlohmann::json::parse_error& error, std::string_view text, const std::string& file);

// Any other nlohmann error (a value of the wrong type, a number out of range), placed at `where`.
InputError json_error(const nlohmann::json::exception& error, const SourceLocation& where);

}  // namespace evgraph::detail
