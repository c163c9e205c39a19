#include <evgraph/links.hpp>

#include <cctype>

namespace evgraph {
namespace {

// RFC 3986 unreserved characters and the path separators stay; every other byte (spaces,
// quotes, < >, %, non-ASCII) is percent-encoded so the href is one valid URI reference.
std::string escape_path(const std::string& path) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    }
  }
  return out;
}

// A web address as a link: printable ASCII is kept (the address is the user's), anything else
// percent-encoded so that the result is one token in every format.
std::string escape_url(std::string_view url) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '`') {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    }
  }
  return out;
}

std::filesystem::path absolute_lexical(const std::filesystem::path& path) {
  return std::filesystem::absolute(path).lexically_normal();
}

}  // namespace

bool is_web_url(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() <= prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

DocumentLinks document_links(const CorpusInfo& corpus, const Env& env, const std::filesystem::path& corpus_root,
                             const std::filesystem::path& output_dir) {
  DocumentLinks links;
  const std::filesystem::path from = absolute_lexical(output_dir.empty() ? "." : output_dir);
  for (const DocumentInfo& doc : corpus.documents) {
    if (is_web_url(doc.url)) {
      links[doc.id] = escape_url(doc.url);
      continue;
    }
    if (corpus_root.empty() || doc.path.empty()) continue;
    if (env.kind_confined(corpus_root, doc.path) != FileKind::Regular) continue;
    const std::filesystem::path relative = absolute_lexical(corpus_root / doc.path).lexically_relative(from);
    if (!relative.empty()) links[doc.id] = escape_path(relative.generic_string());
  }
  return links;
}

std::string document_href(const DocumentInfo& doc, const DocumentLinks* links) {
  if (links) {
    auto it = links->find(doc.id);
    return it == links->end() ? std::string() : it->second;
  }
  return is_web_url(doc.url) ? escape_url(doc.url) : std::string();
}

}  // namespace evgraph
