// STUB: copies the input. Replaced by the text work (issue 2).
#include "text/normalize.h"

namespace recoupe {

NormalizedText NormalizeText(std::string_view input) {
  NormalizedText out;
  out.text.assign(input);
  out.offsets.Add(0, 0);
  return out;
}

}  // namespace recoupe
