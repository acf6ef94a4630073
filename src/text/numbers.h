// Numbers written in digits ("8 000", "2.000", "1,600", "6.846") or in words
// ("dix-huit", "un millier", "deux mille", "des dizaines", "hundreds"), in the
// languages that have data under data/<lang>/numbers.tsv.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/text_layout.h"

namespace recoupe {

struct NumberMention {
  Span span;
  std::optional<double> value;  // null for vague amounts ("des dizaines")
  double order = 0;             // for vague amounts: 10, 100, 1000...
  bool in_words = false;
};

// All number mentions in `text`, in order.
std::vector<NumberMention> FindNumbers(std::string_view text, const TextLayout& layout,
                                       std::string_view language);

}  // namespace recoupe
