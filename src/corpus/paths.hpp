// Internals of corpus reading shared by the manifest and folder readers.
#pragma once

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>

#include <filesystem>
#include <string>

namespace evgraph::detail {

// root/relative as an existing regular file that stays inside root once symbolic links and ".."
// are resolved. Throws InputError at `where` otherwise.
std::filesystem::path confined_path(const std::filesystem::path& root, const std::string& relative,
                                    const SourceLocation& where);

// A folder without manifest: every *.txt, sorted by name, dated by a leading "date YYYY-MM-DD"
// line or options.reference.
Corpus open_text_folder(const std::filesystem::path& folder, const CorpusOptions& options);

// Id, language and publication date of one text file.
DocumentInfo describe_text_file(const std::filesystem::path& file, const std::string& language,
                                const CorpusOptions& options);

}  // namespace evgraph::detail
