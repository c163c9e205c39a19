// An optional value kept on the heap: the size of a pointer in its owner, for fields that are
// large and rarely set. A 1 GB corpus's build holds half a million extracted events at once, and
// an inline std::optional<EventAnchor> took 120 bytes of each, set in a few of them.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace evgraph {

template <typename T>
class BoxedOptional {
 public:
  BoxedOptional() = default;
  BoxedOptional(std::nullopt_t) {}
  BoxedOptional(T value) : m_value(std::make_unique<T>(std::move(value))) {}
  BoxedOptional(const std::optional<T>& value) {
    if (value) m_value = std::make_unique<T>(*value);
  }
  BoxedOptional(const BoxedOptional& other) : m_value(other ? std::make_unique<T>(*other) : nullptr) {}
  BoxedOptional(BoxedOptional&&) noexcept = default;
  BoxedOptional& operator=(const BoxedOptional& other) {
    if (this != &other) m_value = other ? std::make_unique<T>(*other) : nullptr;
    return *this;
  }
  BoxedOptional& operator=(BoxedOptional&&) noexcept = default;

  bool has_value() const { return m_value != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *m_value; }
  T& operator*() { return *m_value; }
  const T* operator->() const { return m_value.get(); }
  T* operator->() { return m_value.get(); }
  void reset() { m_value.reset(); }

 private:
  std::unique_ptr<T> m_value;
};

}  // namespace evgraph
