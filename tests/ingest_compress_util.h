// Test helpers for compressed inputs: gzip and Brotli streams made at test
// time, and ReadDocuments over bytes named like a file.
#pragma once

#include <brotli/encode.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "ingest/reader.h"

namespace recoupe::testing {

// One gzip member holding `data`.
inline std::string GzipMember(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string Brotli(const std::string& data) {
  size_t size = BrotliEncoderMaxCompressedSize(data.size());
  std::string out(size == 0 ? data.size() + 1024 : size, '\0');
  BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
                        data.size(), reinterpret_cast<const uint8_t*>(data.data()), &size,
                        reinterpret_cast<uint8_t*>(out.data()));
  out.resize(size);
  return out;
}

inline std::vector<Document> ReadNamed(const std::string& bytes, const std::string& source,
                                       ReadOptions options = {}) {
  RawInput input;
  input.source = source;
  input.id = "doc";
  input.bytes = bytes;
  std::vector<Document> docs;
  ReadDocuments(input, options, [&](Document&& d) { docs.push_back(std::move(d)); });
  return docs;
}

inline std::string ArticleText(int variant) {
  std::string s = "Article " + std::to_string(variant) + ". ";
  for (int i = 0; i < 12; ++i) {
    s += "Les secours ont évacué " + std::to_string(variant + i) +
         " habitants après les inondations dans la vallée, selon la préfecture. ";
  }
  return s;
}

inline std::string JsonlLine(int variant) {
  return "{\"id\": \"a" + std::to_string(variant) + "\", \"text\": \"" + ArticleText(variant) +
         "\"}\n";
}

inline std::string WarcResponse(int variant, const std::string& http_headers,
                                const std::string& body) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" +
                     http_headers + "\r\n" + body;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:r" +
         std::to_string(variant) + ">\r\nWARC-Target-URI: https://news.example/" +
         std::to_string(variant) +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

inline std::string HtmlPage(int variant) {
  return "<!DOCTYPE html><html><head><title>Crue " + std::to_string(variant) +
         "</title></head><body><article><p>" + ArticleText(variant) +
         "</p><p>Les routes restent fermées dans la vallée, a indiqué la mairie.</p>"
         "</article></body></html>";
}

}  // namespace recoupe::testing
