// Paragraphs, sentences and word tokens of a cleaned text (a hand-written
// scanner plus language data for abbreviations and elisions).
#pragma once

#include <string_view>

#include "core/text_layout.h"

namespace recoupe {

TextLayout Segment(std::string_view text, std::string_view language);

// The same segmentation without the shortcuts Segment takes on common ASCII
// text: the reference the tests hold Segment equal to.
TextLayout SegmentWithoutFastPaths(std::string_view text, std::string_view language);

}  // namespace recoupe
