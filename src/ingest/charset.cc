#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cctype>
#include <climits>
#include <memory>
#include <vector>

#include "text/ascii_case.h"
#include "text/ascii_lanes.h"

namespace recoupe {
namespace {

// The label after "charset" (and '=', optional quotes) at `at`.
std::string LabelAfter(std::string_view s, size_t at) {
  size_t i = at;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i >= s.size() || s[i] != '=') return {};
  ++i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t start = i;
  while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-' ||
                          s[i] == '_' || s[i] == '.' || s[i] == ':')) {
    ++i;
  }
  return LowerAscii(s.substr(start, i - start));
}

bool IsUtf8Label(const std::string& label) {
  return label == "utf-8" || label == "utf8";
}

// Web usage: these labels all mean windows-1252 (WHATWG Encoding Standard).
bool MeansWindows1252(const std::string& label) {
  return label.empty() || label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" ||
         label == "l1" || label == "us-ascii" || label == "ascii" || label == "cp1252" ||
         label == "windows-1252" || label == "x-cp1252" || label == "iso_8859-1";
}

// More ill-formed sequences than well-formed multi-byte ones: not UTF-8.
bool ReadsAsUtf8(std::string_view s) {
  size_t invalid = 0, multibyte = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  while (i < n) {
    // ASCII runs are the common case: skipped eight bytes at a time.
    while (i + 8 <= n && (LoadLanes(s.data() + i) & kLaneHighBits) == 0) i += 8;
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) {
      ++invalid;
    } else {
      ++multibyte;
    }
  }
  return invalid == 0 || invalid <= multibyte;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

std::string SniffHtmlCharset(std::string_view html) {
  std::string head = LowerAscii(html.substr(0, 8192));
  for (size_t at = head.find("charset"); at != std::string::npos;
       at = head.find("charset", at + 7)) {
    // Only inside a <meta ...> tag.
    size_t tag = head.rfind('<', at);
    if (tag == std::string::npos || head.compare(tag, 5, "<meta") != 0 ||
        head.find('>', tag) < at) {
      continue;
    }
    std::string label = LabelAfter(head, at + 7);
    if (!label.empty()) return label;
  }
  return {};
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = LowerAscii(content_type);
  size_t at = lower.find("charset");
  return at == std::string::npos ? std::string() : LabelAfter(lower, at + 7);
}

std::optional<Transcoded> TranscodeToUtf8(std::string_view bytes, std::string_view declared) {
  if (bytes.size() >= INT32_MAX / 2 || ReadsAsUtf8(bytes)) return std::nullopt;
  std::string label = LowerAscii(declared);
  if (IsUtf8Label(label) || MeansWindows1252(label)) label = "windows-1252";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(label.c_str(), &status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    label = "windows-1252";
    converter.reset(ucnv_open(label.c_str(), &status));
    if (U_FAILURE(status)) return std::nullopt;
  }
  // At most one UTF-16 unit per input byte, plus a flush.
  std::vector<UChar> units(bytes.size() + 16);
  std::vector<int32_t> sources(units.size());
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source,
                 bytes.data() + bytes.size(), sources.data(), /*flush=*/true, &status);
  if (U_FAILURE(status)) return std::nullopt;
  const int32_t length = static_cast<int32_t>(target - units.data());

  Transcoded out;
  out.charset = label;
  out.text.reserve(bytes.size() + bytes.size() / 4);
  for (int32_t i = 0; i < length;) {
    const int32_t from = sources[i];
    UChar32 c;
    U16_NEXT(units.data(), i, length, c);
    if (U_IS_SURROGATE(c)) c = 0xFFFD;  // unpaired: not encodable in UTF-8
    const uint32_t clean = static_cast<uint32_t>(out.text.size());
    if (from >= 0) {
      const uint32_t original = static_cast<uint32_t>(from);
      const auto& anchors = out.offsets.anchors;
      if (anchors.empty() || anchors.back().original + (clean - anchors.back().clean) != original) {
        out.offsets.Add(clean, original);
      }
    }
    char buffer[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, c);
    out.text.append(buffer, static_cast<size_t>(n));
  }
  return out;
}

}  // namespace recoupe
