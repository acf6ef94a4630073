#include "ingest/text_edit.h"

#include <algorithm>

namespace recoupe {

void RemoveSpans(Document& doc, std::vector<Span> spans, bool record) {
  const uint32_t size = static_cast<uint32_t>(doc.text.size());
  for (Span& s : spans) {
    s.end = std::min(s.end, size);
    s.start = std::min(s.start, s.end);
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  // Merge overlapping ranges so each byte is removed once.
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (s.start == s.end) continue;
    if (!merged.empty() && s.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  if (merged.empty()) return;
  if (doc.offsets.anchors.empty()) doc.offsets.Add(0, 0);

  const OffsetMap old_map = doc.offsets;
  std::string text;
  text.reserve(doc.text.size());
  OffsetMap map;
  uint32_t cursor = 0;  // next old offset to copy
  size_t anchor_i = 0;  // next old anchor to carry over
  auto carry_until = [&](uint32_t old_end) {
    // Old anchors inside [cursor, old_end) keep their place relative to the kept text.
    while (anchor_i < old_map.anchors.size() && old_map.anchors[anchor_i].clean < old_end) {
      const auto& a = old_map.anchors[anchor_i++];
      if (a.clean >= cursor) {
        map.Add(static_cast<uint32_t>(text.size()) + (a.clean - cursor), a.original);
      }
    }
  };
  for (const Span& s : merged) {
    // The run before the span: an anchor at its start makes it exact whatever
    // anchors preceded it in the old map.
    if (s.start > cursor) {
      map.Add(static_cast<uint32_t>(text.size()), old_map.ToOriginal(cursor));
      carry_until(s.start);
      text.append(doc.text, cursor, s.start - cursor);
    }
    if (record) {
      BoilerplateSpan bp;
      bp.start = old_map.ToOriginal(s.start);
      bp.end = old_map.ToOriginal(s.end);
      std::string_view removed(doc.text.data() + s.start, s.end - s.start);
      while (!removed.empty() &&
             (removed.back() == '\n' || removed.back() == '\r' || removed.back() == ' ')) {
        removed.remove_suffix(1);
      }
      while (!removed.empty() && (removed.front() == '\n' || removed.front() == ' ')) {
        removed.remove_prefix(1);
      }
      bp.text.assign(removed);
      doc.boilerplate.push_back(std::move(bp));
    }
    // Skip anchors inside the removed span.
    while (anchor_i < old_map.anchors.size() && old_map.anchors[anchor_i].clean < s.end) {
      ++anchor_i;
    }
    cursor = s.end;
  }
  if (cursor < size) {
    map.Add(static_cast<uint32_t>(text.size()), old_map.ToOriginal(cursor));
    carry_until(size);
    text.append(doc.text, cursor, size - cursor);
  }
  // Drop duplicate anchors at one clean offset (keep the last, the most specific).
  OffsetMap dedup;
  for (const auto& a : map.anchors) {
    if (!dedup.anchors.empty() && dedup.anchors.back().clean == a.clean) {
      dedup.anchors.back() = a;
    } else {
      dedup.anchors.push_back(a);
    }
  }
  if (dedup.anchors.empty()) dedup.Add(0, old_map.ToOriginal(cursor));
  doc.text = std::move(text);
  doc.offsets = std::move(dedup);
}

}  // namespace recoupe
