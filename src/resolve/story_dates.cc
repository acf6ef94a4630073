#include "resolve/story_dates.h"

#include <map>
#include <set>

#include "core/data_files.h"
#include "extract/calendar.h"
#include "extract/figure_dates.h"
#include "resolve/content_words.h"

namespace recoupe {
namespace {

// How many days after another account of the story an article may be
// published, and how long before the first account a weekday it names may
// fall (the event itself often precedes the first report).
constexpr int64_t kDaysAfterStoryDate = 3;
constexpr int64_t kDaysBeforeStoryStart = 3;
constexpr int64_t kMaxUndatedStorySpan = 7;

bool IsDay(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' && IsoWeekday(d) != 0;
}

// Weekday names of a language, from data/<lang>/weekday_names.tsv.
std::map<std::string, int> WeekdayNames(const std::string& language) {
  std::map<std::string, int> names;
  try {
    for (const auto& row : ReadTsv(DataPath(language + "/weekday_names.tsv"))) {
      if (row.size() >= 2) names[row[0]] = std::stoi(row[1]);
    }
  } catch (const std::exception&) {
  }
  return names;
}

}  // namespace

int IsoWeekday(const std::string& date) {
  auto c = ParseIsoDate(date);
  if (!c || !IsValidDate(*c)) return 0;
  return Weekday(DaysFromCivil(*c));
}

std::optional<std::string> DateFromStory(const AnalyzedDocument& ad,
                                         const std::vector<std::string>& story_dates) {
  const Document& doc = ad.doc;
  const std::string prefix = doc.published.value_or("");
  std::set<int64_t> story_days;
  for (const std::string& d : story_dates) {
    if (auto c = ParseIsoDate(d); c && IsDay(d)) story_days.insert(DaysFromCivil(*c));
  }
  if (story_days.empty()) return std::nullopt;
  const int64_t story_start = *story_days.begin();
  // Without even a month of its own, an article is dated only by a story
  // that fits in a week: in a story drawn out over weeks (or a topic that
  // gathered unrelated articles) a named weekday recurs too often to tell.
  if (prefix.empty() && *story_days.rbegin() - story_start > kMaxUndatedStorySpan)
    return std::nullopt;

  std::set<int> weekdays;
  auto names = WeekdayNames(doc.language.value_or(""));
  for (const std::string& w : LowerWords(doc.text)) {
    if (auto it = names.find(w); it != names.end()) weekdays.insert(it->second);
  }
  std::set<int64_t> stated;
  for (const TimeExpression& t : ad.facts.times) {
    if (!t.value || !IsDay(*t.value)) continue;
    if (auto c = ParseIsoDate(*t.value)) stated.insert(DaysFromCivil(*c));
  }

  // An article is published on the day of another account or a few days
  // after it. Evidence for a day: the article names its weekday ("a indiqué
  // dimanche"), or states it; against: a stated later date, and each weekday
  // it names whose last occurrence up to that day falls before the story
  // began (written on Saturday, "dimanche" would be last week's).
  std::set<int64_t> candidates;
  for (int64_t d : story_days) {
    for (int64_t k = 0; k <= kDaysAfterStoryDate; ++k) candidates.insert(d + k);
  }
  std::optional<int64_t> best;
  int best_rank = 0;
  bool tie = false;
  for (int64_t c : candidates) {
    const std::string iso = IsoDate(CivilFromDays(c));
    if (iso.compare(0, prefix.size(), prefix) != 0) continue;
    int score = 0;
    if (weekdays.count(Weekday(c))) score += 2;
    if (stated.count(c)) score += 2;
    if (!stated.empty() && *stated.rbegin() > c) score -= 3;
    for (int w : weekdays) {
      const int64_t last = c - (Weekday(c) - w + 7) % 7;
      if (last < story_start - kDaysBeforeStoryStart) score -= 1;
    }
    if (score < 2) continue;
    // Between equal evidence, a day another account was published wins.
    const int rank = 2 * score + (story_days.count(c) ? 1 : 0);
    if (rank > best_rank) {
      best = c, best_rank = rank, tie = false;
    } else if (rank == best_rank) {
      tie = true;
    }
  }
  if (!best || tie) return std::nullopt;
  return IsoDate(CivilFromDays(*best));
}

int DateDocumentsFromStory(const std::vector<AnalyzedDocument*>& docs, const TimeExtractor& times) {
  std::vector<std::string> dated;
  for (const AnalyzedDocument* d : docs) {
    if (d->doc.published && IsDay(*d->doc.published)) dated.push_back(*d->doc.published);
  }
  int n = 0;
  for (AnalyzedDocument* d : docs) {
    if (d->doc.published && IsDay(*d->doc.published)) continue;
    std::optional<std::string> date = DateFromStory(*d, dated);
    if (!date) continue;
    d->doc.published = *date;
    d->doc.published_from = PublishedFrom::kStory;
    d->facts.times = times.Extract(d->doc, d->layout, date);
    // The story's date is the day the counts were reported: a count "since
    // Monday" holds as of it.
    DateFigures(d->layout, d->facts.times, date, &d->facts.figures);
    ++n;
  }
  return n;
}

}  // namespace recoupe
