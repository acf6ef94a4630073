// Paragraphs, sentences and word tokens of a cleaned text (ICU break
// iterators plus language data for abbreviations and elisions).
#pragma once

#include <string_view>

#include "core/text_layout.h"

namespace recoupe {

TextLayout Segment(std::string_view text, std::string_view language);

}  // namespace recoupe
