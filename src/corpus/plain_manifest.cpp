// A reader for manifests in the plain block style that evgraph's scripts and most people write
// (top-level keys, then a block list of documents with one-line scalar values). Building a YAML
// tree for a corpus of thousands of documents costs more than tagging their dates, so this
// reader checks what the schema and open_manifest check, directly on the lines. It accepts a
// strict subset and gives up (nullopt) on anything else: flow collections, anchors, tags,
// multi-line or escaped scalars, unknown or repeated keys, any value the general reader would
// refuse. The general reader then parses the file and reports the problem where it is.
#include "corpus/paths.hpp"

#include <evgraph/error.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

namespace evgraph::detail {
namespace {

// One scalar value of a line: plain, 'single-quoted' or "double-quoted" without escapes.
std::optional<std::string> scalar(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.front() == '\'') {
    if (text.size() < 2 || text.back() != '\'') return std::nullopt;
    std::string out;
    const std::string_view inner = text.substr(1, text.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
      if (inner[i] == '\'') {
        if (i + 1 >= inner.size() || inner[i + 1] != '\'') return std::nullopt;
        ++i;
      }
      out.push_back(inner[i]);
    }
    return out;
  }
  if (text.front() == '"') {
    if (text.size() < 2 || text.back() != '"') return std::nullopt;
    const std::string_view inner = text.substr(1, text.size() - 2);
    if (inner.find_first_of("\"\\") != std::string_view::npos) return std::nullopt;
    return std::string(inner);
  }
  // Plain: no indicator first, no ": " or " #" inside, not a null.
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return std::nullopt;
  if (text.find(": ") != std::string_view::npos || text.back() == ':') return std::nullopt;
  if (text == "null" || text == "~" || text == "Null" || text == "NULL") return std::nullopt;
  return std::string(text);
}

// "key: value" (value may be empty: a block follows). Keys are plain lower-case words.
bool key_value(std::string_view line, std::string_view* key, std::string_view* value) {
  const std::size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  *key = line.substr(0, colon);
  for (char c : *key)
    if (!((c >= 'a' && c <= 'z') || c == '_')) return false;
  std::string_view rest = line.substr(colon + 1);
  if (!rest.empty() && rest.front() != ' ') return false;
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  *value = rest;
  return true;
}

bool matches_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

bool matches_lang(const std::string& code, const Resources& resources) {
  if (code.size() != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z') return false;
  const auto& known = resources.languages();
  return std::find(known.begin(), known.end(), code) != known.end();
}

bool relative_ok(const std::string& path) {
  try {
    check_relative_path(path, SourceLocation{});
    return true;
  } catch (const InputError&) {
    return false;
  }
}

}  // namespace

std::optional<Corpus> read_plain_manifest(std::string_view text, const std::filesystem::path& manifest,
                                          const CorpusOptions& options, const Resources& resources) {
  if (text.find_first_of("\t\r") != std::string_view::npos) return std::nullopt;
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF) return std::nullopt;  // a BOM
  Corpus corpus;
  corpus.manifest = manifest;
  corpus.root = manifest.parent_path().empty() ? std::filesystem::path(".") : manifest.parent_path();
  std::set<std::string_view> top_keys;
  std::set<std::string> ids;
  std::string_view block;                            // the top-level key whose list is open: documents, lexicons
  std::size_t item_indent = std::string_view::npos;  // indentation of "- " in that list
  std::set<std::string_view> doc_keys;
  bool has_language = false, first_line = true, open_document = false;
  std::string language;

