// A one-line progress display on stderr, shown only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstddef>

namespace recoupe {

class ProgressBar {
 public:
  ProgressBar();
  ~ProgressBar();  // clears the line
  void Update(uint64_t bytes, size_t documents);

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace recoupe
