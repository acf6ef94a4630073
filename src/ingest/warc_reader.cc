#include "ingest/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "ingest/charset.h"
#include "ingest/http_payload.h"
#include "text/ascii_case.h"

namespace recoupe {
namespace {

// Finds the end of a header block (CRLFCRLF, or LFLF from sloppy writers).
// Returns the offset just past it, or npos.
size_t HeaderEnd(std::string_view s, size_t from) {
  size_t crlf = s.find("\r\n\r\n", from);
  size_t lf = s.find("\n\n", from);
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::string_view::npos;
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf))
    return crlf + 4;
  return lf + 2;
}

// HeaderEnd over the window, looking at most `limit` bytes ahead: line by
// line, so that a file whose headers end with LF LF is not searched a
// megabyte ahead for a CR LF CR LF at every record.
size_t HeaderEnd(ByteWindow& in, size_t limit) {
  for (size_t from = 0;;) {
    const size_t lf = in.Find("\n", from, limit);
    if (lf == std::string_view::npos) return lf;
    const std::string_view held = in.Ensure(lf + 3);
    // The earliest terminator: CR LF CR LF starting just before this LF, or
    // LF LF starting at it (an earlier one would have been met at an earlier LF).
    if (lf > 0 && held[lf - 1] == '\r' && held.substr(lf + 1, 2) == "\r\n" && lf + 3 <= limit) {
      return lf + 3;
    }
    if (held.substr(lf + 1, 1) == "\n" && lf + 2 <= limit) return lf + 2;
    from = lf + 1;
  }
}

bool PayloadLooksHtml(std::string_view body) {
  std::string head = LowerAscii(body.substr(0, 1024));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
}

// "HTTP/1.1 200 OK" -> true; a status line without a code (HTTP/0.9-style
// captures) is given the benefit of the doubt.
bool SuccessfulStatus(std::string_view http_headers) {
  if (http_headers.substr(0, 5) != "HTTP/") return true;
  size_t space = http_headers.find(' ');
  if (space == std::string_view::npos || space + 3 >= http_headers.size()) return true;
  char first = http_headers[space + 1];
  if (first < '1' || first > '5') return true;
  return first == '2';
}

// Skips the CR and LF bytes between records; false at the end of the input.
bool SkipBlankLines(ByteWindow& in) {
  while (true) {
    std::string_view held = in.Ensure(64);
    if (held.empty()) return false;
    size_t n = held.find_first_not_of("\r\n");
    if (n != std::string_view::npos) {
      in.Skip(n);
      return true;
    }
    in.Skip(held.size());
  }
}

// Reads an HTTP response record's block (`block_offset`: where it starts in
// the input) into `page`; false when the record is not a page to visit.
bool ReadResponse(std::string_view block, uint64_t block_offset, const WarcLimits& limits,
                  WarcPage& page) {
  size_t http_end = HeaderEnd(block, 0);
  if (http_end == std::string_view::npos) return false;
  std::string_view http_headers = block.substr(0, http_end);
  // Redirects, errors and "not modified" carry a server's page, not the
  // article: only 2xx responses are pages.
  if (!SuccessfulStatus(http_headers)) return false;
  std::string payload_type = LowerAscii(HttpHeaderValue(http_headers, "content-type"));
  std::string_view body = block.substr(http_end);
  page.body_offset = block_offset + http_end;
  if (payload_type.find("html") == std::string::npos && !payload_type.empty()) return false;
  HttpBody decoded = DecodeHttpBody(http_headers, body, limits.max_body_bytes);
  if (!decoded.error.empty()) {
    // Only pages that declare HTML are worth a rejection; an undecodable
    // body of unknown type is most likely not a page.
    if (payload_type.empty()) return false;
    page.error = std::move(decoded.error);
    page.truncated = decoded.truncated;
    return true;
  }
  if (decoded.decoded) {
    page.decoded = std::move(decoded.bytes);
    body = page.decoded;
    page.verbatim = false;
    page.warning = std::move(decoded.warning);
  }
  if (payload_type.empty() && !PayloadLooksHtml(body)) return false;
  // The HTTP charset outranks the page's own <meta> (which the HTML
  // extractor reads when nothing is done here).
  std::string charset = CharsetFromContentType(payload_type);
  if (!charset.empty()) {
    if (auto utf8 = TranscodeToUtf8(body, charset)) {
      page.decoded = std::move(utf8->text);
      body = page.decoded;
      page.verbatim = false;
    }
  }
  page.body = body;
  return true;
}

