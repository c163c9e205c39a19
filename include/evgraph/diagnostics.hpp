// Warnings about input evgraph can go on without (a document it cannot read, a link it drops, a
// limit it hits), collected by one sink. Errors are exceptions (error.hpp); a warning becomes one
// in strict mode.
#pragma once

#include <evgraph/error.hpp>

#include <mutex>
#include <string>
#include <vector>

namespace evgraph {

struct Diagnostic {
  SourceLocation location;
  std::string message;

  // "FILE:LINE:COL: warning: message"
  std::string to_string() const;
};

// Thread-safe. The library reports through it; the CLI prints.
class Diagnostics {
 public:
  explicit Diagnostics(bool strict = false) : m_strict(strict) {}
  virtual ~Diagnostics() = default;
  Diagnostics(const Diagnostics&) = delete;
  Diagnostics& operator=(const Diagnostics&) = delete;

  // Records a warning. In strict mode throws InputError(location, message) instead.
  void warning(SourceLocation location, std::string message);
  bool strict() const { return m_strict; }
  std::size_t count() const;
  std::vector<Diagnostic> warnings() const;

 protected:
  // Called under the sink's lock for each warning, in the order they are reported.
  virtual void on_warning(const Diagnostic&) {}

 private:
  bool m_strict;
  mutable std::mutex m_mutex;
  std::vector<Diagnostic> m_warnings;
};

}  // namespace evgraph
