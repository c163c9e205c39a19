#include <evgraph/text.hpp>

#include "corpus/paths.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace evgraph {
namespace detail {
namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError({path.string()}, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

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

}  // namespace

std::filesystem::path confined_path(const std::filesystem::path& root, const std::string& relative,
                                    const SourceLocation& where) {
  const std::filesystem::path given(relative);
  if (given.is_absolute()) throw InputError(where, "path '" + relative + "' must be relative to the manifest's folder");
  std::error_code error;
  const auto base = std::filesystem::weakly_canonical(root, error);
  const auto target = std::filesystem::weakly_canonical(root / given, error);
  const auto inside = std::filesystem::relative(target, base, error);
  if (error || inside.empty() || *inside.begin() == "..")
    throw InputError(where, "path '" + relative + "' leaves the manifest's folder");
  if (!std::filesystem::is_regular_file(target, error))
    throw InputError(where, "no such file '" + relative + "' (looked in " + base.string() + ")");
  return target;
}

DocumentInfo describe_text_file(const std::filesystem::path& file, const std::string& language,
                                const CorpusOptions& options) {
  static const RE2 dateline(R"(^\s*date\s+(\d{4}-\d{2}-\d{2}))");
  DocumentInfo doc;
  doc.id = id_from_file_name(file);
  doc.path = file.filename().string();
  doc.lang = language;
  const std::string head = slurp(file).substr(0, 200);
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

Corpus open_text_folder(const std::filesystem::path& folder, const CorpusOptions& options) {
  Corpus corpus;
  corpus.root = folder;
  corpus.name = folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();
  corpus.language = options.language.empty() ? "fr" : options.language;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) throw InputError({folder.string()}, "no corpus.yaml and no *.txt documents in this folder");
  std::set<std::string> ids;
  for (const auto& file : files) {
    DocumentInfo doc = describe_text_file(file, corpus.language, options);
    if (!ids.insert(doc.id).second) throw InputError({file.string()}, "two files give the document id '" + doc.id + "'");
    corpus.documents.push_back(std::move(doc));
  }
  return corpus;
}

}  // namespace detail

Corpus open_text_file(const std::filesystem::path& file, const CorpusOptions& options) {
  if (!std::filesystem::is_regular_file(file)) throw InputError({file.string()}, "no such file");
  Corpus corpus;
  corpus.root = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  corpus.name = file.stem().string();
  corpus.language = options.language.empty() ? "fr" : options.language;
  corpus.documents.push_back(detail::describe_text_file(file, corpus.language, options));
  return corpus;
}

LoadedDocument read_document(const Corpus& corpus, std::size_t index) {
  LoadedDocument loaded;
  loaded.info = corpus.documents.at(index);
  const auto path = corpus.root / loaded.info.path;
  loaded.text = detail::slurp(path);
  if (const auto bad = find_invalid_utf8(loaded.text)) {
    const auto [line, column] = line_column_at(loaded.text, *bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(loaded.text[*bad]));
    throw InputError({path.string(), line, column}, std::string("not valid UTF-8 (byte ") + byte + ")");
  }
  loaded.info.sha256 = sha256_hex(loaded.text);
  return loaded;
}

}  // namespace evgraph
