#include <evgraph/pipeline.hpp>

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace evgraph {

void for_each_document(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(count, 1)));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex mutex;
  std::size_t failed_index = count;
  std::exception_ptr failure;
  auto worker = [&] {
    for (std::size_t index = next++; index < count && !failed; index = next++) {
      try {
        work(index);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        // Report the error of the first document in corpus order, whatever the scheduling.
        if (index < failed_index) failed_index = index, failure = std::current_exception();
        failed = true;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace evgraph
