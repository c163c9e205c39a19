// Running work on the machine's cores and waiting for it: the futures of a batch are all waited
// for before the first failure, in task order, is rethrown.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <future>
#include <thread>
#include <vector>

namespace evgraph::detail {

// Waits for every task; then rethrows `first` if set, else the first failure in task order.
inline void join_all(std::vector<std::future<void>>& running, std::exception_ptr first = nullptr) {
  for (auto& task : running) {
    try {
      task.get();
    } catch (...) {
      if (!first) first = std::current_exception();
    }
  }
  if (first) std::rethrow_exception(first);
}

// Calls work(k) for every k below count, on as many threads as there are cores, each taking the
// next k when done with one: the calls may vary a lot in size. Rethrows the first failure; after
// one, the calls not yet started are skipped.
template <typename Work>
void for_each_index(std::size_t count, Work&& work) {
  std::atomic<std::size_t> next{0};
  auto take = [&] {
    for (std::size_t k; (k = next++) < count;) work(k);
  };
  const std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), count);
  std::vector<std::future<void>> running;
  for (std::size_t t = 1; t < threads; ++t) running.push_back(std::async(std::launch::async, take));
  std::exception_ptr failure;
  try {
    take();
  } catch (...) {
    failure = std::current_exception();
    next = count;
  }
  join_all(running, failure);
}

}  // namespace evgraph::detail
