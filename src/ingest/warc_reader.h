// Splitting a WARC file (already gunzipped) into its records. Only response
// (and resource) records carrying HTML are of interest to the reader; the rest
// are skipped. A record cut short by the end of the file is reported as
// truncated so the reader can reject it with a reason.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace recoupe {

bool LooksLikeWarc(std::string_view bytes);

struct WarcPage {
  std::string record_id;     // WARC-Record-ID without the <urn:uuid:...> brackets; may be empty
  std::string target_uri;    // WARC-Target-URI
  std::string_view body;     // the HTML payload (HTTP headers removed)
  uint64_t body_offset = 0;  // where `body` starts in the WARC bytes
  size_t index = 0;          // 0-based count of the record in the file
  bool truncated = false;    // the record ends before its Content-Length
};

// Calls `visit` for each response/resource record whose payload is HTML, and
// for each truncated record whatever its type. Never throws.
void ReadWarcPages(std::string_view warc, const std::function<void(const WarcPage&)>& visit);

}  // namespace recoupe
