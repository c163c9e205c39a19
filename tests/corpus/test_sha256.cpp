// sha256_hex keeps one OpenSSL context per thread: the same digests from any thread, any length.
#include <doctest/doctest.h>

#include <evgraph/corpus.hpp>

#include <string>
#include <thread>
#include <vector>

TEST_CASE("sha256_hex gives the standard digests, from several threads at once") {
  const std::string million(1000000, 'a');  // FIPS 180-2's long test vector
  auto check = [&](bool& ok) {
    ok = true;
    for (int k = 0; k < 50; ++k) {
      ok = ok && evgraph::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
      ok = ok && evgraph::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    }
    ok = ok && evgraph::sha256_hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  };
  bool first = false, second = false;
  std::thread other(check, std::ref(second));
  check(first);
  other.join();
  CHECK(first);
  CHECK(second);
}
