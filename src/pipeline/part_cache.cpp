#include "pipeline/part_cache.hpp"

#include <evgraph/calendar.hpp>
#include <evgraph/error.hpp>

#include "merge/cached_parts.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace evgraph::detail {
namespace {

constexpr std::string_view kKeyPrefix = "{\"key\":\"";
constexpr std::string_view kCheckPrefix = "\",\"check\":\"";
constexpr std::string_view kPartPrefix = "\",\"part\":";
constexpr std::size_t kHashLength = 64;
constexpr std::size_t kPartOffset = kKeyPrefix.size() + kHashLength + kCheckPrefix.size() + kHashLength + kPartPrefix.size();

// What every analysis depends on besides its document: evgraph's version and code, the rule
// data, the lexicons.
std::string fingerprint_of(const Resources& resources, const std::vector<std::string>& rules) {
  std::string all = std::string("evgraph ") + EVGRAPH_VERSION + " " + detail::source_fingerprint() + "\n";
  for (const std::string& relative : resources.data().list("data/"))
    all += relative + " " + sha256_hex(resources.data().read(relative)) + "\n";
  for (const std::string& text : rules) all += "rules " + sha256_hex(text) + "\n";
  return sha256_hex(all);
}

// "parts-<hash>.jsonl" for `prefix` "parts-" and `extension` ".jsonl".
std::string segment_name(const Corpus& corpus, const char* prefix, const char* extension) {
  const std::string identity = std::filesystem::absolute(corpus.manifest.empty() ? corpus.root : corpus.manifest).string();
  return prefix + sha256_hex(identity).substr(0, 16) + extension;
}

}  // namespace

PartCache::PartCache(std::filesystem::path folder, const Resources& resources, const std::vector<std::string>& rules,
                     const Lexicon& lexicon)
    : m_folder(std::move(folder)), m_lexicon(lexicon), m_fingerprint(fingerprint_of(resources, rules)) {}

PartCache::~PartCache() {
  m_writer.reset();  // removes its temporary when not committed
  for (int fd : m_segment_fds) ::close(fd);
  if (m_digest_out >= 0) ::close(m_digest_out);
  if (!m_committed) {
    std::error_code ignored;
    std::filesystem::remove(m_digest_temporary, ignored);
    for (const auto& folder : m_created) std::filesystem::remove(folder, ignored);  // only if empty
  }
}

void PartCache::open(const Corpus& corpus, Diagnostics& diagnostics) {
  std::error_code error;
  // Folders made here are removed again if the build fails: a failed run leaves nothing behind.
  for (auto folder = std::filesystem::absolute(m_folder); !std::filesystem::exists(folder, error);
       folder = folder.parent_path())
    m_created.push_back(folder);
  std::filesystem::create_directories(m_folder, error);
  if (error) throw Error("cannot create the cache folder " + m_folder.string() + ": " + error.message());
  const std::filesystem::path own = m_folder / segment_name(corpus, "parts-", ".jsonl");
  std::vector<std::filesystem::path> segments, tables;
  for (const auto& entry : std::filesystem::directory_iterator(m_folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("parts-", 0) == 0 && entry.path().extension() == ".jsonl") segments.push_back(entry.path());
    if (name.rfind("digests-", 0) == 0 && entry.path().extension() == ".tsv") tables.push_back(entry.path());
  }
  std::sort(segments.begin(), segments.end());
  for (const auto& segment : segments) {
    const bool whole = index_segment(segment, diagnostics);
    if (segment == own && !m_segment_names.empty() && m_segment_names.back() == segment.string()) {
      m_own = m_segment_names.size() - 1;
      m_own_damaged = !whole;
    }
  }
  std::sort(tables.begin(), tables.end());
  for (const auto& table : tables) m_digests.load(table, diagnostics);

  const std::string suffix = ".tmp-" + std::to_string(::getpid());
  m_digest_file = m_folder / segment_name(corpus, "digests-", ".tsv");
  m_digest_temporary = m_folder / (m_digest_file.filename().string() + suffix);
  m_digest_out = ::open(m_digest_temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (m_digest_out < 0) fail_cache_io(m_digest_temporary, "write");
  // The file system's clock now, as it stamps files (DigestTable::line_of).
  struct stat created {};
  if (::fstat(m_digest_out, &created) != 0) fail_cache_io(m_digest_temporary, "write");
  m_settled_before = static_cast<std::int64_t>(created.st_ctim.tv_sec) * 1000000000 + created.st_ctim.tv_nsec;
  m_writer.emplace(own, m_folder / (own.filename().string() + suffix), m_own ? m_segment_fds[*m_own] : -1);
}

// Reads a segment's lines for their keys; the parts themselves are read on a hit.
bool PartCache::index_segment(const std::filesystem::path& file, Diagnostics& diagnostics) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    diagnostics.warning({file.string()}, std::string("cache segment unreadable (") + std::strerror(errno) + "); ignored");
    return false;
  }
  const std::size_t segment = m_segment_fds.size();
  m_segment_fds.push_back(fd);
  m_segment_names.push_back(file.string());
  std::string pending;
  std::uint64_t pending_offset = 0, offset = 0;
  std::size_t line_number = 0, damaged = 0;
  char buffer[1 << 16];
  auto take_line = [&](std::string_view line, std::uint64_t at) {
    ++line_number;
    const bool well_formed = line.size() > kPartOffset + 1 && line.substr(0, kKeyPrefix.size()) == kKeyPrefix &&
                             line.substr(kKeyPrefix.size() + kHashLength, kCheckPrefix.size()) == kCheckPrefix &&
                             line.substr(kPartOffset - kPartPrefix.size(), kPartPrefix.size()) == kPartPrefix &&
                             line.back() == '}';
    if (!well_formed) {
      if (damaged++ == 0)
        diagnostics.warning({file.string(), static_cast<int>(line_number)}, "damaged cache entry; its document is analysed again");
      return;
    }
    Entry entry{segment, at + kPartOffset, line.size() - kPartOffset - 1,
                std::string(line.substr(kKeyPrefix.size() + kHashLength + kCheckPrefix.size(), kHashLength))};
    m_index.insert_or_assign(std::string(line.substr(kKeyPrefix.size(), kHashLength)), std::move(entry));
  };
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    std::string_view chunk(buffer, static_cast<std::size_t>(n));
    while (!chunk.empty()) {
      const std::size_t newline = chunk.find('\n');
      if (newline == std::string_view::npos) {
        if (pending.empty()) pending_offset = offset;
        pending.append(chunk);
        offset += chunk.size();
        break;
      }
      if (pending.empty()) {
        take_line(chunk.substr(0, newline), offset);
      } else {
        pending.append(chunk.substr(0, newline));
        take_line(pending, pending_offset);
        pending.clear();
      }
      offset += newline + 1;
      chunk.remove_prefix(newline + 1);
    }
  }
  if (!pending.empty()) {  // a last line cut short: damaged, and no line may be appended to it
    take_line(pending, pending_offset);
    ++damaged;
  }
  return damaged == 0;
}

