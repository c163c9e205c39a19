// Running the producers of streamed outputs side by side (Env::write_streamed).
#pragma once

#include <evgraph/env.hpp>

#include "common/parallel.hpp"

#include <cstddef>
#include <future>
#include <vector>

namespace evgraph::detail {

// Calls produce(k) for every output, each on its own thread (they are few and mostly wait on each
// other's locks or on the disk); rethrows the first failure in output order once all are done.
template <typename Produce>
void produce_side_by_side(std::size_t count, Produce&& produce) {
  std::vector<std::future<void>> running;
  running.reserve(count);
  for (std::size_t k = 0; k < count; ++k) running.push_back(std::async(std::launch::async, [&produce, k] { produce(k); }));
  join_all(running);
}

}  // namespace evgraph::detail
