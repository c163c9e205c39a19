#include "pipeline/digest_table.hpp"

#include <evgraph/corpus.hpp>
#include <evgraph/error.hpp>

#include <charconv>
#include <optional>
#include <string_view>

namespace evgraph::detail {
namespace {

constexpr std::size_t kDigestLength = 64;
constexpr std::size_t kCheckLength = 16;

std::string check_of(std::string_view fields) { return sha256_hex(fields).substr(0, kCheckLength); }

// The next space-separated number of `line`, consumed with its space.
template <typename Number>
std::optional<Number> take_number(std::string_view& line) {
  Number value{};
  const auto [end, error] = std::from_chars(line.data(), line.data() + line.size(), value);
  if (error != std::errc() || end == line.data() + line.size() || *end != ' ') return std::nullopt;
  line.remove_prefix(static_cast<std::size_t>(end - line.data()) + 1);
  return value;
}

bool is_hex(std::string_view text) { return text.find_first_not_of("0123456789abcdef") == std::string_view::npos; }

// The stamp and digest of a line, or nullopt when it is damaged.
std::optional<std::pair<FileStamp, std::string>> parse_line(std::string_view line) {
  const std::size_t check_at = line.rfind(' ');
  if (check_at == std::string_view::npos || line.size() - check_at - 1 != kCheckLength ||
      check_of(line.substr(0, check_at)) != line.substr(check_at + 1))
    return std::nullopt;
  std::string_view rest = line.substr(0, check_at + 1);
  const auto device = take_number<std::uint64_t>(rest), inode = take_number<std::uint64_t>(rest),
             size = take_number<std::uint64_t>(rest);
  const auto mtime = take_number<std::int64_t>(rest), ctime = take_number<std::int64_t>(rest);
  if (!device || !inode || !size || !mtime || !ctime || rest.size() != kDigestLength + 1 ||
      !is_hex(rest.substr(0, kDigestLength)))
    return std::nullopt;
  return std::pair{FileStamp{*device, *inode, *size, *mtime, *ctime}, std::string(rest.substr(0, kDigestLength))};
}

}  // namespace

std::size_t DigestTable::StampHash::operator()(const FileStamp& stamp) const {
  std::uint64_t h = stamp.inode * 0x9E3779B97F4A7C15ull;
  for (const std::uint64_t field : {stamp.device, stamp.size, static_cast<std::uint64_t>(stamp.mtime_ns),
                                    static_cast<std::uint64_t>(stamp.ctime_ns)})
    h = (h ^ field) * 0x100000001B3ull + (h >> 29);
  return static_cast<std::size_t>(h);
}

void DigestTable::load(const std::filesystem::path& file, Diagnostics& diagnostics) {
  std::string text;
  try {
    text = disk_env().read_file(file);
  } catch (const InputError& e) {
    diagnostics.warning(e.location(), e.message() + "; ignored, its documents are read");
    return;
  }
  std::string_view rest = text;
  int line_number = 0;
  bool reported = false;
  while (!rest.empty()) {
    const std::size_t newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    ++line_number;
    auto entry = newline == std::string_view::npos ? std::nullopt : parse_line(line);  // a cut last line is damaged
    if (entry) {
      m_digests.insert_or_assign(entry->first, std::move(entry->second));
    } else if (!reported) {
      reported = true;
      diagnostics.warning({file.string(), line_number}, "damaged digest entry; its document is read again");
    }
  }
}

const std::string* DigestTable::find(const FileStamp& stamp) const {
  const auto it = m_digests.find(stamp);
  return it == m_digests.end() ? nullptr : &it->second;
}

std::string DigestTable::line_of(const FileStamp& stamp, const std::string& sha256, std::int64_t settled_before) {
  if (stamp.ctime_ns >= settled_before || sha256.size() != kDigestLength) return {};
  std::string line = std::to_string(stamp.device) + ' ' + std::to_string(stamp.inode) + ' ' +
                     std::to_string(stamp.size) + ' ' + std::to_string(stamp.mtime_ns) + ' ' +
                     std::to_string(stamp.ctime_ns) + ' ' + sha256;
  line += ' ' + check_of(line) + '\n';
  return line;
}

}  // namespace evgraph::detail
