// Online story clustering: each document (in publication order) joins the
// most similar active story when the cosine between its term vector and the
// story centroid reaches a threshold, otherwise it starts a new story. Stories
// not updated within the time window are evicted, so memory is bounded by the
// window (and `max_active_stories`), never by the corpus size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cluster/term_weights.h"
#include "core/facts.h"

namespace recoupe {

struct ClusterOptions {
  int64_t window_days = 5;
  // A story stops taking documents this long after its first one: bounds the
  // drift of a centroid that keeps being refreshed into a topic-wide bucket.
  int64_t max_story_days = 10;
  double min_similarity = 0.12;
  // A document in a language the story has not seen yet is compared on its
  // language-neutral terms (names, numbers) and joins at this NeutralCosine.
  double min_cross_language_similarity = 0.22;
  size_t story_terms = 150;      // centroid keeps its strongest terms only
  size_t lookup_terms = 150;     // strongest document terms used to find candidate stories
  size_t exact_candidates = 12;  // candidates (by shared weight) scored by exact cosine
  size_t max_active_stories = 20000;
  TermWeightOptions terms;
};

class OnlineStoryClusterer {
 public:
  explicit OnlineStoryClusterer(ClusterOptions options = {});

  // Story number (0, 1, ... in creation order) assigned to the document.
  // Unknown `day`: the document may join any active story, whatever its days.
  size_t Add(std::string_view text, const std::optional<std::string>& language,
             const std::vector<EntityMention>& entities, std::optional<int64_t> day);

  size_t active_stories() const { return stories_.size(); }
  size_t stories_created() const { return next_story_; }

 private:
  struct ActiveStory {
    TermVector centroid;  // normalised, sorted by term
    TermVector sum;       // unnormalised sum of member vectors, pruned
    int64_t first_day = 0;
    int64_t last_day = 0;
    uint64_t last_seq = 0;
    bool dated = false;                  // first_day and last_day are set
    std::vector<std::string> languages;  // of its members, when known
  };
  void Evict();
  void Index(size_t id, const TermVector& old_terms, const TermVector& new_terms);

  ClusterOptions options_;
  TermWeighter weighter_;
  std::unordered_map<size_t, ActiveStory> stories_;
  std::unordered_map<uint64_t, std::vector<size_t>> postings_;  // term -> active story ids
  size_t next_story_ = 0;
  uint64_t seq_ = 0;
  int64_t today_ = 0;
  bool any_day_ = false;
};

}  // namespace recoupe