std::string PartCache::key(const DocumentInfo& document) const {
  return sha256_hex(m_fingerprint + "\n" + document.id + "\n" + document.path + "\n" + to_iso(document.published) +
                    "\n" + document.lang + "\n" + document.title + "\n" + document.source + "\n" + document.url + "\n" +
                    document.sha256);
}

std::string PartCache::text_of(const DocumentPart& part) { return part_to_cache_json(part); }

std::string PartCache::check_of(const std::string& part_json) { return sha256_hex(part_json); }

std::optional<PartCache::Hit> PartCache::find(const std::string& key, const DocumentInfo& document, const Corpus& corpus,
                                              std::size_t position, Diagnostics& diagnostics) const {
  const auto it = m_index.find(key);
  if (it == m_index.end()) return std::nullopt;
  const Entry& entry = it->second;
  std::string text(entry.length, '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::pread(m_segment_fds[entry.segment], text.data() + done, text.size() - done,
                              static_cast<off_t>(entry.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const std::string& segment = m_segment_names[entry.segment];
  const bool own = m_own && entry.segment == *m_own;
  // A damaged entry of this corpus's segment has the segment compacted at commit(): the damage
  // goes with it.
  auto failed = [&] {
    if (own) m_own_entry_failed = true;
    return std::nullopt;
  };
  if (done != text.size() || check_of(text) != entry.check) {
    diagnostics.warning({segment}, "damaged cache entry (check failed); its document is analysed again");
    return failed();
  }
  try {
    DocumentPart part = part_from_cache_json(text, m_lexicon, segment, 0);
    if (part.document.id != document.id || part.document.sha256 != document.sha256) {
      diagnostics.warning({segment}, "cache entry of another document under the key of '" + document.id +
                                         "'; its document is analysed again");
      return failed();
    }
    part.corpus = corpus.name;
    part.corpus_version = corpus.version;
    part.corpus_language = corpus.language;
    part.position = position;
    ++m_hits;
    return Hit{std::move(part), own ? std::string() : std::move(text), entry.check, own};
  } catch (const InputError& e) {
    diagnostics.warning(e.location(), e.message() + "; cache entry ignored, its document is analysed again");
    return failed();
  }
}

void PartCache::keep(const std::string& key, const std::string& check, const std::string& part_json, bool in_place,
                     const std::optional<FileStamp>& stamp, const std::string& sha256) {
  if (stamp) m_digest_lines += DigestTable::line_of(*stamp, sha256, m_settled_before);
  if (in_place) {
    const Entry& entry = m_index.at(key);
    m_writer->keep_old(entry.offset - kPartOffset, kPartOffset + entry.length + 2);  // with "}\n"
    return;
  }
  m_line.assign(kKeyPrefix).append(key).append(kCheckPrefix).append(check).append(kPartPrefix);
  m_line.append(part_json).append("}\n");
  m_writer->add(m_line);
}

void PartCache::commit() {
  // The digest table first: it holds facts about files, true whichever segment is in place.
  write_digest_table();
  m_writer->commit(m_own_damaged || m_own_entry_failed);
  m_committed = true;
}

void PartCache::write_digest_table() {
  write_all(m_digest_out, m_digest_lines, m_digest_temporary);
  m_digest_lines.clear();
  const int fd = m_digest_out;
  m_digest_out = -1;
  if (::close(fd) != 0) fail_cache_io(m_digest_temporary, "write");
  if (::rename(m_digest_temporary.c_str(), m_digest_file.c_str()) != 0) fail_cache_io(m_digest_file, "replace");
}

}  // namespace evgraph::detail
