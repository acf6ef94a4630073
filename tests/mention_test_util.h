// A hand-made entity mention for the extraction tests: the first occurrence
// of `surface` in `text`, with its byte span.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/facts.h"

namespace recoupe::testing {

inline EntityMention MentionOf(std::string_view text, std::string_view surface, EntityType type) {
  EntityMention m;
  const size_t at = text.find(surface);
  m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  m.text = std::string(surface);
  m.type = type;
  return m;
}

}  // namespace recoupe::testing
