// Internals of corpus reading shared by the manifest and folder readers.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>

#include <filesystem>
#include <string>

namespace evgraph::detail {

// Throws InputError at `where` when `relative` is absolute or climbs out with "..": a manifest
// names files inside its folder. Whether the file is there is checked when it is read.
void check_relative_path(const std::string& relative, const SourceLocation& where);

// A folder without manifest: every *.txt that is a regular file, sorted by name, dated by a
// leading "date YYYY-MM-DD" line or options.reference.
Corpus open_text_folder(const std::filesystem::path& folder, const CorpusOptions& options, const Resources& resources,
                        Diagnostics& diagnostics);

}  // namespace evgraph::detail
