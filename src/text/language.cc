// STUB. Replaced by the text work (issue 2).
#include "text/language.h"

namespace recoupe {

std::optional<std::string> DetectLanguage(std::string_view, std::string_view hint) {
  if (hint.empty()) return std::nullopt;
  return std::string(hint);
}

}  // namespace recoupe
