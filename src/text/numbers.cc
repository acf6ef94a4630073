// STUB. Replaced by the text work (issue 2/3).
#include "text/numbers.h"

namespace recoupe {

std::vector<NumberMention> FindNumbers(std::string_view, const TextLayout&, std::string_view) {
  return {};
}

}  // namespace recoupe
