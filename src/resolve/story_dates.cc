#include "resolve/story_dates.h"

#include <map>
#include <set>

#include "core/data_files.h"
#include "resolve/content_words.h"

namespace recoupe {
namespace {

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
  if (date.size() < 10) return 0;
  int y, m, d;
  try {
    y = std::stoi(date.substr(0, 4));
    m = std::stoi(date.substr(5, 2));
    d = std::stoi(date.substr(8, 2));
  } catch (const std::exception&) {
    return 0;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  // Days from civil (proleptic Gregorian), 1970-01-01 was a Thursday.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const long days = era * 146097 + doe - 719468;
  long wd = (days % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(wd) + 1;
}

std::optional<std::string> DateFromStory(const AnalyzedDocument& ad,
                                         const std::vector<std::string>& candidates) {
  const Document& doc = ad.doc;
  const std::string prefix = doc.published.value_or("");
  std::set<int> weekdays;
  auto names = WeekdayNames(doc.language.value_or(""));
  for (const std::string& w : LowerWords(doc.text)) {
    if (auto it = names.find(w); it != names.end()) weekdays.insert(it->second);
  }
  std::set<std::string> stated;
  for (const TimeExpression& t : ad.facts.times) {
    if (t.value && IsDay(*t.value)) stated.insert(*t.value);
  }
  std::optional<std::string> best;
  int best_score = 0;
  bool tie = false;
  for (const std::string& c : std::set<std::string>(candidates.begin(), candidates.end())) {
    if (!IsDay(c) || c.compare(0, prefix.size(), prefix) != 0) continue;
    int score = 0;
    if (weekdays.count(IsoWeekday(c))) score += 2;
    if (stated.count(c)) score += 2;
    if (!stated.empty() && *stated.rbegin() > c) score -= 3;
    if (score > best_score) {
      best = c, best_score = score, tie = false;
    } else if (score == best_score && score > 0) {
      tie = true;
    }
  }
  if (tie || best_score < 2) return std::nullopt;
  return best;
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
    ++n;
  }
  return n;
}

}  // namespace recoupe
