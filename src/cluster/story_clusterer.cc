// STUB: one story per document. Replaced by the cross-document work (issue 4).
#include "cluster/story_clusterer.h"

namespace recoupe {

std::vector<std::vector<size_t>> ClusterStories(const std::vector<AnalyzedDocument>& docs) {
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].doc.ok()) groups.push_back({i});
  }
  return groups;
}

}  // namespace recoupe
