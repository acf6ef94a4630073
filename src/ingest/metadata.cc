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

// How far into the text a date without a weekday may speak for the
// publication date: the headline and lead paragraph.
constexpr size_t kLeadBytes = 600;
// A publication-date line ("Publié le 15/10/2022 à 09h12") is short and sits
// among the first lines, under the title.
constexpr size_t kDateLineMaxBytes = 100;
constexpr int kDateLineMaxLine = 4;

// Whether the date [start, end) stands on a line of its own, with nothing
// around it but words of data/date_line_words.txt, month and weekday names
// (a second date: "Publié le 5 juillet | Mis à jour le 6 juillet"), numbers
// (times) and punctuation, among the first lines of the text.
bool OnDateLine(std::string_view text, size_t start, size_t end, const IngestLexicons& lex) {
  const std::vector<std::string>& words = lex.date_line_words;
  auto is_calendar_name = [&](const std::string& w) {
    auto named = [&](const auto& names) {
      return std::any_of(names.begin(), names.end(), [&](const auto& n) { return n.first == w; });
    };
    return named(lex.months) || named(lex.weekdays);
  };
  size_t line_start = text.rfind('\n', start);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  size_t line_end = text.find('\n', end);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end - line_start > kDateLineMaxBytes) return false;
  int line_number = 0;
  for (size_t i = 0; i < line_start; ++i) {
    if (text[i] == '\n' && (i + 1 >= text.size() || text[i + 1] != '\n')) ++line_number;
  }
  if (line_number > kDateLineMaxLine) return false;
  auto only_date_words = [&](std::string_view part) {
    size_t i = 0;
    while (i < part.size()) {
      unsigned char c = part[i];
      if (c < 0x80 && !std::isalnum(c)) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < part.size() &&
             (static_cast<unsigned char>(part[j]) >= 0x80 ||
              std::isalnum(static_cast<unsigned char>(part[j])) || part[j] == '.'))
        ++j;
      std::string word = LowerUtf8(part.substr(i, j - i));
      while (!word.empty() && word.back() == '.' &&
             !std::binary_search(words.begin(), words.end(), word))
        word.pop_back();
      // Times glue letters to digits ("09h12", "5pm"): letters after a digit pass.
      const bool time = !word.empty() && std::isdigit(static_cast<unsigned char>(word[0]));
      if (!time && !word.empty() && !std::binary_search(words.begin(), words.end(), word) &&
          !is_calendar_name(word))
        return false;
      i = j;
    }
    return true;
  };
  return only_date_words(text.substr(line_start, start - line_start)) &&
         only_date_words(text.substr(end, line_end - end));
}

// Order of trust: HTML/JSON metadata or header line (already in doc.published),
// a publication-date line under the title, URL, dateline, explicit date in
// the text. A partial date (year-month) is made
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
  std::string_view text = doc.text;
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 3000));
  std::vector<FoundDate> dates = FindDates(text);
  // A publication-date line under the title is a header line.
  for (const FoundDate& d : dates) {
    if (d.start >= head.size()) break;
    if (d.year == 0 || !IsValidDate(d.year, d.month, d.day)) continue;
    std::string iso = FormatIso(d.year, d.month, d.day);
    if (agrees(iso) && OnDateLine(text, d.start, d.end, GetIngestLexicons()))
      return take(iso, PublishedFrom::kHeader);
  }
  if (doc.url) {
    if (auto d = DateFromUrl(*doc.url); d && agrees(*d)) return take(*d, PublishedFrom::kUrl);
  }
  // Datelines sit at the start of one of the first paragraphs:
  // "(Rome, 06 janvier 2022)." or "PARIS, 6 janvier (AFP) -".
  // The place is checked for length separately: a counted repetition of a
  // Unicode class ({1,40}) compiles to an automaton too large for RE2's DFA.
  // The place may name its region and country: "PORTO ALEGRE, Brazil, May 3".
  static const RE2 dateline_start(
      "^\\(?\\p{Lu}[\\p{L}' .-]*(?:,\\s*\\p{Lu}[\\p{L}' .-]*){0,2},\\s*$");
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
  // No metadata at all: a full date the lead (headline and first paragraph)
  // states, its weekday right if it names one, provided no later date follows
  // (an article is not older than what it reports). Dates further down are mostly
  // history ("born on June 14, 1946"): on PolNeAR's articles, the latest full
  // date of the whole text was the publication date 12 times in 85.
  std::string best, latest;
  for (const FoundDate& d : dates) {
    if (d.year == 0) continue;
    const bool weekday_checked = d.weekday != 0;
    if (weekday_checked && IsoWeekday(d.year, d.month, d.day) != d.weekday) continue;
    std::string iso = FormatIso(d.year, d.month, d.day);
    latest = std::max(latest, iso);
    if (d.start < kLeadBytes) best = std::max(best, iso);
  }
  if (best < latest) return;
  if (!best.empty()) take(best, PublishedFrom::kText);
}

}  // namespace recoupe
