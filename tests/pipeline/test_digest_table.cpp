// The cache's table of document digests by file stamp (issue 13: rebuilds skip unchanged files).
#include <doctest/doctest.h>

#include <evgraph/corpus.hpp>

#include "pipeline/digest_table.hpp"
#include "test_support.hpp"

using namespace evgraph;

namespace {

const std::string kDigest = sha256_hex("some text");

FileStamp stamp(std::int64_t ctime_ns) { return FileStamp{2049, 1234567, 9, 1700000000123456789, ctime_ns}; }

}  // namespace

TEST_CASE("issue 13: a digest table gives back the digest recorded for exactly the same stamp") {
  test::TempDir dir;
  const auto file = dir.path() / "digests-x.tsv";
  const std::string line = detail::DigestTable::line_of(stamp(1000), kDigest, 2000);
  REQUIRE(!line.empty());
  test::write_file(file, line);
  detail::DigestTable table;
  Diagnostics diagnostics;
  table.load(file, diagnostics);
  CHECK(diagnostics.warnings().empty());
  REQUIRE(table.find(stamp(1000)));
  CHECK(*table.find(stamp(1000)) == kDigest);
  CHECK_FALSE(table.find(stamp(1001)));  // the change time moved: the file is read again
  FileStamp other_size = stamp(1000);
  other_size.size = 10;
  CHECK_FALSE(table.find(other_size));
  FileStamp other_file = stamp(1000);
  other_file.inode = 7654321;
  CHECK_FALSE(table.find(other_file));
}

TEST_CASE("issue 13: a file changed since the build began keeps no digest (git's racily clean entries)") {
  CHECK(detail::DigestTable::line_of(stamp(2000), kDigest, 2000).empty());
  CHECK(detail::DigestTable::line_of(stamp(2001), kDigest, 2000).empty());
  CHECK_FALSE(detail::DigestTable::line_of(stamp(1999), kDigest, 2000).empty());
}

TEST_CASE("issue 13: a damaged digest line is a warning and is not used") {
  test::TempDir dir;
  const auto file = dir.path() / "digests-x.tsv";
  std::string good = detail::DigestTable::line_of(stamp(1000), kDigest, 2000);
  std::string flipped = detail::DigestTable::line_of(stamp(1500), kDigest, 2000);
  flipped[flipped.find(kDigest) + 3] ^= 1;  // another digest under the old check
  const std::string cut = detail::DigestTable::line_of(stamp(1700), kDigest, 2000);
  test::write_file(file, good + flipped + "not a line\n" + cut.substr(0, cut.size() - 1));
  detail::DigestTable table;
  Diagnostics diagnostics;
  table.load(file, diagnostics);
  CHECK(table.find(stamp(1000)));
  CHECK_FALSE(table.find(stamp(1500)));
  CHECK_FALSE(table.find(stamp(1700)));  // a last line without its newline was cut short
  REQUIRE(diagnostics.warnings().size() == 1);
  CHECK(diagnostics.warnings().front().to_string().find("digests-x.tsv:2") != std::string::npos);
  CHECK(diagnostics.warnings().front().to_string().find("damaged digest entry") != std::string::npos);
}
