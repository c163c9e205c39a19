#include "cli/progress.hpp"

#include <unistd.h>

#include <cinttypes>

namespace evgraph::cli {
namespace {

constexpr double kQuietFor = 1.0;       // seconds before anything shows
constexpr double kRedrawEvery = 0.1;    // terminal
constexpr double kPlainEvery = 5.0;     // logs

std::string duration(double seconds) {
  char text[32];
  const auto total = static_cast<long long>(seconds + 0.5);
  if (total >= 3600) std::snprintf(text, sizeof text, "%lldh%02lldm", total / 3600, total / 60 % 60);
  else std::snprintf(text, sizeof text, "%lldm%02llds", total / 60, total % 60);
  return text;
}

}  // namespace

ProgressDisplay::ProgressDisplay(ProgressMode mode, const char* what)
    : m_terminal(mode == ProgressMode::Auto && ::isatty(STDERR_FILENO)),
      m_plain(mode == ProgressMode::Plain),
      m_what(what),
      m_start(std::chrono::steady_clock::now()),
      m_last(m_start) {}

ProgressDisplay::~ProgressDisplay() { finish(); }

std::string ProgressDisplay::line(const Progress& progress, double seconds) const {
  const double megabytes = static_cast<double>(progress.bytes_done) / 1e6;
  const double rate = seconds > 0 ? megabytes / seconds : 0;
  const double share = progress.documents_total ? static_cast<double>(progress.documents_done) /
                                                      static_cast<double>(progress.documents_total)
                                                : 1.0;
  char text[160];
  std::snprintf(text, sizeof text, "evgraph %s: %zu/%zu documents (%.0f%%), %.1f MB/s", m_what, progress.documents_done,
                progress.documents_total, share * 100, rate);
  std::string out = text;
  if (share > 0 && share < 1) out += ", " + duration(seconds * (1 - share) / share) + " left";
  return out;
}

void ProgressDisplay::update(const Progress& progress) {
  if (!m_terminal && !m_plain) return;
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - m_start).count();
  const double since = std::chrono::duration<double>(now - m_last).count();
  if (seconds < kQuietFor || since < (m_plain ? kPlainEvery : kRedrawEvery)) return;
  m_last = now;
  if (m_plain) {
    std::fprintf(stderr, "%s\n", line(progress, seconds).c_str());
  } else {
    std::fprintf(stderr, "\r\x1b[K%s", line(progress, seconds).c_str());
    m_drawn = true;
  }
  std::fflush(stderr);
}

void ProgressDisplay::finish() {
  if (!m_drawn) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
  m_drawn = false;
}

}  // namespace evgraph::cli
