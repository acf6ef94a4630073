// Gumbo reads every byte of an attribute value one code point at a time, and
// on news pages the values nobody reads (data-* blobs, image sources and
// srcsets, SVG path data, event handlers, link targets) are a fifth or more
// of the markup left once scripts and styles are emptied. This pass empties
// the quoted values of those attributes before parsing. It changes nothing
// the extractor or the metadata reader looks at: it only touches attributes
// they never read and that do not steer HTML tree construction, and it only
// touches what is certainly inside a start tag: it follows the tokenizer
// through comments, doctype and bogus comments, raw-text and RCDATA elements,
// and SVG/MathML content (CDATA sections included), and stops for good at the
// first thing whose effect on the tokenizer it does not follow (<select>,
// <template>, integration points, tags breaking out of foreign content...).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"

namespace recoupe::html {

// A copy of `html` with those values emptied (the quotes stay), or nullopt
// when there is none. When `map` is given it receives anchors from the
// copy's offsets back to `html`'s (left empty when nullopt is returned).
std::optional<std::string> EmptyUnreadAttributeValues(std::string_view html,
                                                      OffsetMap* map = nullptr);

}  // namespace recoupe::html
