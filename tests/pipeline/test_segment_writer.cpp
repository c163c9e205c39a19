// Issue 13: a rebuild appends its new cache lines to the corpus's segment instead of rewriting it,
// and compacts the segment once unused lines make half of it or it is damaged.
#include <doctest/doctest.h>

#include "pipeline/segment_writer.hpp"
#include "test_support.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace evgraph;
namespace fs = std::filesystem;

namespace {

ino_t inode_of(const fs::path& file) {
  struct stat info {};
  REQUIRE(::stat(file.c_str(), &info) == 0);
  return info.st_ino;
}

// A segment holding `lines`, and a descriptor of it as the cache would hold.
struct OldSegment {
  OldSegment(const fs::path& file, const std::string& lines) : path(file) {
    test::write_file(file, lines);
    fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
  }
  ~OldSegment() { ::close(fd); }
  fs::path path;
  int fd = -1;
};

const std::string kA = "line a\n", kB = "line bb\n", kC = "line ccc\n", kD = "line dddd\n";

}  // namespace

TEST_CASE("issue 13: a first build writes the whole segment through a temporary, nothing without commit") {
  test::TempDir dir;
  const fs::path segment = dir.path() / "parts-x.jsonl", temporary = dir.path() / "parts-x.jsonl.tmp";
  {
    detail::SegmentWriter writer(segment, temporary, -1);
    writer.add(kA);
    CHECK(fs::exists(temporary));
  }
  CHECK_FALSE(fs::exists(temporary));
  CHECK_FALSE(fs::exists(segment));
  detail::SegmentWriter writer(segment, temporary, -1);
  writer.add(kA);
  writer.add(kB);
  writer.commit(false);
  CHECK(test::read_file(segment) == kA + kB);
  CHECK_FALSE(fs::exists(temporary));
}

TEST_CASE("issue 13: a rebuild appends only its new lines to the segment it reuses") {
  test::TempDir dir;
  const OldSegment old(dir.path() / "parts-x.jsonl", kA + kB + kC);
  const ino_t before = inode_of(old.path);
  detail::SegmentWriter writer(old.path, dir.path() / "tmp", old.fd);
  writer.keep_old(0, kA.size());
  writer.add(kD);
  writer.keep_old(kA.size() + kB.size(), kC.size());
  writer.commit(false);
  CHECK(test::read_file(old.path) == kA + kB + kC + kD);
  CHECK(inode_of(old.path) == before);
}

TEST_CASE("issue 13: a segment mostly unused, or damaged, is compacted in corpus order") {
  test::TempDir dir;
  SUBCASE("unused lines past half of it") {
    const OldSegment old(dir.path() / "parts-x.jsonl", kA + kB + kC + kD);
    const ino_t before = inode_of(old.path);
    detail::SegmentWriter writer(old.path, dir.path() / "tmp", old.fd);
    writer.add(kB);
    writer.keep_old(0, kA.size());
    writer.commit(false);
    CHECK(test::read_file(old.path) == kB + kA);
    CHECK(inode_of(old.path) != before);
  }
  SUBCASE("damaged") {
    const OldSegment old(dir.path() / "parts-x.jsonl", kA + kB);
    detail::SegmentWriter writer(old.path, dir.path() / "tmp", old.fd);
    writer.keep_old(kA.size(), kB.size());
    writer.add(kC);
    writer.keep_old(0, kA.size());
    writer.commit(true);
    CHECK(test::read_file(old.path) == kB + kC + kA);
  }
  CHECK_FALSE(fs::exists(dir.path() / "tmp"));
}

TEST_CASE("issue 13: a segment replaced by another build since it was read is written whole") {
  test::TempDir dir;
  const OldSegment old(dir.path() / "parts-x.jsonl", kA + kB);
  test::write_file(dir.path() / "other", kC);
  fs::rename(dir.path() / "other", old.path);  // another build's commit
  detail::SegmentWriter writer(old.path, dir.path() / "tmp", old.fd);
  writer.keep_old(kA.size(), kB.size());  // read from the segment this build indexed
  writer.add(kD);
  writer.commit(false);
  CHECK(test::read_file(old.path) == kB + kD);
}
