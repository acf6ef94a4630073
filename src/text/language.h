// Document language with CLD2, as an ISO 639-1 code.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace recoupe {

// `hint` (e.g. from <html lang>) is used when the text is too short to tell.
std::optional<std::string> DetectLanguage(std::string_view text, std::string_view hint = {});

}  // namespace recoupe
