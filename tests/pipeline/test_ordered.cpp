// run_ordered: items made on workers, consumed in order, within the window, errors passed on.
#include <doctest/doctest.h>

#include "pipeline/ordered.hpp"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

// Item k takes a little longer when k is a multiple of 7: items finish out of order.
std::size_t slow_square(std::size_t k) {
  if (k % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
  return k * k;
}

}  // namespace

TEST_CASE("run_ordered consumes every item in order within its window, whatever the threads") {
  for (unsigned threads : {1u, 2u, 5u}) {
    for (std::size_t window : {1u, 3u, 64u}) {
      std::vector<std::size_t> seen;
      std::atomic<std::size_t> produced{0};
      std::size_t most_ahead = 0;
      evgraph::detail::run_ordered<std::size_t>(
          500, threads, window,
          [&](std::size_t k) {
            ++produced;
            return slow_square(k);
          },
          [&](std::size_t k, std::size_t&& square) {
            CHECK(square == k * k);
            seen.push_back(k);
            most_ahead = std::max(most_ahead, produced.load() - seen.size());
          });
      REQUIRE(seen.size() == 500);
      for (std::size_t k = 0; k < seen.size(); ++k) CHECK(seen[k] == k);
      CHECK(most_ahead <= std::max<std::size_t>(window, threads));
    }
  }
}

TEST_CASE("run_ordered passes a worker's exception to the caller at its item, and stops") {
  std::vector<std::size_t> seen;
  CHECK_THROWS_WITH_AS(evgraph::detail::run_ordered<std::size_t>(
                           1000, 2, 8,
                           [](std::size_t k) {
                             if (k == 40) throw std::runtime_error("item 40");
                             return slow_square(k);
                           },
                           [&](std::size_t k, std::size_t&&) { seen.push_back(k); }),
                       "item 40", std::runtime_error);
  CHECK(seen.size() == 40);
}
