// Line-level chrome removal for text dumps. Each line is judged by cue words
// (data/<lang>/boilerplate.tsv) and by structure: where it sits (top, tail),
// how long it is, whether it is only a number, whether it ends in an ellipsis.
#include "ingest/boilerplate.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <string_view>
#include <vector>

#include "ingest/lexicons.h"
#include "ingest/text_edit.h"

namespace recoupe {
namespace {

struct Line {
  size_t start = 0, end = 0;  // without the '\n'
  std::string_view text;      // trimmed
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool StartsWithCue(const std::string& lowered, const std::vector<std::string>& cues) {
  for (const auto& cue : cues) {
    if (lowered.rfind(cue, 0) == 0) return true;
  }
  return false;
}

// A bar of share buttons above the article ("Partager sur Facebook Partager
// sur X 12 commentaires"): a line that starts with a navigation cue and
// repeats it. A headline may start with such a word; it does not repeat it.
bool IsRepeatedCueBar(std::string_view line, const std::string& lowered_start,
                      const std::vector<std::string>& cues) {
  for (const auto& cue : cues) {
    if (cue.size() < 4 || lowered_start.rfind(cue, 0) != 0) continue;
    std::string lowered = LowerUtf8(line);
    if (lowered.find(cue, cue.size()) != std::string::npos) return true;
  }
  return false;
}

// Blurb and footer cues, looked for together in one pass over a tail line.
const CueFinder& TailCues() {
  static const CueFinder finder = [] {
    const IngestLexicons& lex = GetIngestLexicons();
    std::vector<std::string> cues = lex.blurb_cues;
    cues.insert(cues.end(), lex.footer_cues.begin(), lex.footer_cues.end());
    return CueFinder(std::move(cues));
  }();
  return finder;
}

size_t LongestCue(const std::vector<std::string>& cues) {
  size_t longest = 0;
  for (const auto& cue : cues) longest = std::max(longest, cue.size());
  return longest;
}

// The lowered start of a line, enough to tell whether it starts with any cue
// of at most `cue_bytes` bytes: the first `cue_bytes` code points (each lowers
// to at least one byte), whose lowering is the start of the whole line's
// lowering. A capital sigma (lowered by what follows it) or an ill-formed
// sequence in that start makes it lower the whole line instead.
std::string LoweredStart(std::string_view line, size_t cue_bytes) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(line.size(), INT32_MAX));
  int32_t end = 0;
  for (size_t count = 0; end < n && count < cue_bytes; ++count) {
    if (bytes[end] < 0x80) {
      ++end;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, end, n, c);
    if (c < 0 || c == 0x3A3) return LowerUtf8(line);
  }
  return LowerUtf8(line.substr(0, static_cast<size_t>(end)));
}

bool IsCounter(std::string_view s) {
  if (s.empty() || s.size() > 7) return false;
  return std::all_of(
             s.begin(), s.end(),
             [](char c) { return (c >= '0' && c <= '9') || c == ' ' || c == 'k' || c == 'K'; }) &&
         s.front() >= '0' && s.front() <= '9';
}

bool EndsWithEllipsis(std::string_view s) {
  return (s.size() >= 3 && s.substr(s.size() - 3) == "...") ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");  // U+2026
}

bool HasCrumbSeparator(std::string_view s) {
  return s.find(" > ") != std::string_view::npos ||
         s.find(" \xE2\x80\xBA ") != std::string_view::npos ||
         s.find(" / ") != std::string_view::npos || s.find(" | ") != std::string_view::npos;
}

// A body paragraph: long, with sentence punctuation.
bool IsBodyParagraph(std::string_view s) {
  return s.size() >= 160 && (s.find(". ") != std::string_view::npos || s.back() == '.');
}

}  // namespace

