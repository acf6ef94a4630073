// Undoing the codings an HTTP response body may carry when a crawler stored it
// as it came off the wire (WARC response records): Transfer-Encoding chunked
// (RFC 9112 section 7.1) and Content-Encoding gzip / x-gzip / deflate / br
// (Brotli; a cut or corrupt Brotli body is refused, not read in part).
// Crawlers that store the decoded body but keep the original headers are
// common (Common Crawl renames them X-Crawler-*, others do not), so a body
// that does not look coded is taken as it is rather than refused.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace recoupe {

struct HttpBody {
  bool decoded = false;    // a coding was undone: the payload is in `bytes`
  std::string bytes;       // the decoded payload when `decoded`
  std::string error;       // one sentence when the body cannot be used; empty otherwise
  bool truncated = false;  // with `error`: the body ends inside a chunk or compressed stream
  std::string warning;     // a compressed stream ended early but part of it was read
};

// `http_headers` is the response's header block (status line included);
// `body` what follows it. Decoded output is capped at `max_output` bytes.
HttpBody DecodeHttpBody(std::string_view http_headers, std::string_view body, uint64_t max_output);

// Value of header `name` (lower case, without colon) in a header block, or
// empty. Shared with the WARC reader, whose record headers have the same form.
std::string_view HttpHeaderValue(std::string_view block, std::string_view name);

}  // namespace recoupe
