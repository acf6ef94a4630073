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

}  // namespace

bool LooksLikeWarc(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() && i < 8 && (bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  return bytes.substr(i, 5) == "WARC/";
}

void ReadWarcPages(std::string_view warc, const std::function<void(const WarcPage&)>& visit,
                   uint64_t max_body_bytes) {
  size_t pos = 0;
  size_t index = 0;
  while (pos < warc.size()) {
    // Skip blank lines between records.
    while (pos < warc.size() && (warc[pos] == '\r' || warc[pos] == '\n')) ++pos;
    if (pos >= warc.size()) break;
    if (warc.substr(pos, 5) != "WARC/") {
      // Lost sync: look for the next record start rather than give up.
      size_t next = warc.find("\nWARC/", pos);
      if (next == std::string_view::npos) break;
      pos = next + 1;
      continue;
    }
    WarcPage page;
    page.index = index++;
    size_t header_end = HeaderEnd(warc, pos);
    if (header_end == std::string_view::npos) {
      page.truncated = true;
      page.error = "The WARC record is truncated: the file ends inside its headers.";
      visit(page);
      break;
    }
    std::string_view headers = warc.substr(pos, header_end - pos);
    std::string_view id = HttpHeaderValue(headers, "warc-record-id");
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    if (id.substr(0, 9) == "urn:uuid:") id.remove_prefix(9);
    page.record_id.assign(id);
    page.target_uri.assign(HttpHeaderValue(headers, "warc-target-uri"));
    std::string type = LowerAscii(HttpHeaderValue(headers, "warc-type"));
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
    size_t available = warc.size() - header_end;
    if (length > available) {
      page.truncated = true;
      page.error = "The WARC record is truncated: the file ends before its declared length.";
      visit(page);
      break;
    }
    std::string_view block = warc.substr(header_end, static_cast<size_t>(length));
    pos = header_end + static_cast<size_t>(length);
    std::string content_type = LowerAscii(HttpHeaderValue(headers, "content-type"));
    if (type == "response" && content_type.find("application/http") != std::string::npos) {
      size_t http_end = HeaderEnd(block, 0);
      if (http_end == std::string_view::npos) continue;
      std::string_view http_headers = block.substr(0, http_end);
      // Redirects, errors and "not modified" carry a server's page, not the
      // article: only 2xx responses are pages.
      if (!SuccessfulStatus(http_headers)) continue;
      std::string payload_type = LowerAscii(HttpHeaderValue(http_headers, "content-type"));
      std::string_view body = block.substr(http_end);
      page.body_offset = header_end + http_end;
      if (payload_type.find("html") == std::string::npos && !payload_type.empty()) continue;
      HttpBody decoded = DecodeHttpBody(http_headers, body, max_body_bytes);
      if (!decoded.error.empty()) {
        // Only pages that declare HTML are worth a rejection; an undecodable
        // body of unknown type is most likely not a page.
        if (payload_type.empty()) continue;
        page.error = std::move(decoded.error);
        page.truncated = decoded.truncated;
        visit(page);
        continue;
      }
      if (decoded.decoded) {
        page.decoded = std::move(decoded.bytes);
        body = page.decoded;
        page.verbatim = false;
        page.warning = std::move(decoded.warning);
      }
      if (payload_type.empty() && !PayloadLooksHtml(body)) continue;
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
      visit(page);
    } else if ((type == "response" || type == "resource") &&
               (content_type.find("html") != std::string::npos || PayloadLooksHtml(block))) {
      page.body = block;
      page.body_offset = header_end;
      visit(page);
    }
  }
}

}  // namespace recoupe
