// What the fuzz targets share: the embedded data, a files-in-memory Env and the bytes as text.
// Every target lets only evgraph::Error through: any other exception, a crash or a sanitizer
// report is a bug.
#pragma once
#include <evgraph/data_store.hpp>
#include <evgraph/env.hpp>
#include <evgraph/error.hpp>
#include <evgraph/resources.hpp>

#include <cstdint>
#include <string>

namespace evgraph::fuzz {

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

inline const DataStore& store() {
  static const DataStore embedded;
  return embedded;
}

// One Resources over one MemoryEnv for the whole run; targets add the file they read.
struct MemoryResources {
  MemoryEnv env;
  Resources resources{env, DataStore()};
};

inline MemoryResources& memory_resources() {
  static MemoryResources shared;
  return shared;
}

}  // namespace evgraph::fuzz
