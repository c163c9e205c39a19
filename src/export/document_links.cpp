#include <evgraph/links.hpp>

#include <cctype>

namespace evgraph {
namespace {

// Every byte `keep` refuses, percent-encoded.
template <typename Keep>
std::string percent_encode(std::string_view text, Keep keep) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (keep(c, byte)) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    }
  }
  return out;
}

// RFC 3986 unreserved characters and the path separators stay; every other byte (spaces,
// quotes, < >, %, non-ASCII) is percent-encoded so the href is one valid URI reference.
std::string escape_path(const std::string& path) {
  return percent_encode(path, [](char c, unsigned char byte) {
    return std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
  });
}

// A web address as a link: printable ASCII is kept (the address is the user's), anything else
// percent-encoded so that the result is one token in every format.
std::string escape_url(std::string_view url) {
  return percent_encode(url, [](char c, unsigned char byte) {
    return byte > 0x20 && byte < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '`';
  });
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

void drop_unsafe_urls(std::vector<DocumentInfo>& documents, const std::string& file, Diagnostics& diagnostics) {
  for (DocumentInfo& doc : documents) {
    if (doc.url.empty() || is_web_url(doc.url)) continue;
    diagnostics.warning({file}, "document '" + doc.id + "': url '" + escape_url(doc.url.substr(0, 80)) +
                                    "' is not an http or https address; no link is written");
    doc.url.clear();
  }
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
