// Text normalisation in one byte pass plus an optional NFC pass.
//
// Pass 1 (always): copy runs of plain bytes unchanged, repair ill-formed UTF-8
// (one U+FFFD per maximal subpart, as the Unicode standard recommends), turn
// CRLF and CR into LF, drop control characters other than \n and \t (C0, DEL,
// C1) and U+FEFF. Every change is followed by an offset anchor, so offsets of
// copied bytes map back exactly.
// Pass 2 (rare): ICU NFC, only when pass 1 saw a code point that may not be
// NFC (combining marks, scripts with compositions...). Latin-1, Latin
// Extended and general punctuation (quotes, NBSP, narrow NBSP, ellipsis) are
// NFC by construction, so French and English text skips ICU entirely.
#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <array>
#include <bit>
#include <cstring>

#include "text/ascii_lanes.h"

namespace recoupe {
namespace {

// Byte classes for the fast loop.
enum ByteClass : uint8_t { kPlain, kControl, kCarriageReturn, kLead };

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80) {
      classes[b] = kLead;
    } else if (b == '\r') {
      classes[b] = kCarriageReturn;
    } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
      classes[b] = kControl;
    } else {
      classes[b] = kPlain;
    }
  }
  return classes;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

// Adds an anchor "clean offset -> original offset" after a change, merging
// with the previous anchor when no clean byte was written in between.
void Anchor(OffsetMap& map, size_t clean, size_t original) {
  auto& a = map.anchors;
  if (!a.empty() && a.back().clean == clean) {
    a.back().original = static_cast<uint32_t>(original);
    return;
  }
  // An anchor that the linear rule already implies adds nothing.
  if (!a.empty() && a.back().original + (clean - a.back().clean) == original) return;
  map.Add(static_cast<uint32_t>(clean), static_cast<uint32_t>(original));
}

// Decodes one well-formed UTF-8 sequence starting with lead byte s[i] >= 0x80.
// Returns its length (2..4) and sets `cp`, or returns 0 and sets `bad_len` to
// the length of the maximal subpart to replace (>= 1).
inline size_t DecodeUtf8(const unsigned char* s, size_t n, size_t i, char32_t& cp,
                         size_t& bad_len) {
  unsigned char lead = s[i];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;  // overlong
    if (lead == 0xED) hi = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;  // overlong
    if (lead == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    bad_len = 1;
    return 0;
  }
  size_t k = 1;
  for (; k < need; ++k) {
    if (i + k >= n) break;
    unsigned char c = s[i + k];
    unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
    if (c < min || c > max) break;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (k == need) return need;
  bad_len = k;
  return 0;
}

// True when `cp` is known to be NFC_Quick_Check=Yes and never combines with a
// preceding character, so text made only of such code points is NFC.
inline bool SurelyNfcStable(char32_t cp) {
  if (cp < 0x300) return true;                    // Latin-1, Latin Extended A/B, IPA
  if (cp >= 0x2002 && cp <= 0x206F) return true;  // punctuation (not U+2000/2001)
  if (cp >= 0x20A0 && cp <= 0x20BF) return true;  // currency signs
  return false;
}

// NFC of `text` with ICU, rebuilding the anchors of `map` through the edits.
void ApplyNfc(NormalizedText& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  icu::StringPiece piece(out.text.data(), static_cast<int32_t>(out.text.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;

  std::string normalized;
  normalized.reserve(out.text.size());
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits edits;
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) return;

  // Compose: new clean offset -> old clean offset (edits) -> original (map).
  OffsetMap composed;
  composed.Add(0, 0);
  const OffsetMap& old = out.offsets;
  size_t next_old_anchor = 0;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    size_t src = it.sourceIndex(), dst = it.destinationIndex();
    if (it.hasChange()) {
      Anchor(composed, dst, old.ToOriginal(static_cast<uint32_t>(src)));
      // Bytes after the change are anchored by the next span.
      while (next_old_anchor < old.anchors.size() &&
             old.anchors[next_old_anchor].clean < src + it.oldLength())
        ++next_old_anchor;
      continue;
    }
    Anchor(composed, dst, old.ToOriginal(static_cast<uint32_t>(src)));
    size_t src_end = src + it.oldLength();
    while (next_old_anchor < old.anchors.size() && old.anchors[next_old_anchor].clean < src_end) {
      const auto& a = old.anchors[next_old_anchor++];
      if (a.clean > src) Anchor(composed, dst + (a.clean - src), a.original);
    }
  }
  out.text = std::move(normalized);
  out.offsets = std::move(composed);
}

template <bool kFastPaths>
NormalizedText Normalize(std::string_view input) {
  NormalizedText out;
  out.text.reserve(input.size() + 16);
  out.offsets.Add(0, 0);
  const auto* s = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  std::string& text = out.text;
  bool may_need_nfc = false;

  size_t i = 0;
  size_t run_start = 0;  // first input byte of the current unchanged run
  auto flush = [&](size_t end) {
    if (end > run_start) text.append(input.data() + run_start, end - run_start);
  };
  while (i < n) {
    uint8_t cls = kByteClass[s[i]];
    if (cls == kPlain) {
      ++i;
#if defined(__SSE2__)
      if constexpr (kFastPaths) {
        // Runs of plain ASCII, the bulk of most text, sixteen bytes at a time.
        while (i + 16 <= n) {
          unsigned other = ~PlainAsciiMask16(input.data() + i) & 0xFFFFu;
          if (other != 0) {
            i += static_cast<size_t>(std::countr_zero(other));
            break;
          }
          i += 16;
        }
      }
#endif
      continue;
    }
    if (cls == kLead) {
      if constexpr (kFastPaths) {
        // Two-byte letters and signs from U+00A0 to U+02FF (accented Latin,
        // no-break space, guillemets): well formed, no C1 control, NFC-stable,
        // so kept as they are without decoding.
        if (i + 1 < n) {
          const unsigned char lead = s[i], next = s[i + 1];
          if ((next & 0xC0) == 0x80 &&
              ((lead >= 0xC3 && lead <= 0xCB) || (lead == 0xC2 && next >= 0xA0))) {
            i += 2;
            continue;
          }
        }
      }
      char32_t cp;
      size_t bad_len = 0;
      size_t len = DecodeUtf8(s, n, i, cp, bad_len);
      if (len != 0) {
        bool c1_control = cp >= 0x80 && cp <= 0x9F;
        if (!c1_control && cp != 0xFEFF) {
          if (!may_need_nfc && !SurelyNfcStable(cp)) may_need_nfc = true;
          i += len;
          continue;
        }
        flush(i);
        i += len;
      } else {
        flush(i);
        text.append("\xEF\xBF\xBD");
        ++out.invalid_sequences;
        i += bad_len;
      }
    } else if (cls == kCarriageReturn) {
      flush(i);
      if (i + 1 < n && s[i + 1] == '\n') {
        ++i;  // CRLF: drop the CR, the LF starts the next run
      } else {
        text.push_back('\n');
        ++i;
      }
    } else {  // kControl
      flush(i);
      ++i;
    }
    run_start = i;
    Anchor(out.offsets, text.size(), i);
  }
  flush(n);
  if (may_need_nfc) ApplyNfc(out);
  return out;
}

}  // namespace

NormalizedText NormalizeText(std::string_view input) {
  return Normalize<true>(input);
}

NormalizedText NormalizeTextWithoutFastPaths(std::string_view input) {
  return Normalize<false>(input);
}

}  // namespace recoupe
