// One read-only interface over the two JSON trees evgraph reads records from: nlohmann's (YAML
// exports converted, parts, small files) and simdjson's DOM (graph.json, where parsing is most of
// the time `diff`, `render` and `export` spend). The record readers are written once against it.
#pragma once

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace evgraph::detail {

class NlohmannView {
 public:
  NlohmannView(const nlohmann::json& value) : m_value(&value) {}  // NOLINT: a view of it

  bool is_null() const { return m_value->is_null(); }
  bool is_object() const { return m_value->is_object(); }
  bool is_array() const { return m_value->is_array(); }
  bool is_string() const { return m_value->is_string(); }
  bool is_number() const { return m_value->is_number(); }
  std::string_view string() const { return m_value->get_ref<const std::string&>(); }
  double number() const { return m_value->get<double>(); }
  // A whole number not below zero (YAML numbers come back signed).
  std::optional<std::uint64_t> count() const {
    if (m_value->is_number_unsigned()) return m_value->get<std::uint64_t>();
    if (m_value->is_number_integer() && m_value->get<long long>() >= 0) return m_value->get<std::uint64_t>();
    return std::nullopt;
  }
  std::optional<NlohmannView> find(const char* key) const {
    if (!m_value->is_object()) return std::nullopt;
    auto it = m_value->find(key);
    if (it == m_value->end()) return std::nullopt;
    return NlohmannView(*it);
  }
  std::size_t size() const { return m_value->size(); }
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (const auto& item : *m_value) visit(NlohmannView(item));
  }
  // visit(key, value) for each field of an object.
  template <typename Visit>
  void for_each_field(Visit&& visit) const {
    if (!m_value->is_object()) return;
    for (const auto& [key, value] : m_value->items()) visit(std::string_view(key), NlohmannView(value));
  }
  // nlohmann's objects are maps already.
  const NlohmannView& record() const { return *this; }

 private:
  const nlohmann::json* m_value;
};

class SimdRecord;

class SimdView {
 public:
  SimdView(simdjson::dom::element value) : m_value(value) {}  // NOLINT: a view of it

  bool is_null() const { return m_value.is_null(); }
  bool is_object() const { return m_value.is_object(); }
  bool is_array() const { return m_value.is_array(); }
  bool is_string() const { return m_value.is_string(); }
  bool is_number() const { return m_value.is_number(); }
  std::string_view string() const { return m_value.get_string().value_unsafe(); }
  double number() const {
    switch (m_value.type()) {
      case simdjson::dom::element_type::INT64: return static_cast<double>(m_value.get_int64().value_unsafe());
      case simdjson::dom::element_type::UINT64: return static_cast<double>(m_value.get_uint64().value_unsafe());
      default: return m_value.get_double().value_unsafe();
    }
  }
  std::optional<std::uint64_t> count() const {
    if (m_value.type() == simdjson::dom::element_type::UINT64) return m_value.get_uint64().value_unsafe();
    if (m_value.type() == simdjson::dom::element_type::INT64 && m_value.get_int64().value_unsafe() >= 0)
      return static_cast<std::uint64_t>(m_value.get_int64().value_unsafe());
    return std::nullopt;
  }
  // A key given twice keeps its last value, as nlohmann's tree does.
  std::optional<SimdView> find(const char* key) const {
    simdjson::dom::object object;
    if (m_value.get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
    const std::string_view wanted(key);
    std::optional<SimdView> found;
    for (const auto field : object)
      if (field.key == wanted) found = SimdView(field.value);
    return found;
  }
  std::size_t size() const {
    simdjson::dom::array array;
    if (m_value.get_array().get(array) == simdjson::SUCCESS) return array.size();
    simdjson::dom::object object;
    if (m_value.get_object().get(object) == simdjson::SUCCESS) return object.size();
    return 0;
  }
  template <typename Visit>
  void for_each(Visit&& visit) const {
    simdjson::dom::array array;
    if (m_value.get_array().get(array) == simdjson::SUCCESS) {
      for (const auto item : array) visit(SimdView(item));
      return;
    }
    simdjson::dom::object object;
    if (m_value.get_object().get(object) == simdjson::SUCCESS)
      for (const auto field : object) visit(SimdView(field.value));
  }
  template <typename Visit>
  void for_each_field(Visit&& visit) const {
    simdjson::dom::object object;
    if (m_value.get_object().get(object) == simdjson::SUCCESS)
      for (const auto field : object) visit(field.key, SimdView(field.value));
  }
  // The object's fields gathered in one walk, for a record whose fields are all looked up.
  SimdRecord record() const;

 private:
  simdjson::dom::element m_value;
};

// A record's fields in a small table: looking up each of an event's fifteen fields walks the
// object once instead of fifteen times.
class SimdRecord {
 public:
  explicit SimdRecord(const SimdView& view, simdjson::dom::element value) : m_view(view) {
    simdjson::dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS || object.size() > m_fields.size()) return;
    for (const auto field : object) m_fields[m_count++] = {field.key, field.value};
    m_indexed = true;
  }

  bool is_object() const { return m_view.is_object(); }
  bool is_null() const { return m_view.is_null(); }
  // A key given twice keeps its last value: the table is searched from its end.
  std::optional<SimdView> find(const char* key) const {
    if (!m_indexed) return m_view.find(key);
    const std::string_view wanted(key);
    for (std::size_t k = m_count; k-- > 0;)
      if (m_fields[k].key == wanted) return SimdView(m_fields[k].value);
    return std::nullopt;
  }

 private:
  struct Field {
    std::string_view key;
    simdjson::dom::element value;
  };
  SimdView m_view;
  std::array<Field, 24> m_fields{};
  std::size_t m_count = 0;
  bool m_indexed = false;
};

inline SimdRecord SimdView::record() const { return SimdRecord(*this, m_value); }

}  // namespace evgraph::detail
