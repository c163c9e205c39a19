#include <doctest/doctest.h>

#include <evgraph/env.hpp>
#include <evgraph/error.hpp>

#include "test_support.hpp"

#include <sys/stat.h>

using namespace evgraph;

namespace {

std::size_t entries_in(const std::filesystem::path& folder) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
  return count;
}

}  // namespace

TEST_CASE("outputs are written into the folder all together, leaving no temporary behind") {
  test::TempDir dir;
  const auto out = dir.path() / "out";
  disk_env().write_files(out, {{"a.txt", "one"}, {"b.txt", "two"}});
  disk_env().write_files(out, {{"a.txt", "three"}, {"b.txt", "four"}});
  CHECK(test::read_file(out / "a.txt") == "three");
  CHECK(test::read_file(out / "b.txt") == "four");
  CHECK(entries_in(out) == 2);
}

TEST_CASE("a failed write leaves the earlier outputs exactly as they were") {
  test::TempDir dir;
  const auto out = dir.path() / "out";
  disk_env().write_files(out, {{"a.txt", "old a"}, {"b.txt", "old b"}});
  // A folder where an output must go cannot be replaced: the write fails after the first file.
  std::filesystem::create_directories(out / "c.txt");
  CHECK_THROWS_AS(disk_env().write_files(out, {{"a.txt", "new a"}, {"b.txt", "new b"}, {"c.txt", "new c"}}), Error);
  CHECK(test::read_file(out / "a.txt") == "old a");
  CHECK(test::read_file(out / "b.txt") == "old b");
  CHECK(entries_in(out) == 3);

  MemoryEnv memory;
  memory.write_files("o", {{"a.txt", "old"}});
  memory.fail_writes_after(1);
  CHECK_THROWS_AS(memory.write_files("o", {{"a.txt", "new"}, {"b.txt", "new"}}), Error);
  CHECK(memory.files().at("o/a.txt") == "old");
  CHECK(memory.files().count("o/b.txt") == 0);
}

TEST_CASE("a temporary folder left by a killed run is removed by the next one") {
  test::TempDir dir;
  const auto stale = dir.path() / ".evgraph-tmp-999999999-abcdef";
  test::write_file(stale / "graph.json", "half");
  disk_env().write_files(dir.path(), {{"graph.json", "whole"}});
  CHECK(!std::filesystem::exists(stale));
  CHECK(test::read_file(dir.path() / "graph.json") == "whole");
}

TEST_CASE("an unwritable folder is reported with its real cause") {
  if (::geteuid() == 0) {
    // root writes anywhere: a path through a regular file fails for every user instead.
    test::TempDir dir;
    test::write_file(dir.path() / "file", "x");
    try {
      disk_env().write_files(dir.path() / "file" / "out", {{"a", "b"}});
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find("Not a directory") != std::string::npos);
    }
    return;
  }
  test::TempDir dir;
  ::chmod(dir.path().c_str(), 0500);
  try {
    disk_env().write_files(dir.path(), {{"a", "b"}});
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("Permission denied") != std::string::npos);
  }
  ::chmod(dir.path().c_str(), 0700);
}

TEST_CASE("confined reads refuse absolute paths, .. and symbolic links") {
  test::TempDir dir;
  test::TempDir outside;
  test::write_file(dir.path() / "in" / "a.txt", "inside");
  test::write_file(outside.path() / "s.txt", "secret");
  std::filesystem::create_symlink(outside.path() / "s.txt", dir.path() / "in" / "link.txt");
  CHECK(disk_env().read_confined(dir.path(), "in/a.txt") == "inside");
  CHECK_THROWS_AS(disk_env().read_confined(dir.path(), "in/link.txt"), InputError);
  CHECK_THROWS_AS(disk_env().read_confined(dir.path(), "../x"), InputError);
  CHECK_THROWS_AS(disk_env().read_confined(dir.path(), (outside.path() / "s.txt").string()), InputError);
  CHECK(disk_env().kind_confined(dir.path(), "in/link.txt") == FileKind::Other);
  CHECK(disk_env().kind_confined(dir.path(), "in/a.txt") == FileKind::Regular);
  CHECK_THROWS_AS(disk_env().read_file(dir.path() / "in" / "a.txt", 3), InputError);
}

