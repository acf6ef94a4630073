// ASCII-only lower-casing, for protocol and markup text (HTTP headers, charset
// labels, file names, the first bytes of a file) where Unicode case rules do
// not apply and bytes above 0x7F must pass through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace recoupe {

inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

}  // namespace recoupe