void RemoveBoilerplateLines(Document& doc) {
  const IngestLexicons& lex = GetIngestLexicons();
  std::string_view text = doc.text;
  std::vector<Line> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view raw = text.substr(pos, eol - pos);
    std::string_view trimmed = Trim(raw);
    if (!trimmed.empty()) {
      Line line;
      line.start = static_cast<size_t>(trimmed.data() - text.data());
      line.end = line.start + trimmed.size();
      line.text = trimmed;
      lines.push_back(line);
    }
    pos = eol + 1;
  }
  if (lines.empty()) return;

  // Top zone: lines before the first body paragraph (plus a few after it).
  size_t first_body = lines.size();
  size_t last_body = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsBodyParagraph(lines[i].text)) {
      if (first_body == lines.size()) first_body = i;
      last_body = i;
    }
  }
  std::vector<Span> recorded, silent;
  auto span_of = [](const Line& l) {
    return Span{static_cast<uint32_t>(l.start), static_cast<uint32_t>(l.end)};
  };
  bool in_tail_nav = false;
  // Lines are lowered only where a cue is looked for, and only as far as the
  // longest start cue reaches: most lines are body text.
  const size_t start_cue_bytes = std::max(LongestCue(lex.home_words), LongestCue(lex.nav_cues));
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    bool top = i < first_body && i < 12;
    bool tail = i > last_body || i + 3 >= lines.size();
    bool may_be_crumb = top && i < 4;
    bool may_be_nav = line.text.size() < 300 && (tail || i > first_body);
    std::string lowered_start;
    if (may_be_crumb || may_be_nav || top) lowered_start = LoweredStart(line.text, start_cue_bytes);
    // Breadcrumb: a home word, then section names, in the top zone.
    if (may_be_crumb && StartsWithCue(lowered_start, lex.home_words) &&
        (HasCrumbSeparator(line.text) || EndsWithEllipsis(line.text))) {
      // A truncated repeat of the headline often closes the crumb: keep it
      // out of the record (it is the headline, which stays as the next line).
      std::string_view body = line.text;
      if (EndsWithEllipsis(body)) body.remove_suffix(body.back() == '.' ? 3 : 3);
      size_t split = std::string_view::npos;
      for (size_t w = 1; w < body.size() && split == std::string_view::npos; ++w) {
        if (body[w - 1] != ' ') continue;
        std::string_view suffix = Trim(body.substr(w));
        if (suffix.size() < 12) break;
        for (size_t j = i + 1; j < lines.size() && j <= i + 4; ++j) {
          if (lines[j].text.substr(0, suffix.size()) == suffix) {
            split = w;
            break;
          }
        }
      }
      if (split != std::string_view::npos) {
        size_t cut = line.start + split;
        recorded.push_back({static_cast<uint32_t>(line.start), static_cast<uint32_t>(cut - 1)});
        silent.push_back({static_cast<uint32_t>(cut - 1), static_cast<uint32_t>(line.end)});
      } else {
        recorded.push_back(span_of(line));
      }
      continue;
    }
    // Share and comment counters near the top, or in a run of counters.
    if (IsCounter(line.text)) {
      bool neighbour_counter = (i > 0 && IsCounter(lines[i - 1].text)) ||
                               (i + 1 < lines.size() && IsCounter(lines[i + 1].text));
      if (top || neighbour_counter) {
        recorded.push_back(span_of(line));
        continue;
      }
    }
    // Share bars in the top zone.
    if (top && line.text.size() < 300 && IsRepeatedCueBar(line.text, lowered_start, lex.nav_cues)) {
      recorded.push_back(span_of(line));
      continue;
    }
    // Links to other articles.
    if (may_be_nav && StartsWithCue(lowered_start, lex.nav_cues)) {
      recorded.push_back(span_of(line));
      if (tail) in_tail_nav = true;
      continue;
    }
    // Site and author blurbs, legal footers at the end.
    if (tail && line.text.size() < 500 &&
        ((in_tail_nav && line.text.size() < 300) || TailCues().FoundIn(LowerUtf8(line.text)))) {
      recorded.push_back(span_of(line));
      continue;
    }
  }
  if (recorded.empty() && silent.empty()) return;
  // Removing a line takes its line break with it.
  auto widen = [&](Span s) {
    uint32_t end = s.end;
    while (end < text.size() && (text[end] == '\n' || text[end] == '\r')) ++end;
    return Span{s.start, end};
  };
  std::vector<Span> all;
  size_t first_silent = recorded.size();
  for (const Span& s : recorded) all.push_back(s);
  for (const Span& s : silent) all.push_back(widen(s));
  // Record first (with original offsets), then drop everything.
  Document probe;
  probe.text = doc.text;
  probe.offsets = doc.offsets;
  RemoveSpans(probe, recorded, /*record=*/true);
  for (auto& bp : probe.boilerplate) doc.boilerplate.push_back(std::move(bp));
  for (size_t k = 0; k < first_silent; ++k) all[k] = widen(all[k]);
  RemoveSpans(doc, all, /*record=*/false);
}

}  // namespace recoupe
