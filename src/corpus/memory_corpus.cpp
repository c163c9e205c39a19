#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>

#include <algorithm>
#include <set>

namespace evgraph {
namespace {

// The manifest schema's id pattern, [a-z0-9._-]+: ids become file names and URL fragments.
bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

std::string checked_language(const std::string& code, const SourceLocation& where, const Resources& resources) {
  const auto& known = resources.languages();
  if (std::find(known.begin(), known.end(), code) != known.end()) return code;
  std::string list;
  for (const auto& language : known) list += (list.empty() ? "" : ", ") + language;
  throw InputError(where, "no language pack for '" + code + "' (available: " + list + ")");
}

}  // namespace

Corpus memory_corpus(const std::string& name, const std::string& language, std::vector<MemoryDocument> documents,
                     const Resources& resources) {
  Corpus corpus;
  corpus.name = name;
  corpus.language = language.empty() ? resources.default_language()
                                     : checked_language(language, {"language"}, resources);
  std::set<std::string> ids;
  for (std::size_t k = 0; k < documents.size(); ++k) {
    MemoryDocument& given = documents[k];
    const SourceLocation where{"documents[" + std::to_string(k) + "]"};
    if (!valid_id(given.id)) throw InputError(where, "id '" + given.id + "' must match [a-z0-9._-]+");
    if (!ids.insert(given.id).second) throw InputError(where, "duplicate document id '" + given.id + "'");
    const auto published = parse_iso_date(given.published);
    if (!published) throw InputError(where, "published: '" + given.published + "' is not a calendar date (YYYY-MM-DD)");
    DocumentInfo info;
    info.id = given.id;
    info.path = given.path.empty() ? given.id : given.path;
    info.published = *published;
    info.lang = given.lang.empty() ? corpus.language : checked_language(given.lang, where, resources);
    info.title = std::move(given.title);
    info.source = std::move(given.source);
    info.url = std::move(given.url);
    corpus.documents.push_back(std::move(info));
    corpus.texts.push_back(std::move(given.text));
  }
  return corpus;
}

}  // namespace evgraph
