#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>
#include <evgraph/schema.hpp>

#include "corpus/paths.hpp"

#include <set>

namespace evgraph {
namespace {

SourceLocation at(const YAML::Node& node, const std::string& file) {
  const auto mark = node.Mark();
  if (mark.is_null()) return {file};
  return {file, mark.line + 1, mark.column + 1};
}

// A language with no pack is the manifest's mistake: say where it is written.
std::string checked_language(const YAML::Node& node, const std::string& file, const Resources& resources) {
  const std::string code = node.as<std::string>();
  for (const auto& known : resources.languages())
    if (known == code) return code;
  std::string list;
  for (const auto& known : resources.languages()) list += (list.empty() ? "" : ", ") + known;
  throw InputError(at(node, file), "no language pack for '" + code + "' (available: " + list + ")");
}

}  // namespace

Corpus detail::open_yaml_manifest(const std::string& text, const std::filesystem::path& manifest,
                                  const CorpusOptions& options, const Resources& resources) {
  const std::string file = manifest.string();
  const YAML::Node root = parse_yaml(text, file);
  validate_against_schema(root, file, "corpus.schema.json", resources.data());

  Corpus corpus;
  corpus.manifest = manifest;
  corpus.root = manifest.parent_path().empty() ? std::filesystem::path(".") : manifest.parent_path();
  corpus.name = root["corpus"].as<std::string>();
  if (root["version"]) corpus.version = root["version"].as<std::string>();
  corpus.language = root["language"] ? checked_language(root["language"], file, resources) : resources.default_language();
  if (!options.language.empty()) corpus.language = options.language;
  if (root["lexicons"]) {
    for (const auto& lexicon : root["lexicons"]) {
      detail::check_relative_path(lexicon.as<std::string>(), at(lexicon, file));
      corpus.lexicons.push_back(lexicon.as<std::string>());
    }
  }

  std::set<std::string> ids;
  for (const auto& entry : root["documents"]) {
    DocumentInfo doc;
    doc.id = entry["id"].as<std::string>();
    if (!ids.insert(doc.id).second) throw InputError(at(entry["id"], file), "duplicate document id '" + doc.id + "'");
    doc.path = entry["path"].as<std::string>();
    detail::check_relative_path(doc.path, at(entry["path"], file));
    // The schema checked the shape; Boost.Date_Time checks the day exists (no 2025-02-30).
    const auto published = parse_iso_date(entry["published"].as<std::string>());
    if (!published)
      throw InputError(at(entry["published"], file),
                       "'" + entry["published"].as<std::string>() + "' is not a calendar date");
    doc.published = *published;
    doc.lang = entry["lang"] ? checked_language(entry["lang"], file, resources) : corpus.language;
    if (!options.language.empty()) doc.lang = options.language;
    if (entry["title"]) doc.title = entry["title"].as<std::string>();
    if (entry["source"]) doc.source = entry["source"].as<std::string>();
    if (entry["url"]) doc.url = entry["url"].as<std::string>();
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

namespace {

Corpus open_manifest(const std::filesystem::path& manifest, const CorpusOptions& options, const Resources& resources) {
  const std::string text = resources.env().read_file(manifest);
  if (auto plain = detail::read_plain_manifest(text, manifest, options, resources)) return std::move(*plain);
  return detail::open_yaml_manifest(text, manifest, options, resources);
}

}  // namespace

Corpus open_corpus(const std::filesystem::path& path, const CorpusOptions& options, const Resources& resources,
                   Diagnostics& diagnostics) {
  const Env& env = resources.env();
  const FileKind kind = env.kind(path);
  if (kind == FileKind::Directory) {
    const auto manifest = path / "corpus.yaml";
    if (env.kind(manifest) == FileKind::Regular) return open_manifest(manifest, options, resources);
    return detail::open_text_folder(path, options, resources, diagnostics);
  }
  if (kind == FileKind::Missing) throw InputError({path.string()}, "no such corpus file or folder");
  const std::string extension = path.extension().string();
  if (extension != ".yaml" && extension != ".yml") return open_text_file(path, options, resources);
  return open_manifest(path, options, resources);
}

}  // namespace evgraph
