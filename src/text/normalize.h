// Text normalisation: UTF-8 validation and repair, Unicode NFC (ICU), line
// ending and control-character clean-up, keeping an offset map back to input.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace recoupe {

struct NormalizedText {
  std::string text;
  OffsetMap offsets;             // text offsets -> input offsets
  size_t invalid_sequences = 0;  // ill-formed UTF-8 sequences replaced by U+FFFD
};

NormalizedText NormalizeText(std::string_view input);

// The same, byte by byte, without skipping sixteen plain ASCII bytes at a
// time: the reference tests hold NormalizeText equal to.
NormalizedText NormalizeTextWithoutFastPaths(std::string_view input);

}  // namespace recoupe
