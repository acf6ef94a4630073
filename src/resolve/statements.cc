#include "resolve/statements.h"

#include <algorithm>
#include <numeric>
#include <set>

#include "resolve/cross_language.h"

namespace recoupe {
namespace {

// Thresholds: a cross-document link needs at least three shared content words
// covering 45% of the shorter quote; quotes of one document must repeat each other.
constexpr double kLinkOverlap = 0.45;
constexpr size_t kLinkMinShared = 3;
constexpr double kSameDocOverlap = 0.9;
constexpr double kUnknownSpeakerOverlap = 0.8;
// Across languages (cognates and dictionary translations, cross_language.h)
// words match less often: the speaker must be known and the same, and three
// matched words must cover 40% of the shorter quote.
constexpr double kCrossLanguageShare = 0.4;
constexpr size_t kCrossLanguageMinMatched = 3;
// A short quotation ("Les responsables devront rendre des comptes") has too
// few words for three matches: two will do when they are half of it.
constexpr double kShortCrossLanguageShare = 0.5;
constexpr size_t kShortCrossLanguageMinMatched = 2;

struct Candidate {
  double score;
  size_t a, b;
};

}  // namespace

int LinkStatements(std::vector<StoryQuote>& quotes, const std::vector<std::string>& languages,
                   const ContentWords& words, int first_number) {
  const size_t n = quotes.size();
  std::vector<std::set<std::string>> bags(n);
  for (size_t i = 0; i < n; ++i) {
    if (!quotes[i].partial) bags[i] = words.Of(quotes[i].where.text, languages[i]);
  }
  // Two quotes of one document are one statement only when one repeats the
  // other: near copies, or an excerpt set apart as a pull quote or subhead
  // ("« Leur but était évident »" above the paragraph that quotes it whole).
  auto near_identical = [&](size_t a, size_t b) {
    size_t shared = 0;
    OverlapCoefficient(bags[a], bags[b], &shared);
    size_t smaller = std::min(bags[a].size(), bags[b].size());
    return shared >= kLinkMinShared &&
           static_cast<double>(shared) / static_cast<double>(smaller) >= kSameDocOverlap;
  };
  std::vector<Candidate> candidates;
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      if (quotes[a].partial || quotes[b].partial) continue;
      const bool same_doc = quotes[a].where.doc == quotes[b].where.doc;
      if (same_doc && !near_identical(a, b)) continue;
      const std::string &sa = quotes[a].speaker, &sb = quotes[b].speaker;
      if (!same_doc && !languages[a].empty() && !languages[b].empty() &&
          languages[a] != languages[b]) {
        if (sa.empty() || sa != sb) continue;
        CrossLanguageMatch m = MatchAcrossLanguages(quotes[a].where.text, languages[a],
                                                    quotes[b].where.text, languages[b], words);
        const bool enough =
            (m.matched >= kCrossLanguageMinMatched && m.Share() >= kCrossLanguageShare) ||
            (m.matched >= kShortCrossLanguageMinMatched && m.Share() >= kShortCrossLanguageShare);
        if (!enough) continue;
        candidates.push_back({m.Share() + 0.001 * static_cast<double>(m.matched), a, b});
        continue;
      }
      size_t shared = 0;
      double overlap = OverlapCoefficient(bags[a], bags[b], &shared);
      if (shared < kLinkMinShared || overlap < kLinkOverlap) continue;
      if (!sa.empty() && !sb.empty() && sa != sb) continue;
      if ((sa.empty() || sb.empty()) && overlap < kUnknownSpeakerOverlap) continue;
      candidates.push_back({overlap + 0.001 * static_cast<double>(shared), a, b});
    }
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  // Greedy agglomeration, best links first; a merge is refused when it would
  // put two different quotes of one document in one statement.
  std::vector<std::vector<size_t>> groups(n);
  std::vector<size_t> group_of(n);
  for (size_t i = 0; i < n; ++i) groups[i] = {i}, group_of[i] = i;
  for (const Candidate& c : candidates) {
    size_t ga = group_of[c.a], gb = group_of[c.b];
    if (ga == gb) continue;
    bool clash = false;
    for (size_t x : groups[ga]) {
      for (size_t y : groups[gb]) {
        if (quotes[x].where.doc == quotes[y].where.doc && !near_identical(x, y)) clash = true;
      }
    }
    if (clash) continue;
    for (size_t y : groups[gb]) {
      groups[ga].push_back(y);
      group_of[y] = ga;
    }
    groups[gb].clear();
  }
  int next = first_number;
  std::vector<std::string> id_of_group(n);
  for (size_t i = 0; i < n; ++i) {
    if (quotes[i].partial) {
      quotes[i].statement.clear();
      continue;
    }
    std::string& id = id_of_group[group_of[i]];
    if (id.empty()) id = "st" + std::to_string(next++);
    quotes[i].statement = id;
  }
  return next - first_number;
}

}  // namespace recoupe
