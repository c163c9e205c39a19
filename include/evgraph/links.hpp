// Where an output links the sources of an event: the article's web address when the manifest
// gives one (url:), else the document's file relative to the output's folder when that file
// exists, else nothing. A link that would lead nowhere is left out rather than written.
#pragma once

#include <evgraph/env.hpp>
#include <evgraph/model.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace evgraph {

// Document id -> href, for the documents that have one. Percent-encoded where a URL needs it,
// not XML-escaped (the writer of each format escapes for its own syntax).
using DocumentLinks = std::map<std::string, std::string>;

// Whether `url` is an absolute http or https address (the only web links outputs write).
bool is_web_url(std::string_view url);

// The links of `corpus`'s documents seen from `output_dir`: a web url as given; else, when
// `corpus_root` is not empty and corpus_root/path is a regular file (checked through `env`), its
// path relative to `output_dir`. Both folders may be relative to the working directory.
DocumentLinks document_links(const CorpusInfo& corpus, const Env& env, const std::filesystem::path& corpus_root,
                             const std::filesystem::path& output_dir);

// The href of `doc`: its entry in `links` when given, else its web url when it has one, else "".
std::string document_href(const DocumentInfo& doc, const DocumentLinks* links);

}  // namespace evgraph
