#include "extract/quote_spans.h"

#include <optional>

namespace recoupe::quotes_internal {
namespace {

enum class Mark {
  kNone,
  kGuillemetOpen,
  kGuillemetClose,
  kCurlyOpen,
  kCurlyClose,
  kLowOpen,
  kSingleOpen,
  kSingleClose,
  kStraight
};

// The quotation mark at `pos` and its byte length.
Mark MarkAt(std::string_view t, size_t pos, size_t* len) {
  unsigned char c = t[pos];
  *len = 1;
  if (c == '"') return Mark::kStraight;
  if (c == 0xC2 && pos + 1 < t.size()) {
    *len = 2;
    if ((unsigned char)t[pos + 1] == 0xAB) return Mark::kGuillemetOpen;
    if ((unsigned char)t[pos + 1] == 0xBB) return Mark::kGuillemetClose;
  }
  if (c == 0xE2 && pos + 2 < t.size() && (unsigned char)t[pos + 1] == 0x80) {
    *len = 3;
    switch ((unsigned char)t[pos + 2]) {
      case 0x9C: return Mark::kCurlyOpen;    // “
      case 0x9D: return Mark::kCurlyClose;   // ”
      case 0x9E: return Mark::kLowOpen;      // „
      case 0xB9: return Mark::kSingleOpen;   // ‹
      case 0xBA: return Mark::kSingleClose;  // ›
      default: break;
    }
  }
  *len = 1;
  return Mark::kNone;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Non-breaking and narrow spaces (U+00A0, U+202F) written inside guillemets.
size_t SpaceLenAt(std::string_view t, size_t pos) {
  if (pos >= t.size()) return 0;
  if (IsSpace(t[pos])) return 1;
  if ((unsigned char)t[pos] == 0xC2 && pos + 1 < t.size() && (unsigned char)t[pos + 1] == 0xA0)
    return 2;
  if ((unsigned char)t[pos] == 0xE2 && pos + 2 < t.size() && (unsigned char)t[pos + 1] == 0x80 &&
      ((unsigned char)t[pos + 2] == 0xAF || (unsigned char)t[pos + 2] == 0xAF))
    return 3;
  return 0;
}

Span Trim(std::string_view t, size_t a, size_t b) {
  while (a < b) {
    size_t n = SpaceLenAt(t, a);
    if (n == 0) break;
    a += n;
  }
  while (b > a) {
    if (IsSpace(t[b - 1])) {
      --b;
      continue;
    }
    if (b >= a + 2 && (unsigned char)t[b - 2] == 0xC2 && (unsigned char)t[b - 1] == 0xA0) {
      b -= 2;
      continue;
    }
    if (b >= a + 3 && (unsigned char)t[b - 3] == 0xE2 && (unsigned char)t[b - 2] == 0x80 &&
        (unsigned char)t[b - 1] == 0xAF) {
      b -= 3;
      continue;
    }
    break;
  }
  return {static_cast<uint32_t>(a), static_cast<uint32_t>(b)};
}

bool IsOpener(Mark m) {
  return m == Mark::kGuillemetOpen || m == Mark::kCurlyOpen || m == Mark::kLowOpen ||
         m == Mark::kSingleOpen;
}

// Whether closer `m` ends a quotation opened with `open`.
bool Closes(Mark open, Mark m) {
  switch (open) {
    case Mark::kGuillemetOpen: return m == Mark::kGuillemetClose;
    case Mark::kCurlyOpen: return m == Mark::kCurlyClose;
    case Mark::kLowOpen: return m == Mark::kCurlyOpen || m == Mark::kCurlyClose;
    case Mark::kSingleOpen: return m == Mark::kSingleClose;
    case Mark::kStraight: return m == Mark::kStraight;
    default: return false;
  }
}

// Whether a straight quote at `pos` looks like an opening one: preceded by a
// space, start, or opening punctuation, and followed by a non-space.
bool StraightOpensHere(std::string_view t, size_t pos, size_t para_start) {
  bool before_ok = pos == para_start || IsSpace(t[pos - 1]) || t[pos - 1] == '(' ||
                   t[pos - 1] == '[' || t[pos - 1] == '-' || (unsigned char)t[pos - 1] == 0xA0;
  bool after_ok = pos + 1 < t.size() && !IsSpace(t[pos + 1]);
  return before_ok || after_ok;
}

// The first opening mark at the start of paragraph `p` (after spaces), if any.
std::optional<std::pair<Mark, size_t>> OpenerAtStart(std::string_view t, Span p) {
  size_t pos = p.start;
  while (pos < p.end) {
    size_t n = SpaceLenAt(t, pos);
    if (n == 0) break;
    pos += n;
  }
  if (pos >= p.end) return std::nullopt;
  size_t len;
  Mark m = MarkAt(t, pos, &len);
  if (IsOpener(m) || m == Mark::kStraight) return std::make_pair(m, pos + len);
  return std::nullopt;
}

std::vector<Span> SplitLines(std::string_view text) {
  std::vector<Span> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (end > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(std::string_view text, const std::vector<Span>& given) {
  std::vector<Span> paragraphs = given.empty() ? SplitLines(text) : given;
  std::vector<QuoteSpan> out;
  // A quotation left open at the end of the previous paragraph, waiting for
  // the next paragraph to reopen with the same mark.
  std::optional<Mark> carried;
  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    Span para = paragraphs[pi];
    size_t pos = para.start;
    Mark open = Mark::kNone;
    size_t open_start = 0, inner_start = 0;
    bool continues = false;
    if (carried) {
      auto start = OpenerAtStart(text, para);
      if (start && (start->first == *carried || (IsOpener(start->first) && IsOpener(*carried)))) {
        open = *carried;
        open_start = start->second - 1;
        inner_start = start->second;
        pos = start->second;
        continues = true;
      }
      carried.reset();
    }
    std::vector<Mark> nested;  // inner quotation marks inside the open quotation
    auto emit = [&](size_t inner_end, size_t outer_end, bool unclosed) {
      QuoteSpan q;
      q.inner = Trim(text, inner_start, inner_end);
      q.outer = {static_cast<uint32_t>(open_start), static_cast<uint32_t>(outer_end)};
      q.unclosed = unclosed;
      q.continues_previous = continues;
      if (q.inner.end > q.inner.start) out.push_back(q);
      open = Mark::kNone;
      continues = false;
      nested.clear();
    };
    while (pos < para.end) {
      // Only '"' and the lead bytes of « » “ ” „ ‹ › can start a mark.
      unsigned char lead = text[pos];
      if (lead != '"' && lead != 0xC2 && lead != 0xE2) {
        ++pos;
        continue;
      }
      size_t len;
      Mark m = MarkAt(text, pos, &len);
      if (m == Mark::kNone) {
        pos += len;
        continue;
      }
      if (open == Mark::kNone) {
        if (IsOpener(m) || (m == Mark::kStraight && StraightOpensHere(text, pos, para.start))) {
          open = m;
          open_start = pos;
          inner_start = pos + len;
        }
        pos += len;
        continue;
      }
      // Inside a quotation: inner marks nest, the matching closer ends it.
      if (!nested.empty() && Closes(nested.back(), m)) {
        nested.pop_back();
      } else if (Closes(open, m)) {
        emit(pos, pos + len, false);
      } else if (m == open && open == Mark::kGuillemetOpen) {
        // A second « before any »: the first quotation was never closed.
        emit(pos, pos, true);
        open = m;
        open_start = pos;
        inner_start = pos + len;
      } else if (IsOpener(m) || m == Mark::kStraight) {
        nested.push_back(m);
      }
      pos += len;
    }
    if (open != Mark::kNone) {
      // Open at paragraph end: continued if the next paragraph reopens with
      // the same kind of mark, unclosed otherwise.
      Mark was = open;
      bool reopened = false;
      if (pi + 1 < paragraphs.size()) {
        auto next = OpenerAtStart(text, paragraphs[pi + 1]);
        reopened = next && (next->first == was || (IsOpener(next->first) && IsOpener(was)));
      }
      // A straight quote left open with a long remainder is most likely a
      // stray mark; keep it but mark it unclosed like any other.
      emit(para.end, para.end, !reopened);
      if (reopened) carried = was;
    }
  }
  return out;
}

}  // namespace recoupe::quotes_internal
