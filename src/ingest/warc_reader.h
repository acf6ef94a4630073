// Splitting a WARC file (already gunzipped, or being inflated) into its
// records, one at a time: only the record being read is held in memory. Only
// response (and resource) records carrying HTML are of interest to the
// reader; the rest are skipped. A record cut short by the end of the file is
// reported as truncated so the reader can reject it with a reason. HTTP
// payloads stored as sent (chunked, gzip, deflate or Brotli) are decoded
// (ingest/http_payload.h), and transcoded to UTF-8 when the HTTP header
// declares another charset and the bytes are not UTF-8 (ingest/charset.h).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "ingest/byte_window.h"

namespace recoupe {

bool LooksLikeWarc(std::string_view bytes);

// Passed to the visitor by reference and valid only during the call: `body`
// may point into `decoded` or into the reader's window.
struct WarcPage {
  std::string record_id;     // WARC-Record-ID without the <urn:uuid:...> brackets; may be empty
  std::string target_uri;    // WARC-Target-URI
  std::string_view body;     // the HTML payload (HTTP headers removed, codings undone)
  uint64_t body_offset = 0;  // where the HTTP body starts in the WARC bytes
  size_t index = 0;          // 0-based count of the record in the file
  bool truncated = false;    // the record (or its chunked/compressed body) is cut short
  bool verbatim = true;      // `body` is bytes of the WARC; false once a coding was undone
  std::string error;         // one sentence when the record is unusable (truncated or not)
  std::string warning;       // part of a compressed body was lost, the rest is in `body`
  std::string decoded;       // storage for a decoded body
};

struct WarcLimits {
  uint64_t max_body_bytes = 64ull << 20;    // decoded HTTP bodies are capped at this
  uint64_t max_record_bytes = 65ull << 20;  // larger records are skipped unread
  size_t max_header_bytes = 1 << 20;        // WARC headers longer than this lose sync
};

// Calls `visit` for each response/resource record whose payload is HTML, and
// for each truncated record whatever its type. A response whose HTTP body
// cannot be decoded, or that is over `max_record_bytes`, is visited with
// `error` set and an empty body (and `truncated` when the body is cut short).
// Never throws.
void ReadWarcPages(ByteWindow& warc, const std::function<void(const WarcPage&)>& visit,
                   const WarcLimits& limits = {});

// The same over bytes in memory.
void ReadWarcPages(std::string_view warc, const std::function<void(const WarcPage&)>& visit,
                   uint64_t max_body_bytes = 64ull << 20);

}  // namespace recoupe