  const auto finish_document = [&]() -> bool {
    if (!open_document) return true;
    open_document = false;
    if (!doc_keys.count("id") || !doc_keys.count("path") || !doc_keys.count("published")) return false;
    return ids.insert(corpus.documents.back().id).second;
  };
  const auto document_field = [&](std::string_view key, std::string_view raw) -> bool {
    if (!doc_keys.insert(key).second) return false;
    auto value = scalar(raw);
    if (!value) return false;
    DocumentInfo& doc = corpus.documents.back();
    if (key == "id") {
      if (!matches_id(*value)) return false;
      doc.id = std::move(*value);
    } else if (key == "path") {
      if (!relative_ok(*value)) return false;
      doc.path = std::move(*value);
    } else if (key == "published") {
      const auto date = parse_iso_date(*value);
      if (value->size() != 10 || !date) return false;
      doc.published = *date;
    } else if (key == "lang") {
      if (!matches_lang(*value, resources)) return false;
      doc.lang = std::move(*value);
    } else if (key == "title") {
      doc.title = std::move(*value);
    } else if (key == "source") {
      doc.source = std::move(*value);
    } else if (key == "url") {
      doc.url = std::move(*value);
    } else {
      return false;
    }
    return true;
  };

  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    // A comment starts at '#' at the line's start or after a space, outside quotes.
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\'' || line[i] == '"') {
        const std::size_t close = line.find(line[i], i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        i = close;
      } else if (line[i] == '#' && (i == 0 || line[i - 1] == ' ')) {
        line = line.substr(0, i);
        break;
      }
    }
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty()) continue;
    if (first_line && line == "---") {
      first_line = false;
      continue;
    }
    first_line = false;
    const std::size_t indent = line.find_first_not_of(' ');
    line.remove_prefix(indent);
    std::string_view key, value;

    if (indent == 0 && line.rfind("- ", 0) != 0) {  // a top-level key
      if (!finish_document()) return std::nullopt;
      block = {};
      item_indent = std::string_view::npos;
      if (!key_value(line, &key, &value) || !top_keys.insert(key).second) return std::nullopt;
      if (key == "documents" || key == "lexicons") {
        if (!value.empty()) return std::nullopt;
        block = key;
        continue;
      }
      auto text_value = scalar(value);
      if (!text_value) return std::nullopt;
      if (key == "corpus")
        corpus.name = std::move(*text_value);
      else if (key == "version")
        corpus.version = std::move(*text_value);
      else if (key == "language") {
        if (!matches_lang(*text_value, resources)) return std::nullopt;
        language = std::move(*text_value);
        has_language = true;
      } else {
        return std::nullopt;
      }
      continue;
    }
    if (block.empty()) return std::nullopt;
    if (line.rfind("- ", 0) == 0) {  // a list item
      if (item_indent == std::string_view::npos) item_indent = indent;
      if (indent != item_indent) return std::nullopt;
      std::string_view item = line.substr(2);
      if (!item.empty() && item.front() == ' ') return std::nullopt;
      if (block == "lexicons") {
        auto lexicon = scalar(item);
        if (!lexicon || !relative_ok(*lexicon)) return std::nullopt;
        corpus.lexicons.push_back(std::move(*lexicon));
        continue;
      }
      if (!finish_document()) return std::nullopt;
      corpus.documents.emplace_back();
      open_document = true;
      doc_keys.clear();
      if (!key_value(item, &key, &value) || !document_field(key, value)) return std::nullopt;
      continue;
    }
    // A further key of the open document, aligned with its first key.
    if (block != "documents" || !open_document || indent != item_indent + 2) return std::nullopt;
    if (!key_value(line, &key, &value) || !document_field(key, value)) return std::nullopt;
  }
  if (!finish_document()) return std::nullopt;
  if (corpus.name.empty() || !top_keys.count("documents") || corpus.documents.empty()) return std::nullopt;

  corpus.language = has_language ? language : resources.default_language();
  if (!options.language.empty()) corpus.language = options.language;
  for (DocumentInfo& doc : corpus.documents) {
    if (doc.lang.empty()) doc.lang = corpus.language;
    if (!options.language.empty()) doc.lang = options.language;
  }
  return corpus;
}

}  // namespace evgraph::detail
