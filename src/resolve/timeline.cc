#include "resolve/timeline.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "resolve/cross_language.h"

namespace recoupe {
namespace {

constexpr uint32_t kMaxEventBytes = 320;
constexpr double kMergeOverlap = 0.4;
constexpr size_t kMergeMinShared = 2;
// Across languages, words are matched as cognates or dictionary translations
// (cross_language.h), which finds fewer of them.
constexpr double kCrossLanguageShare = 0.3;
constexpr size_t kCrossLanguageMinMatched = 3;
// An event needs this many content words besides its date.
constexpr size_t kMinEventWords = 2;
// A dateline ("RABAT, 10 septembre 2023 (AFP) - ...") opens its sentence with
// a place, the date, at most a parenthesised agency, then a dash.
constexpr uint32_t kMaxDatelinePlaceBytes = 60;
constexpr uint32_t kMaxDatelineAgencyBytes = 40;

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

// When the time expression at `expr` is the date of a dateline opening the
// sentence `sentence` ("RABAT, 10 septembre 2023 (AFP) - ..."), the offset
// where the dispatch's own text starts after the dash; else 0. That date
// dates the dispatch, not an event of the story.
uint32_t DatelineBodyStart(std::string_view text, Span sentence, Span expr) {
  if (expr.start < sentence.start || expr.start - sentence.start > kMaxDatelinePlaceBytes) return 0;
  uint32_t i = expr.end;
  auto skip_spaces = [&] {
    while (i < sentence.end && (text[i] == ' ' || text[i] == ',')) ++i;
  };
  skip_spaces();
  if (i < sentence.end && text[i] == '(') {
    size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > kMaxDatelineAgencyBytes) return 0;
    i = static_cast<uint32_t>(close + 1);
    skip_spaces();
  }
  for (std::string_view dash : {"-", "–", "—"}) {
    if (text.substr(i, std::min<size_t>(dash.size(), sentence.end - i)) != dash) continue;
    i += static_cast<uint32_t>(dash.size());
    while (i < sentence.end && text[i] == ' ') ++i;
    return i;
  }
  return 0;
}

// A line of its own without closing punctuation is a byline or a heading
// ("Mis à jour le mercredi 23 août 2023 à 09h12"): it tells when the page
// changed, not what happened.
bool IsBylineOrHeading(std::string_view text, Span sentence) {
  bool line_start = sentence.start == 0 || text[sentence.start - 1] == '\n';
  bool line_end = sentence.end >= text.size() || text[sentence.end] == '\n';
  if (!line_start || !line_end || sentence.size() == 0) return false;
  std::string_view s = text.substr(sentence.start, sentence.size());
  for (std::string_view closing : {".", "!", "?", "…", "»", "\"", "”"})
    if (s.ends_with(closing)) return false;
  return true;
}

// Content words of an event sentence besides those of its date.
size_t EventWords(const std::set<std::string>& bag, const std::set<std::string>& date_words) {
  size_t n = 0;
  for (const std::string& w : bag) {
    bool digits = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    n += !digits && !date_words.count(w);
  }
  return n;
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
  std::vector<std::string> languages;  // of each event's first sentence
  for (const AnalyzedDocument* ad : docs) {
    const std::string language = ad->doc.language.value_or("");
    std::set<std::tuple<uint32_t, uint32_t, std::string>> seen;  // one event per sentence and day
    // Each expression's sentence, and where the dispatch's text starts in
    // sentences opened by a dateline: their events are told from after the dash.
    const std::vector<TimeExpression>& times = ad->facts.times;
    std::vector<Span> sentences(times.size());
    std::vector<uint32_t> dateline_body(times.size(), 0);
    std::map<uint32_t, uint32_t> body_start;  // sentence start -> dispatch text start
    for (size_t i = 0; i < times.size(); ++i) {
      sentences[i] = SentenceAround(*ad, times[i].span, times[i].sentence, kMaxEventBytes);
      dateline_body[i] = DatelineBodyStart(ad->doc.text, sentences[i], times[i].span);
      if (dateline_body[i]) body_start[sentences[i].start] = dateline_body[i];
    }
    for (size_t i = 0; i < times.size(); ++i) {
      const TimeExpression& t = times[i];
      if (!IsDay(t.value)) continue;
      Span s = sentences[i];
      if (dateline_body[i] || IsBylineOrHeading(ad->doc.text, s)) continue;
      if (auto b = body_start.find(s.start); b != body_start.end() && b->second < t.span.start)
        s.start = b->second;
      if (!seen.insert({s.start, s.end, *t.value}).second) continue;
      std::string text = Trimmed(ad->doc.Slice(s));
      std::set<std::string> bag = words.Of(text, language);
      if (EventWords(bag, words.Of(ad->doc.Slice(t.span), language)) < kMinEventWords) continue;
      DocSpan evidence{ad->doc.id, s.start, s.end, text};
      bool merged = false;
      for (size_t e = 0; e < events.size() && !merged; ++e) {
        if (events[e].date != *t.value) continue;
        if (!language.empty() && !languages[e].empty() && language != languages[e]) {
          CrossLanguageMatch m =
              MatchAcrossLanguages(text, language, events[e].text, languages[e], words);
          if (m.matched < kCrossLanguageMinMatched || m.Share() < kCrossLanguageShare) continue;
        } else {
          size_t shared = 0;
          double overlap = OverlapCoefficient(bag, bags[e], &shared);
          if (shared < kMergeMinShared || overlap < kMergeOverlap) continue;
        }
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
      languages.push_back(language);
    }
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; });
  return events;
}

}  // namespace recoupe