// A record over the size limit: whether it would have been a page, judged
// from its headers and the head of its block.
bool WouldBePage(std::string_view type, std::string_view content_type, std::string_view head) {
  if (type == "response" && content_type.find("application/http") != std::string::npos) {
    size_t http_end = HeaderEnd(head, 0);
    if (http_end == std::string_view::npos) return false;
    std::string_view http_headers = head.substr(0, http_end);
    std::string payload_type = LowerAscii(HttpHeaderValue(http_headers, "content-type"));
    return SuccessfulStatus(http_headers) && payload_type.find("html") != std::string::npos;
  }
  return (type == "response" || type == "resource") &&
         (content_type.find("html") != std::string::npos || PayloadLooksHtml(head));
}

}  // namespace

bool LooksLikeWarc(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() && i < 8 && (bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  return bytes.substr(i, 5) == "WARC/";
}

void ReadWarcPages(ByteWindow& in, const std::function<void(const WarcPage&)>& visit,
                   const WarcLimits& limits) {
  // Known only once the input has run out, which is when it is asked.
  auto ends = [&in] { return in.cut() ? "the compressed stream ends" : "the file ends"; };
  size_t index = 0;
  while (SkipBlankLines(in)) {
    if (in.Ensure(5).substr(0, 5) != "WARC/") {
      // Lost sync: look for the next record start rather than give up.
      if (!in.SkipTo("\nWARC/")) break;
      in.Skip(1);
      continue;
    }
    WarcPage page;
    page.index = index++;
    size_t header_end = HeaderEnd(in, limits.max_header_bytes);
    if (header_end == std::string_view::npos) {
      if (in.Available().size() >= limits.max_header_bytes) {
        page.error = "The WARC record's headers run over " +
                     std::to_string(limits.max_header_bytes) + " bytes.";
        visit(page);
        in.Skip(1);
        continue;  // resynchronises on the next "WARC/" line
      }
      page.truncated = true;
      page.error = std::string("The WARC record is truncated: ") + ends() + " inside its headers.";
      visit(page);
      break;
    }
    // Copied: the window may move once the block is pulled in.
    const std::string headers(in.Available().substr(0, header_end));
    std::string_view id = HttpHeaderValue(headers, "warc-record-id");
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    if (id.substr(0, 9) == "urn:uuid:") id.remove_prefix(9);
    page.record_id.assign(id);
    page.target_uri.assign(HttpHeaderValue(headers, "warc-target-uri"));
    std::string type = LowerAscii(HttpHeaderValue(headers, "warc-type"));
    std::string content_type = LowerAscii(HttpHeaderValue(headers, "content-type"));
    std::string_view length_text = HttpHeaderValue(headers, "content-length");
    uint64_t length = 0;
    auto [ptr, ec] =
        std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (ec != std::errc() || length_text.empty()) {
      // Without a length the record cannot be delimited: treat as cut short.
      page.truncated = true;
      page.error = "The WARC record has no valid Content-Length.";
      visit(page);
      break;
    }
    const uint64_t record_bytes = header_end + length;
    if (length > limits.max_record_bytes) {
      std::string_view head = in.Ensure(header_end + 64 * 1024).substr(header_end);
      if (WouldBePage(type, content_type, head)) {
        page.error = "The WARC record is " + std::to_string(length) + " bytes, over the limit of " +
                     std::to_string(limits.max_record_bytes) + " bytes for one record.";
        visit(page);
      }
      if (in.Skip(record_bytes) < record_bytes) break;
      continue;
    }
    std::string_view record = in.Ensure(static_cast<size_t>(record_bytes));
    if (record.size() < record_bytes) {
      page.truncated = true;
      page.error =
          std::string("The WARC record is truncated: ") + ends() + " before its declared length.";
      visit(page);
      break;
    }
    std::string_view block = record.substr(header_end, static_cast<size_t>(length));
    const uint64_t block_offset = in.position() + header_end;
    if (type == "response" && content_type.find("application/http") != std::string::npos) {
      if (ReadResponse(block, block_offset, limits, page)) visit(page);
    } else if ((type == "response" || type == "resource") &&
               (content_type.find("html") != std::string::npos || PayloadLooksHtml(block))) {
      page.body = block;
      page.body_offset = block_offset;
      visit(page);
    }
    in.Skip(record_bytes);
  }
}

void ReadWarcPages(std::string_view warc, const std::function<void(const WarcPage&)>& visit,
                   uint64_t max_body_bytes) {
  ByteWindow in(warc);
  WarcLimits limits;
  limits.max_body_bytes = max_body_bytes;
  limits.max_record_bytes = std::max(limits.max_record_bytes, max_body_bytes + (1 << 20));
  ReadWarcPages(in, visit, limits);
}

}  // namespace recoupe
