#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace recoupe {

ProgressBar::ProgressBar()
    : enabled_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

ProgressBar::~ProgressBar() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void ProgressBar::Update(uint64_t bytes, size_t documents) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "\r\033[Kreading: %zu documents, %.1f MB, %.1f MB/s", documents, mb,
               seconds > 0 ? mb / seconds : 0.0);
}

}  // namespace recoupe
