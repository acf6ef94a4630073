#include "resolve/timeline.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace recoupe {
namespace {

constexpr uint32_t kMaxEventBytes = 320;
constexpr double kMergeOverlap = 0.4;
constexpr size_t kMergeMinShared = 2;

bool IsDay(const std::optional<std::string>& v) {
  return v && v->size() == 10 && (*v)[4] == '-' && (*v)[7] == '-';
}

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string Trimmed(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\t')) --b;
  return std::string(s.substr(a, b - a));
}

}  // namespace

Span SentenceAround(const AnalyzedDocument& ad, Span span, uint32_t sentence_index,
                    uint32_t max_bytes) {
  const std::string& text = ad.doc.text;
  Span s{0, 0};
  if (sentence_index < ad.layout.sentences.size() &&
      ad.layout.sentences[sentence_index].span.start <= span.start &&
      ad.layout.sentences[sentence_index].span.end >= span.end) {
    s = ad.layout.sentences[sentence_index].span;
  } else {
    for (const Sentence& sent : ad.layout.sentences) {
      if (sent.span.start <= span.start && sent.span.end >= span.end) s = sent.span;
    }
  }
  if (s.end == 0) {
    // No layout: sentence punctuation or line breaks bound the sentence.
    uint32_t a = span.start, b = span.end;
    while (a > 0 && !std::strchr(".!?\n", text[a - 1])) --a;
    while (b < text.size() && !std::strchr(".!?\n", text[b])) ++b;
    if (b < text.size() && text[b] != '\n') ++b;
    s = {a, b};
  }
  if (s.size() > max_bytes) {
    // Cut to the clause: nearest clause marks around the span, within budget.
    uint32_t half = max_bytes / 2;
    uint32_t a = span.start > s.start + half ? span.start - half : s.start;
    uint32_t b = std::min<uint32_t>(s.end, span.end + half);
    for (uint32_t i = a; i < span.start; ++i) {
      if (std::strchr(",;:", text[i])) {
        a = i + 1;
        break;
      }
    }
    for (uint32_t i = span.end; i < b; ++i) {
      if (std::strchr(",;:", text[i])) {
        b = i;
        break;
      }
    }
    while (a > s.start && IsContinuation(text[a])) --a;
    while (b < s.end && IsContinuation(text[b])) ++b;
    s = {a, b};
  }
  while (s.start < s.end && std::strchr(" \n\t", text[s.start])) ++s.start;
  while (s.end > s.start && std::strchr(" \n\t", text[s.end - 1])) --s.end;
  return s;
}

std::vector<TimelineEvent> BuildTimeline(const std::vector<const AnalyzedDocument*>& docs,
                                         const ContentWords& words) {
  std::vector<TimelineEvent> events;
  std::vector<std::set<std::string>> bags;
  for (const AnalyzedDocument* ad : docs) {
    const std::string language = ad->doc.language.value_or("");
    std::set<std::pair<uint32_t, uint32_t>> seen;
    for (const TimeExpression& t : ad->facts.times) {
      if (!IsDay(t.value)) continue;
      Span s = SentenceAround(*ad, t.span, t.sentence, kMaxEventBytes);
      if (!seen.insert({s.start, s.end}).second) continue;
      std::string text = Trimmed(ad->doc.Slice(s));
      std::set<std::string> bag = words.Of(text, language);
      DocSpan evidence{ad->doc.id, s.start, s.end, text};
      bool merged = false;
      for (size_t e = 0; e < events.size() && !merged; ++e) {
        if (events[e].date != *t.value) continue;
        size_t shared = 0;
        double overlap = OverlapCoefficient(bag, bags[e], &shared);
        if (shared < kMergeMinShared || overlap < kMergeOverlap) continue;
        if (std::find(events[e].documents.begin(), events[e].documents.end(), ad->doc.id) ==
            events[e].documents.end()) {
          events[e].documents.push_back(ad->doc.id);
        }
        events[e].evidence.push_back(evidence);
        bags[e].insert(bag.begin(), bag.end());
        merged = true;
      }
      if (merged) continue;
      TimelineEvent ev;
      ev.date = *t.value;
      ev.text = text;
      ev.documents = {ad->doc.id};
      ev.evidence = {evidence};
      events.push_back(std::move(ev));
      bags.push_back(std::move(bag));
    }
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; });
  return events;
}

}  // namespace recoupe
