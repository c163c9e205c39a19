#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>
#include <evgraph/schema.hpp>

#include "corpus/paths.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace evgraph {
namespace {

SourceLocation at(const YAML::Node& node, const std::string& file) {
  const auto mark = node.Mark();
  if (mark.is_null()) return {file};
  return {file, mark.line + 1, mark.column + 1};
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path.string()}, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Corpus open_manifest(const std::filesystem::path& manifest, const CorpusOptions& options, const DataStore& data) {
  const std::string file = manifest.string();
  const YAML::Node root = parse_yaml(read_text_file(manifest), file);
  validate_against_schema(root, file, "corpus.schema.json", data);

  Corpus corpus;
  corpus.manifest = manifest;
  corpus.root = manifest.parent_path().empty() ? std::filesystem::path(".") : manifest.parent_path();
  corpus.name = root["corpus"].as<std::string>();
  if (root["version"]) corpus.version = root["version"].as<std::string>();
  corpus.language = root["language"] ? root["language"].as<std::string>() : "fr";
  if (!options.language.empty()) corpus.language = options.language;
  if (root["lexicons"]) {
    for (const auto& lexicon : root["lexicons"]) {
      detail::confined_path(corpus.root, lexicon.as<std::string>(), at(lexicon, file));
      corpus.lexicons.push_back(lexicon.as<std::string>());
    }
  }

  std::set<std::string> ids;
  for (const auto& entry : root["documents"]) {
    DocumentInfo doc;
    doc.id = entry["id"].as<std::string>();
    if (!ids.insert(doc.id).second) throw InputError(at(entry["id"], file), "duplicate document id '" + doc.id + "'");
    doc.path = entry["path"].as<std::string>();
    detail::confined_path(corpus.root, doc.path, at(entry["path"], file));
    // The schema checked the shape; Boost.Date_Time checks the day exists (no 2025-02-30).
    const auto published = parse_iso_date(entry["published"].as<std::string>());
    if (!published)
      throw InputError(at(entry["published"], file),
                       "'" + entry["published"].as<std::string>() + "' is not a calendar date");
    doc.published = *published;
    doc.lang = entry["lang"] ? entry["lang"].as<std::string>() : corpus.language;
    if (entry["title"]) doc.title = entry["title"].as<std::string>();
    if (entry["source"]) doc.source = entry["source"].as<std::string>();
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

}  // namespace

Corpus open_corpus(const std::filesystem::path& path, const CorpusOptions& options, const DataStore& data) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    const auto manifest = path / "corpus.yaml";
    if (std::filesystem::is_regular_file(manifest)) return open_manifest(manifest, options, data);
    return detail::open_text_folder(path, options);
  }
  if (!std::filesystem::exists(path, error)) throw InputError({path.string()}, "no such corpus file or folder");
  return open_manifest(path, options, data);
}

}  // namespace evgraph
