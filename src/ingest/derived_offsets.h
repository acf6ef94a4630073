// Offsets through two layers of derivation. A document's text is normalised
// from a body that is itself derived from the input (the text of HTML nodes,
// an unescaped JSON string): NormalizeText maps cleaned text -> body, the
// format reader maps body -> input. Composing the two keeps provenance exact
// inside every run copied unchanged through both layers.
#pragma once

#include <cstdint>

#include "core/document.h"

namespace recoupe {

// The map clean -> original of `clean_to_mid` followed by `mid_to_original`.
// `clean_size` is the length of the cleaned text (the extent of the last run).
// Both maps must have anchors sorted by clean offset; an empty map is the
// identity.
OffsetMap ComposeOffsets(const OffsetMap& clean_to_mid, const OffsetMap& mid_to_original,
                         uint32_t clean_size);

// Adds `delta` to every original offset (a body found `delta` bytes into the
// input).
void ShiftOriginal(OffsetMap& map, uint32_t delta);

}  // namespace recoupe
