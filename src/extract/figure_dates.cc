#include "extract/figure_dates.h"

#include <algorithm>
#include <cstdint>

namespace recoupe {
namespace {

// Index of the sentence holding byte `pos` (as TimeExpression::sentence).
uint32_t SentenceAt(const std::vector<Sentence>& sentences, uint32_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.span.start; });
  return it == sentences.begin() ? 0 : static_cast<uint32_t>(it - sentences.begin() - 1);
}

bool IsDay(const std::optional<std::string>& value) {
  return value && value->size() == 10 && (*value)[4] == '-' && (*value)[7] == '-';
}

// Bytes between two spans (0 when they overlap).
uint32_t Gap(Span a, Span b) {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

}  // namespace

void DateFigures(const TextLayout& layout, const std::vector<TimeExpression>& times,
                 const std::optional<std::string>& reporting_date, std::vector<Figure>* figures) {
  if (layout.sentences.empty() || times.empty()) return;
  for (Figure& f : *figures) {
    const uint32_t sentence = SentenceAt(layout.sentences, f.span.start);
    const TimeExpression* best = nullptr;
    bool cumulative = false;  // a day in the sentence opens an interval
    for (const TimeExpression& t : times) {
      if (t.sentence != sentence || !IsDay(t.value) || t.relation == TimeRelation::kAfter) continue;
      if (t.opens_interval) {
        cumulative = true;
        continue;
      }
      if (!best || Gap(t.span, f.span) < Gap(best->span, f.span)) best = &t;
    }
    if (best) {
      f.as_of = best->value;
      continue;
    }
    if (cumulative) {
      if (reporting_date && IsDay(reporting_date)) f.as_of = reporting_date;
      continue;
    }
    // No day, but a past year or month in the sentence ("En 2018, plus de
    // 160 personnes s'étaient noyées"): the count belongs to that time.
    for (const TimeExpression& t : times) {
      if (t.sentence != sentence || !t.value || IsDay(t.value)) continue;
      // "entre 1500 et 2000 manifestants": a number of the count itself
      // read as a year is not when the count held.
      if (t.span.start < f.span.end && f.span.start < t.span.end) continue;
      if (t.relation != TimeRelation::kBefore) continue;
      if (!best || Gap(t.span, f.span) < Gap(best->span, f.span)) best = &t;
    }
    if (best) f.as_of = best->value;
  }
}

void DateFigures(const TextLayout& layout, const std::vector<TimeExpression>& times,
                 std::vector<Figure>* figures) {
  DateFigures(layout, times, std::nullopt, figures);
}

}  // namespace recoupe
