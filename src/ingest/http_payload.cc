#include "ingest/http_payload.h"

#include <cctype>
#include <vector>

#include "ingest/gzip.h"
#include "text/ascii_case.h"

namespace recoupe {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "gzip, chunked" -> {"gzip", "chunked"}, lower case, "identity" left out.
std::vector<std::string> Codings(std::string_view value) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= value.size()) {
    size_t comma = value.find(',', pos);
    if (comma == std::string_view::npos) comma = value.size();
    std::string coding = LowerAscii(Trim(value.substr(pos, comma - pos)));
    if (size_t semi = coding.find(';'); semi != std::string::npos) {
      coding = std::string(Trim(std::string_view(coding).substr(0, semi)));
    }
    if (!coding.empty() && coding != "identity") out.push_back(std::move(coding));
    pos = comma + 1;
  }
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

enum class ChunkResult { kOk, kNotChunked, kTruncated, kMalformed, kTooLarge };

// Reads "<hex size>[;ext]\r\n<size bytes>\r\n" ... "0\r\n[trailers]\r\n".
// A body that ends cleanly between chunks without the last chunk is taken
// as complete (nothing is lost); one that ends inside a chunk is not.
ChunkResult Dechunk(std::string_view body, uint64_t max_output, std::string& out) {
  size_t pos = 0;
  bool first = true;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    std::string_view line =
        body.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    uint64_t size = 0;
    size_t digits = 0;
    while (digits < line.size() && HexDigit(line[digits]) >= 0) {
      if (digits >= 15) return ChunkResult::kMalformed;  // no chunk is a petabyte
      size = size * 16 + static_cast<uint64_t>(HexDigit(line[digits]));
      ++digits;
    }
    std::string_view rest = Trim(line.substr(digits));
    if (digits == 0 || (!rest.empty() && rest.front() != ';')) {
      // The first line is not a chunk size: the crawler stored the body
      // already de-chunked and kept the header.
      return first ? ChunkResult::kNotChunked : ChunkResult::kMalformed;
    }
    if (eol == std::string_view::npos) return ChunkResult::kTruncated;  // size line cut short
    first = false;
    pos = eol + 1;
    if (size == 0) return ChunkResult::kOk;  // trailers, if any, carry nothing we use
    if (size > body.size() - pos) return ChunkResult::kTruncated;
    if (out.size() + size > max_output) return ChunkResult::kTooLarge;
    out.append(body.substr(pos, static_cast<size_t>(size)));
    pos += static_cast<size_t>(size);
    // The CRLF after the data (a bare LF from sloppy servers).
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    } else if (pos < body.size()) {
      return ChunkResult::kMalformed;
    }
  }
  return ChunkResult::kOk;
}

// Markup as stored by a crawler that decoded the body but kept the header:
// the first byte past white space opens a tag.
bool LooksLikeMarkup(std::string_view payload) {
  size_t first = payload.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && payload[first] == '<';
}

// Undoes one content coding (or a transfer coding other than chunked) on
// `payload`. Returns false with `result.error` set when it cannot.
bool Uncompress(const std::string& coding, std::string& payload, uint64_t max_output,
                HttpBody& result) {
  Gunzipped out;
  if (coding == "gzip" || coding == "x-gzip") {
    if (!LooksGzipped(payload)) return true;  // stored decoded, header kept
    out = Gunzip(payload, max_output);
  } else if (coding == "deflate") {
    out = Inflate(payload, max_output);
  } else if (coding == "br") {
    // Brotli has no magic bytes: decoded-and-kept bodies show only when
    // decoding fails.
    out = Unbrotli(payload, max_output);
    if (out.truncated && !out.over_limit) {
      if (LooksLikeMarkup(payload)) return true;  // stored decoded, header kept
      result.error = "The HTTP body is br-compressed but truncated or corrupt.";
      result.truncated = true;
      return false;
    }
  } else {
    result.error = "The HTTP body uses the '" + coding + "' coding, which cannot be decoded.";
    return false;
  }
  if (!out.error.empty()) {
    result.error = "The HTTP body is " + coding +
                   "-compressed but truncated or corrupt, and nothing could be decompressed.";
    result.truncated = true;
    return false;
  }
  if (out.truncated) {
    result.warning = "The HTTP body's " + coding +
                     " stream ended early or was over the size limit; only the part that "
                     "decompressed was read.";
  }
  payload = std::move(out.bytes);
  return true;
}

}  // namespace

std::string_view HttpHeaderValue(std::string_view block, std::string_view name) {
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    size_t colon = line.find(':');
    if (colon != std::string_view::npos && LowerAscii(Trim(line.substr(0, colon))) == name) {
      return Trim(line.substr(colon + 1));
    }
    pos = eol + 1;
  }
  return {};
}

HttpBody DecodeHttpBody(std::string_view http_headers, std::string_view body, uint64_t max_output) {
  HttpBody result;
  // Codings are listed in the order they were applied: undo them backwards,
  // transfer codings (outermost) first.
  std::vector<std::string> transfer = Codings(HttpHeaderValue(http_headers, "transfer-encoding"));
  std::vector<std::string> content = Codings(HttpHeaderValue(http_headers, "content-encoding"));
  if (transfer.empty() && content.empty()) return result;
  std::string payload;
  bool have_payload = false;  // `payload` holds the body, decoded so far
  auto current = [&]() -> std::string_view { return have_payload ? payload : body; };
  for (auto it = transfer.rbegin(); it != transfer.rend(); ++it) {
    if (*it == "chunked") {
      std::string out;
      switch (Dechunk(current(), max_output, out)) {
        case ChunkResult::kOk:
          payload = std::move(out);
          have_payload = true;
          break;
        case ChunkResult::kNotChunked: break;
        case ChunkResult::kTruncated:
          result.error = "The HTTP chunked body ends inside a chunk.";
          result.truncated = true;
          return result;
        case ChunkResult::kMalformed:
          result.error = "The HTTP chunked body has a malformed chunk size line.";
          return result;
        case ChunkResult::kTooLarge:
          result.error = "The HTTP chunked body is over the size limit.";
          return result;
      }
      continue;
    }
    if (!have_payload) payload.assign(body);
    have_payload = true;
    if (!Uncompress(*it, payload, max_output, result)) return result;
  }
  for (auto it = content.rbegin(); it != content.rend(); ++it) {
    if (!have_payload) payload.assign(body);
    have_payload = true;
    if (!Uncompress(*it, payload, max_output, result)) return result;
  }
  if (have_payload) {
    result.decoded = true;
    result.bytes = std::move(payload);
  }
  return result;
}

}  // namespace recoupe
