// Batch story clustering over an analysis: documents are streamed in
// publication order through an OnlineStoryClusterer.
#include "cluster/story_clusterer.h"

#include <algorithm>
#include <unordered_map>

#include "cluster/online_clusterer.h"
#include "cluster/publication_order.h"

namespace recoupe {

std::vector<std::vector<size_t>> ClusterStories(const std::vector<AnalyzedDocument>& docs) {
  OnlineStoryClusterer clusterer;
  std::unordered_map<size_t, size_t> group_of_story;
  std::vector<std::vector<size_t>> groups;
  for (const OrderedDoc& od : PublicationOrder(docs)) {
    const AnalyzedDocument& d = docs[od.index];
    size_t story = clusterer.Add(d.doc.text, d.doc.language, d.facts.entities, od.day);
    auto [it, inserted] = group_of_story.emplace(story, groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(od.index);
  }
  // Stable output: members in input order, stories by their first member.
  for (auto& g : groups) std::sort(g.begin(), g.end());
  std::sort(groups.begin(), groups.end(),
            [](const auto& x, const auto& y) { return x.front() < y.front(); });
  return groups;
}

}  // namespace recoupe
