// Legacy encodings in HTML: pages (and WARC payloads) still come in
// windows-1252, ISO-8859-x, Shift_JIS... The rest of ingestion wants UTF-8, so
// such a page is transcoded (ICU converters) before parsing, with a map from
// the UTF-8 bytes back to the page's bytes. A page whose bytes already read
// as UTF-8 is left alone whatever it declares: mislabelled pages are common.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"

namespace recoupe {

// The charset label a page declares in its first few kilobytes (<meta
// charset>, <meta http-equiv content="...; charset=...">), lower case, or
// empty.
std::string SniffHtmlCharset(std::string_view html);

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"),
// lower case, or empty.
std::string CharsetFromContentType(std::string_view content_type);

struct Transcoded {
  std::string text;     // UTF-8
  OffsetMap offsets;    // text bytes -> input bytes
  std::string charset;  // the converter used
};

// Transcodes `bytes` to UTF-8 when they do not read as UTF-8 (more invalid
// sequences than valid multi-byte ones), from `declared` if ICU knows it and
// it is not UTF-8, else from windows-1252 (what browsers assume, and what
// "iso-8859-1" and "us-ascii" labels mean on the web). nullopt when the bytes
// are UTF-8 already or nothing could be converted.
std::optional<Transcoded> TranscodeToUtf8(std::string_view bytes, std::string_view declared);

}  // namespace recoupe
