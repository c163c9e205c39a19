// Internals of corpus reading shared by the manifest and folder readers.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>

#include <filesystem>
#include <optional>
#include <string_view>
#include <string>

namespace evgraph::detail {

// Throws InputError at `where` when `relative` is absolute or climbs out with "..": a manifest
// names files inside its folder. Whether the file is there is checked when it is read.
void check_relative_path(const std::string& relative, const SourceLocation& where);

// A folder without manifest: every *.txt that is a regular file, sorted by name, dated by a
// leading "date YYYY-MM-DD" line or options.reference.
Corpus open_text_folder(const std::filesystem::path& folder, const CorpusOptions& options, const Resources& resources,
                        Diagnostics& diagnostics);

// A manifest in the plain block style (plain_manifest.cpp), read without a YAML tree; nullopt
// when it is not in that style or anything in it is refused: open_yaml_manifest then reads it and
// reports the problem. Both give the same Corpus for a manifest the plain reader accepts.
std::optional<Corpus> read_plain_manifest(std::string_view text, const std::filesystem::path& manifest,
                                          const CorpusOptions& options, const Resources& resources);

// The general reader: yaml-cpp, the schema, then the checks. Throws InputError (file:line:column).
Corpus open_yaml_manifest(const std::string& text, const std::filesystem::path& manifest, const CorpusOptions& options,
                          const Resources& resources);

}  // namespace evgraph::detail
