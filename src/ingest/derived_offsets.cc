#include "ingest/derived_offsets.h"

#include <algorithm>

namespace recoupe {

OffsetMap ComposeOffsets(const OffsetMap& clean_to_mid, const OffsetMap& mid_to_original,
                         uint32_t clean_size) {
  OffsetMap out;
  std::vector<OffsetMap::Anchor> outer = clean_to_mid.anchors;
  if (outer.empty() || outer.front().clean > 0) outer.insert(outer.begin(), {0, 0});
  const std::vector<OffsetMap::Anchor>& inner = mid_to_original.anchors;
  for (size_t i = 0; i < outer.size(); ++i) {
    const uint32_t c = outer[i].clean, m = outer[i].original;
    const uint32_t run_end = i + 1 < outer.size() ? outer[i + 1].clean : std::max(clean_size, c);
    out.Add(c, mid_to_original.ToOriginal(m));
    // Inner breakpoints inside this run [m, m + run length) become breakpoints
    // of the composition at the clean offset that maps onto them.
    const uint64_t mid_end = static_cast<uint64_t>(m) + (run_end - c);
    auto it = std::upper_bound(inner.begin(), inner.end(), m,
                               [](uint32_t v, const OffsetMap::Anchor& a) { return v < a.clean; });
    for (; it != inner.end() && it->clean < mid_end; ++it) {
      out.Add(c + (it->clean - m), it->original);
    }
  }
  // Stable: for equal clean offsets the later anchor wins in ToOriginal, as
  // it would in either map.
  std::stable_sort(
      out.anchors.begin(), out.anchors.end(),
      [](const OffsetMap::Anchor& a, const OffsetMap::Anchor& b) { return a.clean < b.clean; });
  return out;
}

void ShiftOriginal(OffsetMap& map, uint32_t delta) {
  for (auto& a : map.anchors) a.original += delta;
}

}  // namespace recoupe
