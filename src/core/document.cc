#include "core/document.h"

#include <algorithm>

namespace recoupe {

uint32_t OffsetMap::ToOriginal(uint32_t clean) const {
  if (anchors.empty()) return clean;
  auto it = std::upper_bound(anchors.begin(), anchors.end(), clean,
                             [](uint32_t c, const Anchor& a) { return c < a.clean; });
  if (it == anchors.begin()) return clean;
  --it;
  return it->original + (clean - it->clean);
}

const char* PublishedFromName(PublishedFrom from) {
  switch (from) {
    case PublishedFrom::kHeader: return "header";
    case PublishedFrom::kUrl: return "url";
    case PublishedFrom::kDateline: return "dateline";
    case PublishedFrom::kText: return "text";
    case PublishedFrom::kStory: return "story";
    case PublishedFrom::kNone: break;
  }
  return nullptr;
}

void Reject(Document& doc, std::string reason) {
  doc.status = DocumentStatus::kRejected;
  doc.error = std::move(reason);
  doc.text.clear();
  doc.offsets.anchors.clear();
}

}  // namespace recoupe