TEST_CASE("issue 13: a file's stamp is given only where a confined read would open it, and matches that read's") {
  test::TempDir dir;
  test::TempDir outside;
  test::write_file(dir.path() / "in" / "a.txt", "inside");
  test::write_file(outside.path() / "s.txt", "secret");
  std::filesystem::create_symlink(outside.path() / "s.txt", dir.path() / "in" / "link.txt");
  std::filesystem::create_directory_symlink(outside.path(), dir.path() / "out");
  std::optional<FileStamp> read_stamp;
  CHECK(disk_env().read_confined_stamped(dir.path(), "in/a.txt", 100, read_stamp) == "inside");
  REQUIRE(read_stamp);
  const auto stamp = disk_env().stamp_confined(dir.path(), "in/a.txt");
  REQUIRE(stamp);
  CHECK(*stamp == *read_stamp);
  CHECK(stamp->size == 6);
  struct stat info {};
  REQUIRE(::stat((dir.path() / "in" / "a.txt").c_str(), &info) == 0);
  CHECK(stamp->inode == static_cast<std::uint64_t>(info.st_ino));
  CHECK(stamp->ctime_ns == static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec);
  // Whatever read_confined refuses has no stamp, so it is read and refused as before.
  CHECK_FALSE(disk_env().stamp_confined(dir.path(), "in/link.txt"));
  CHECK_FALSE(disk_env().stamp_confined(dir.path(), "out/s.txt"));
  CHECK_FALSE(disk_env().stamp_confined(dir.path(), "../x"));
  CHECK_FALSE(disk_env().stamp_confined(dir.path(), (outside.path() / "s.txt").string()));
  CHECK_FALSE(disk_env().stamp_confined(dir.path(), "in"));
  CHECK_FALSE(disk_env().stamp_confined(dir.path(), "in/missing.txt"));
  // The memory Env knows no stamps: its documents are always read.
  MemoryEnv memory;
  memory.add_file("root/a.txt", "x");
  CHECK_FALSE(memory.stamp_confined("root", "a.txt"));
  CHECK(memory.read_confined_stamped("root", "a.txt", 10, read_stamp) == "x");
  CHECK_FALSE(read_stamp);
}

TEST_CASE("the memory Env lists, reads and reports kinds like the disk") {
  MemoryEnv env;
  env.add_file("root/data/lang/de/language.yaml", "x");
  env.add_file("root/data/lang/de/time.yaml", "y");
  CHECK(env.kind("root/data/lang") == FileKind::Directory);
  CHECK(env.kind("root/data/lang/de/time.yaml") == FileKind::Regular);
  CHECK(env.kind("root/nothing") == FileKind::Missing);
  CHECK(env.list_directory("root/data/lang/de") == std::vector<std::string>{"language.yaml", "time.yaml"});
  CHECK(env.read_confined("root", "data/lang/de/time.yaml") == "y");
  CHECK_THROWS_AS(env.read_confined("root", "../etc"), InputError);
}

TEST_CASE("streamed outputs: written piece by piece, all or nothing when a producer fails") {
  test::TempDir dir;
  const auto out = dir.path() / "out";
  auto pieces = [](std::vector<std::string> parts) {
    return [parts](const StreamedOutput::Write& write) {
      for (const auto& part : parts) write(part);
    };
  };
  const std::string big(3 << 20, 'x');  // past the disk writer's buffer
  disk_env().write_streamed(out, {{"a.txt", pieces({"o", "ne"})}, {"b.txt", pieces({big, "!", big})}});
  CHECK(test::read_file(out / "a.txt") == "one");
  CHECK(test::read_file(out / "b.txt") == big + "!" + big);

  auto failing = [](const StreamedOutput::Write& write) {
    write("half");
    throw Error("drawing failed");
  };
  CHECK_THROWS_WITH_AS(disk_env().write_streamed(out, {{"a.txt", pieces({"new"})}, {"b.txt", failing}}),
                       "drawing failed", Error);
  CHECK(test::read_file(out / "a.txt") == "one");
  CHECK(test::read_file(out / "b.txt") == big + "!" + big);
  CHECK(entries_in(out) == 2);

  // Envs without a streaming writer of their own gather the pieces and write the files.
  MemoryEnv memory;
  memory.write_streamed("o", {{"a.txt", pieces({"t", "wo"})}});
  CHECK(memory.files().at("o/a.txt") == "two");
  memory.fail_writes_after(0);
  CHECK_THROWS_AS(memory.write_streamed("o", {{"a.txt", pieces({"three"})}}), Error);
  CHECK(memory.files().at("o/a.txt") == "two");
}
