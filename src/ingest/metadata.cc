// Header lines and publication date. Wire sources are in wire_sources.cc.
#include "ingest/metadata.h"

#include <re2/re2.h>

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/lexicons.h"
#include "ingest/text_edit.h"

namespace recoupe {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::optional<std::string> HostOf(std::string_view url) {
  static const RE2 host("(?i)^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#\\s]+)");
  std::string h;
  if (!RE2::PartialMatch(url, host, &h)) return std::nullopt;
  h = LowerUtf8(h);
  if (h.rfind("www.", 0) == 0) h = h.substr(4);
  return h;
}

bool LooksLikeUrl(std::string_view token) {
  return token.rfind("http://", 0) == 0 || token.rfind("https://", 0) == 0;
}

}  // namespace

void SetUrl(Document& doc, std::string url) {
  if (!doc.outlet) doc.outlet = HostOf(url);
  if (!doc.url) doc.url = std::move(url);
}

// Leading metadata of a text dump: "key value" tokens (keys from
// data/header_keys.tsv, value a date, URL or rest-of-line title) and bare URLs,
// at the very start of the text, possibly on the same line as the first
// sentence. They are taken out of the text; the offset map follows.
void ExtractHeaderMetadata(Document& doc) {
  const IngestLexicons& lex = GetIngestLexicons();
  std::string_view text = doc.text;
  size_t pos = 0;
  size_t consumed = 0;  // end of the last recognised token
  int tokens = 0;
  while (tokens < 8) {
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
    if (pos >= text.size()) break;
    size_t word_end = pos;
    while (word_end < text.size() && !IsSpace(text[word_end])) ++word_end;
    std::string_view word = text.substr(pos, word_end - pos);
    if (LooksLikeUrl(word)) {
      SetUrl(doc, std::string(word));
      pos = consumed = word_end;
      ++tokens;
      continue;
    }
    std::string key = LowerUtf8(word);
    if (!key.empty() && (key.back() == ':' || key.back() == '=')) key.pop_back();
    auto it = std::find_if(lex.header_keys.begin(), lex.header_keys.end(),
                           [&](const auto& k) { return k.first == key; });
    if (it == lex.header_keys.end()) break;
    size_t value_start = word_end;
    while (value_start < text.size() &&
           (text[value_start] == ' ' || text[value_start] == '\t' || text[value_start] == ':')) {
      ++value_start;
    }
    size_t value_end = value_start;
    const std::string& field = it->second;
    // A title is free text: only an explicit "title:" marks it as metadata.
    bool has_colon = word.back() == ':' || (word_end < text.size() && text[word_end] == ':');
    if (field == "title" && !has_colon) break;
    if (field == "title") {
      // A title runs to the end of its line.
      while (value_end < text.size() && text[value_end] != '\n') ++value_end;
      std::string_view value = text.substr(value_start, value_end - value_start);
      while (!value.empty() && IsSpace(value.back())) value.remove_suffix(1);
      if (value.empty()) break;
      if (!doc.title) doc.title = std::string(value);
    } else {
      while (value_end < text.size() && !IsSpace(text[value_end])) ++value_end;
      std::string_view value = text.substr(value_start, value_end - value_start);
      if (field == "date") {
        auto date = NormalizeIsoDate(value);
        if (!date) break;
        if (!doc.published) {
          doc.published = *date;
          doc.published_from = PublishedFrom::kHeader;
        }
      } else if (field == "url") {
        if (!LooksLikeUrl(value)) break;
        SetUrl(doc, std::string(value));
      } else {
        break;
      }
    }
    pos = consumed = value_end;
    ++tokens;
  }
  if (consumed == 0) return;
  size_t cut = consumed;
  while (cut < text.size() && IsSpace(text[cut])) ++cut;
  RemoveSpans(doc, {Span{0, static_cast<uint32_t>(cut)}}, /*record=*/false);
}

// Order of trust: HTML/JSON metadata or header line (already in doc.published),
// URL, dateline, explicit date in the text. A partial date (year-month) is made
// precise only by a day that agrees with it: a URL date or dateline in the same
// month, or a text date whose weekday matches the calendar.
void ResolvePublicationDate(Document& doc) {
  const bool have = doc.published.has_value();
  const bool partial = have && doc.published->size() == 7;
  if (have && !partial) return;
  int known_year = 0, known_month = 0;
  if (partial) {
    known_year = std::atoi(doc.published->substr(0, 4).c_str());
    known_month = std::atoi(doc.published->substr(5, 2).c_str());
  }
  auto agrees = [&](const std::string& iso) {
    return !partial || iso.substr(0, 7) == *doc.published;
  };
  auto take = [&](std::string iso, PublishedFrom from) {
    doc.published = std::move(iso);
    doc.published_from = from;
  };
  if (doc.url) {
    if (auto d = DateFromUrl(*doc.url); d && agrees(*d)) return take(*d, PublishedFrom::kUrl);
  }
  // Datelines sit at the start of one of the first paragraphs:
  // "(Rome, 06 janvier 2022)." or "PARIS, 6 janvier (AFP) -".
  std::string_view text = doc.text;
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 3000));
  // The place is checked for length separately: a counted repetition of a
  // Unicode class ({1,40}) compiles to an automaton too large for RE2's DFA.
  static const RE2 dateline_start("^\\(?\\p{Lu}[\\p{L}' .-]*,\\s*$");
  std::vector<FoundDate> dates = FindDates(text);
  for (const FoundDate& d : dates) {
    if (d.start >= head.size()) break;
    size_t line_start = text.rfind('\n', d.start);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::string_view before = text.substr(line_start, d.start - line_start);
    if (before.size() > 96 || !RE2::FullMatch(before, dateline_start)) continue;
    int year = d.year != 0 ? d.year : known_year;
    if (year == 0 || !IsValidDate(year, d.month, d.day)) continue;
    std::string iso = FormatIso(year, d.month, d.day);
    if (agrees(iso)) return take(iso, PublishedFrom::kDateline);
  }
  if (partial) {
    // A day of the known month whose weekday agrees: the latest one mentioned.
    int best_day = 0;
    for (const FoundDate& d : dates) {
      if (d.month != known_month || (d.year != 0 && d.year != known_year)) continue;
      if (d.weekday == 0 || IsoWeekday(known_year, d.month, d.day) != d.weekday) continue;
      best_day = std::max(best_day, d.day);
    }
    if (best_day > 0) take(FormatIso(known_year, known_month, best_day), PublishedFrom::kText);
    return;
  }
  // No metadata at all: the latest full date the text states (an article is
  // not older than what it reports), or a weekday-checked one.
  std::string best;
  for (const FoundDate& d : dates) {
    if (d.year == 0) continue;
    if (d.weekday != 0 && IsoWeekday(d.year, d.month, d.day) != d.weekday) continue;
    std::string iso = FormatIso(d.year, d.month, d.day);
    if (iso > best) best = iso;
  }
  if (!best.empty()) take(best, PublishedFrom::kText);
}

}  // namespace recoupe
