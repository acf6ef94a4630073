// Publication dates as day numbers, and the order in which the online
// cross-document stages (dedup, clustering) visit documents.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace recoupe {

// Days since 1970-01-01 of an ISO 8601 date, possibly partial ("2022-01" is
// the 1st); nullopt when it does not start with a valid year.
std::optional<int64_t> DayNumber(std::string_view iso);

struct OrderedDoc {
  size_t index;                // into the input vector
  std::optional<int64_t> day;  // known publication day
};

// The ok documents sorted by publication day. A document without a date keeps
// its input position: it takes the day of the closest dated document before it
// for sorting, but reports `day` as unknown.
std::vector<OrderedDoc> PublicationOrder(const std::vector<AnalyzedDocument>& docs);

}  // namespace recoupe
