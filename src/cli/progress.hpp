// The progress line of long runs on standard error: a line redrawn in place on a terminal, or
// periodic plain lines for logs (--progress=plain). Silent for runs under a second, with
// --quiet, and when standard error is no terminal (unless --progress=plain asks).
#pragma once

#include <evgraph/pipeline.hpp>

#include <chrono>
#include <cstdio>
#include <string>

namespace evgraph::cli {

enum class ProgressMode { Auto, Plain, Off };

class ProgressDisplay {
 public:
  ProgressDisplay(ProgressMode mode, const char* what);
  ~ProgressDisplay();
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

  void update(const Progress& progress);
  // Clears the line drawn in place (before the command prints its result).
  void finish();

 private:
  std::string line(const Progress& progress, double seconds) const;

  bool m_terminal = false;
  bool m_plain = false;
  const char* m_what;
  std::chrono::steady_clock::time_point m_start, m_last;
  bool m_drawn = false;
};

}  // namespace evgraph::cli
