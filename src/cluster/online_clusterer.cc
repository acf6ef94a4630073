#include "cluster/online_clusterer.h"

#include <algorithm>
#include <cmath>

namespace recoupe {
namespace {

TermVector Strongest(TermVector v, size_t n) {
  if (v.size() <= n) return v;
  std::nth_element(v.begin(), v.begin() + n, v.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  v.resize(n);
  std::sort(v.begin(), v.end());
  return v;
}

TermVector AddVectors(const TermVector& a, const TermVector& b) {
  TermVector out;
  out.reserve(a.size() + b.size());
  auto i = a.begin(), j = b.begin();
  while (i != a.end() || j != b.end()) {
    if (j == b.end() || (i != a.end() && i->first < j->first)) {
      out.push_back(*i++);
    } else if (i == a.end() || j->first < i->first) {
      out.push_back(*j++);
    } else {
      out.emplace_back(i->first, i->second + j->second);
      ++i;
      ++j;
    }
  }
  return out;
}

}  // namespace

OnlineStoryClusterer::OnlineStoryClusterer(ClusterOptions options)
    : options_(options), weighter_(options.terms) {}

void OnlineStoryClusterer::Index(size_t id, const TermVector& old_terms,
                                 const TermVector& new_terms) {
  // Both sorted: remove the story from terms it lost, add it to terms it gained.
  auto i = old_terms.begin(), j = new_terms.begin();
  while (i != old_terms.end() || j != new_terms.end()) {
    if (j == new_terms.end() || (i != old_terms.end() && i->first < j->first)) {
      auto it = postings_.find(i->first);
      if (it != postings_.end()) {
        auto& list = it->second;
        list.erase(std::remove(list.begin(), list.end(), id), list.end());
        if (list.empty()) postings_.erase(it);
      }
      ++i;
    } else if (i == old_terms.end() || j->first < i->first) {
      postings_[j->first].push_back(id);
      ++j;
    } else {
      ++i;
      ++j;
    }
  }
}

void OnlineStoryClusterer::Evict() {
  std::vector<size_t> gone;
  for (const auto& [id, s] : stories_) {
    if (any_day_ && s.dated && today_ - s.last_day > options_.window_days) gone.push_back(id);
  }
  if (stories_.size() - gone.size() > options_.max_active_stories) {
    // Least recently updated stories go first.
    std::vector<std::pair<uint64_t, size_t>> by_age;
    for (const auto& [id, s] : stories_) by_age.emplace_back(s.last_seq, id);
    std::sort(by_age.begin(), by_age.end());
    size_t excess = stories_.size() - options_.max_active_stories;
    gone.clear();
    for (const auto& [seq, id] : by_age) {
      const ActiveStory& s = stories_[id];
      if (gone.size() < excess || (any_day_ && today_ - s.last_day > options_.window_days))
        gone.push_back(id);
    }
  }
  for (size_t id : gone) {
    Index(id, stories_[id].centroid, {});
    stories_.erase(id);
  }
}

size_t OnlineStoryClusterer::Add(std::string_view text, const std::optional<std::string>& language,
                                 const std::vector<EntityMention>& entities,
                                 std::optional<int64_t> day) {
  ++seq_;
  if (day && (!any_day_ || *day > today_)) {
    today_ = *day;
    any_day_ = true;
  }
  // Eviction scans every active story, so it runs once per day change or
  // every 256 documents, which keeps it off the per-document cost.
  static constexpr uint64_t kEvictEvery = 256;
  if (seq_ % kEvictEvery == 0 || stories_.size() > options_.max_active_stories) Evict();

  TermVector vec = weighter_.WeighAndLearn(weighter_.Count(text, language, entities));
  // An undated document can be compared with any active story, and does not
  // move a story's days.
  const int64_t doc_day = day.value_or(today_);

  // Candidate stories share some of the document's strongest terms; they are
  // ranked by the summed document weight of the shared terms, and only the
  // best few get an exact cosine, which keeps the cost per document flat.
  TermVector lookup = Strongest(vec, options_.lookup_terms);
  std::unordered_map<size_t, float> shared;
  shared.reserve(256);
  for (const auto& [term, w] : lookup) {
    auto it = postings_.find(term);
    if (it == postings_.end()) continue;
    for (size_t id : it->second) shared[id] += w;
  }
  std::vector<std::pair<float, size_t>> ranked;
  ranked.reserve(shared.size());
  for (const auto& [id, w] : shared) ranked.emplace_back(w, id);
  size_t keep = std::min(ranked.size(), options_.exact_candidates);
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                    [](const auto& x, const auto& y) {
                      return x.first > y.first || (x.first == y.first && x.second < y.second);
                    });

  size_t best = SIZE_MAX;
  double best_score = options_.min_similarity;
  for (size_t k = 0; k < keep; ++k) {
    size_t id = ranked[k].second;
    const ActiveStory& s = stories_.at(id);
    if (day && s.dated &&
        (std::abs(doc_day - s.last_day) > options_.window_days ||
         doc_day - s.first_day > options_.max_story_days)) {
      continue;
    }
    double score = Cosine(vec, s.centroid);
    if (language && !s.languages.empty() &&
        std::find(s.languages.begin(), s.languages.end(), *language) == s.languages.end()) {
      // A translation or a foreign outlet's account shares names and numbers,
      // not words: its neutral similarity, rescaled so that the two
      // thresholds coincide, competes with the same-language candidates.
      double neutral = NeutralCosine(vec, s.centroid);
      score = std::max(score,
                       neutral * options_.min_similarity / options_.min_cross_language_similarity);
    }
    if (score >= best_score) {
      best_score = score;
      best = id;
    }
  }
  if (best == SIZE_MAX) {
    best = next_story_++;
    stories_[best] = ActiveStory{};
  }
  ActiveStory& story = stories_[best];
  // A story's days come from its dated members: documents read before any
  // dated one (unknown `day`, nothing seen yet) do not pin it to day 0.
  if (day) {
    if (!story.dated) {
      story.first_day = story.last_day = doc_day;
      story.dated = true;
    }
    story.last_day = std::max(story.last_day, doc_day);
  }
  TermVector old_centroid = std::move(story.centroid);
  story.sum = Strongest(AddVectors(story.sum, vec), options_.story_terms);
  story.centroid = story.sum;
  NormalizeToUnitLength(story.centroid);
  story.last_seq = seq_;
  if (language &&
      std::find(story.languages.begin(), story.languages.end(), *language) == story.languages.end())
    story.languages.push_back(*language);
  Index(best, old_centroid, story.centroid);
  return best;
}

}  // namespace recoupe
