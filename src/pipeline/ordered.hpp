// Work items produced in parallel and consumed in order: the shape of a streaming build.
// Workers produce item k while the calling thread consumes items in increasing k; a worker waits
// when it would run more than `window` items ahead of the consumer, so memory holds at most
// `window` results whatever the corpus size.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace evgraph::detail {

template <typename Result, typename Produce, typename Consume>
void run_ordered(std::size_t count, unsigned threads, std::size_t window, Produce produce, Consume consume) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(count, 1)));
  window = std::max<std::size_t>(window, threads);

  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool ready = false;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable produced, consumed;
  std::size_t next_to_produce = 0, next_to_consume = 0;
  bool stop = false;

  auto worker = [&] {
    for (;;) {
      std::size_t k;
      {
        std::unique_lock<std::mutex> lock(mutex);
        consumed.wait(lock, [&] { return stop || next_to_produce >= count || next_to_produce < next_to_consume + window; });
        if (stop || next_to_produce >= count) return;
        k = next_to_produce++;
      }
      Slot slot;
      try {
        slot.result.emplace(produce(k));
      } catch (...) {
        slot.error = std::current_exception();
      }
      slot.ready = true;
      {
        std::lock_guard<std::mutex> lock(mutex);
        slots[k % window] = std::move(slot);
      }
      produced.notify_all();
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  auto stop_workers = [&] {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    consumed.notify_all();
    for (auto& thread : pool) thread.join();
  };

  try {
    for (std::size_t k = 0; k < count; ++k) {
      Slot slot;
      {
        std::unique_lock<std::mutex> lock(mutex);
        produced.wait(lock, [&] { return slots[k % window].ready; });
        slot = std::move(slots[k % window]);
        slots[k % window] = Slot{};
        ++next_to_consume;
      }
      consumed.notify_all();
      if (slot.error) std::rethrow_exception(slot.error);
      consume(k, std::move(*slot.result));
    }
  } catch (...) {
    stop_workers();
    throw;
  }
  stop_workers();
}

}  // namespace evgraph::detail
