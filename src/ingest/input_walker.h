// Turns the paths given on the command line into a stream of raw inputs:
// files as they are, folders walked recursively in sorted order (streamed, not
// listed all at once into memory), "-" for standard input.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace recoupe {

struct RawInput {
  std::string source;  // the path ("-" for stdin)
  std::string id;      // file name without its extensions
  std::string bytes;   // whole content; empty when `error` is set
  std::string error;   // set when the input could not be read at all
};

struct WalkOptions {
  uint64_t max_input_bytes = 256ull << 20;  // larger files are rejected unread
};

// Calls `visit` once per input file, in a stable order. Paths that do not exist
// produce a RawInput with `error` set rather than an exception.
void WalkInputs(const std::vector<std::string>& paths, const WalkOptions& options,
                const std::function<void(RawInput&&)>& visit);

}  // namespace recoupe
