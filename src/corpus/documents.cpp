#include <evgraph/text.hpp>

#include "corpus/paths.hpp"

#include <re2/re2.h>

#include <cctype>
#include <set>

namespace evgraph {
namespace detail {
namespace {

// Document ids must match [a-z0-9._-]+: derived from the file name.
std::string id_from_file_name(const std::filesystem::path& file) {
  std::string id;
  for (char c : file.stem().string()) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) id.push_back(static_cast<char>(std::tolower(u)));
    else if (c == '.' || c == '_' || c == '-') id.push_back(c);
    else id.push_back('-');
  }
  return id.empty() ? "doc" : id;
}

// Id, language and publication date of one text file, from its first bytes.
DocumentInfo describe_text(const std::filesystem::path& file, std::string_view head, const std::string& language,
                           const CorpusOptions& options) {
  static const RE2 dateline(R"(^\s*date\s+(\d{4}-\d{2}-\d{2}))");
  DocumentInfo doc;
  doc.id = id_from_file_name(file);
  doc.path = file.filename().string();
  doc.lang = language;
  std::string date;
  if (RE2::PartialMatch(head, dateline, &date)) {
    const auto published = parse_iso_date(date);
    if (!published) throw InputError({file.string(), 1, 1}, "'" + date + "' is not a calendar date");
    doc.published = *published;
  } else if (options.reference) {
    doc.published = *options.reference;
  } else {
    throw InputError({file.string(), 1, 1}, "no publication date: start the file with 'date YYYY-MM-DD' or pass --ref DATE");
  }
  return doc;
}

std::string language_of(const CorpusOptions& options, const Resources& resources) {
  return options.language.empty() ? resources.default_language() : options.language;
}

}  // namespace

void check_relative_path(const std::string& relative, const SourceLocation& where) {
  const std::filesystem::path given(relative);
  if (given.is_absolute()) throw InputError(where, "path '" + relative + "' must be relative to the manifest's folder");
  for (const auto& part : given)
    if (part == "..") throw InputError(where, "path '" + relative + "' leaves the manifest's folder");
}

Corpus open_text_folder(const std::filesystem::path& folder, const CorpusOptions& options, const Resources& resources,
                        Diagnostics& diagnostics) {
  const Env& env = resources.env();
  Corpus corpus;
  corpus.root = folder;
  corpus.name = folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();
  corpus.language = language_of(options, resources);
  std::set<std::string> ids;
  for (const auto& name : env.list_directory(folder)) {
    if (std::filesystem::path(name).extension() != ".txt") continue;
    const std::filesystem::path file = folder / name;
    if (find_invalid_utf8(name)) {  // its name becomes the document's id and path in UTF-8 outputs
      diagnostics.warning({file.string()}, "file name is not UTF-8; skipped");
      continue;
    }
    if (env.kind_confined(folder, name) != FileKind::Regular) {
      if (env.kind(file) == FileKind::Regular)
        diagnostics.warning({file.string()}, "is a symbolic link: documents must be files inside the corpus folder; skipped");
      continue;
    }
    std::string head;
    try {
      head = env.read_confined(folder, name).substr(0, 200);
    } catch (const InputError& e) {
      diagnostics.warning(e.location(), e.message() + "; skipped");
      continue;
    }
    DocumentInfo doc = describe_text(file, head, corpus.language, options);
    if (!ids.insert(doc.id).second) throw InputError({file.string()}, "two files give the document id '" + doc.id + "'");
    corpus.documents.push_back(std::move(doc));
  }
  if (corpus.documents.empty()) throw InputError({folder.string()}, "no corpus.yaml and no *.txt documents in this folder");
  return corpus;
}

}  // namespace detail

Corpus open_text_file(const std::filesystem::path& file, const CorpusOptions& options, const Resources& resources) {
  const Env& env = resources.env();
  if (env.kind(file) != FileKind::Regular) throw InputError({file.string()}, "no such file");
  Corpus corpus;
  corpus.root = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  corpus.name = file.stem().string();
  corpus.language = detail::language_of(options, resources);
  corpus.documents.push_back(detail::describe_text(file, env.read_prefix(file, 200), corpus.language, options));
  return corpus;
}

LoadedDocument read_document(const Corpus& corpus, std::size_t index, const Env& env, std::size_t max_bytes,
                             bool digest) {
  LoadedDocument loaded;
  loaded.info = corpus.documents.at(index);
  const auto path = corpus.root / loaded.info.path;
  if (corpus.texts.empty()) {
    loaded.text = env.read_confined_stamped(corpus.root, loaded.info.path, max_bytes, loaded.stamp);
  } else {
    // Held in memory: the same limit and checks as a file, so both kinds skip the same documents.
    if (corpus.texts.at(index).size() > max_bytes)
      throw InputError({path.string()}, "is larger than the limit of " + std::to_string(max_bytes) + " bytes");
    loaded.text = corpus.texts[index];
  }
  if (const auto bad = find_invalid_utf8(loaded.text)) {
    const auto [line, column] = line_column_at(loaded.text, *bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(loaded.text[*bad]));
    throw InputError({path.string(), line, column}, std::string("not valid UTF-8 (byte ") + byte + ")");
  }
  if (loaded.text.find_first_not_of(" \t\r\n") == std::string::npos) throw InputError({path.string()}, "empty document");
  if (digest) loaded.info.sha256 = sha256_hex(loaded.text);
  return loaded;
}

}  // namespace evgraph
