#pragma once

namespace recoupe {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace recoupe
