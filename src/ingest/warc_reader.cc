#include "ingest/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace recoupe {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

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

// Value of header `name` (lower case, without colon) in a header block.
std::string_view HeaderValue(std::string_view block, std::string_view name) {
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    size_t colon = line.find(':');
    if (colon != std::string_view::npos && Lower(Trim(line.substr(0, colon))) == name) {
      return Trim(line.substr(colon + 1));
    }
    pos = eol + 1;
  }
  return {};
}

bool PayloadLooksHtml(std::string_view body) {
  std::string head = Lower(body.substr(0, 1024));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
}

}  // namespace

bool LooksLikeWarc(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() && i < 8 && (bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  return bytes.substr(i, 5) == "WARC/";
}

void ReadWarcPages(std::string_view warc, const std::function<void(const WarcPage&)>& visit) {
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
      visit(page);
      break;
    }
    std::string_view headers = warc.substr(pos, header_end - pos);
    std::string_view id = HeaderValue(headers, "warc-record-id");
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    if (id.substr(0, 9) == "urn:uuid:") id.remove_prefix(9);
    page.record_id.assign(id);
    page.target_uri.assign(HeaderValue(headers, "warc-target-uri"));
    std::string type = Lower(HeaderValue(headers, "warc-type"));
    std::string_view length_text = HeaderValue(headers, "content-length");
    uint64_t length = 0;
    auto [ptr, ec] =
        std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (ec != std::errc() || length_text.empty()) {
      // Without a length the record cannot be delimited: treat as cut short.
      page.truncated = true;
      visit(page);
      break;
    }
    size_t available = warc.size() - header_end;
    if (length > available) {
      page.truncated = true;
      visit(page);
      break;
    }
    std::string_view block = warc.substr(header_end, static_cast<size_t>(length));
    pos = header_end + static_cast<size_t>(length);
    std::string content_type = Lower(HeaderValue(headers, "content-type"));
    if (type == "response" && content_type.find("application/http") != std::string::npos) {
      size_t http_end = HeaderEnd(block, 0);
      if (http_end == std::string_view::npos) continue;
      std::string_view http_headers = block.substr(0, http_end);
      std::string payload_type = Lower(HeaderValue(http_headers, "content-type"));
      std::string_view body = block.substr(http_end);
      bool html = payload_type.find("html") != std::string::npos ||
                  (payload_type.empty() && PayloadLooksHtml(body));
      if (!html) continue;
      page.body = body;
      page.body_offset = header_end + http_end;
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
