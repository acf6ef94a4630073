// WARC response records whose HTTP payload is stored as sent: chunked
// transfer coding, gzip / deflate content coding, and what happens when such
// a payload is cut short or malformed (a rejected record, never a crash).
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "ingest/http_payload.h"
#include "ingest/reader.h"
#include "ingest/warc_reader.h"

namespace recoupe {
namespace {

// window_bits: 16 + MAX_WBITS gzip, MAX_WBITS zlib, -MAX_WBITS raw deflate.
std::string Compress(const std::string& data, int window_bits) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = data.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Splits `data` into chunks of `size` bytes in the chunked transfer coding.
std::string Chunk(const std::string& data, size_t size) {
  std::string out;
  char hex[32];
  for (size_t pos = 0; pos < data.size(); pos += size) {
    std::string piece = data.substr(pos, size);
    std::snprintf(hex, sizeof hex, "%zx", piece.size());
    out += std::string(hex) + (pos == 0 ? ";ext=1" : "") + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

std::string Page() {
  std::string p = "<!DOCTYPE html><html><head><title>Inondations</title></head><body><article>";
  for (int i = 0; i < 12; ++i) {
    p += "<p>Les pluies ont provoqué des inondations dans plusieurs communes du sud, où les "
         "secours sont intervenus toute la nuit, selon la préfecture.</p>";
  }
  return p + "</article></body></html>";
}

std::string Response(const std::string& http_headers, const std::string& body,
                     const std::string& id = "rec-1", const std::string& status = "200 OK") {
  std::string http = "HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\n" +
                     http_headers + "\r\n" + body;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nWARC-Target-URI: https://news.example/a\r\n"
         "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
}

struct Seen {
  std::string body, error, warning;
  bool truncated = false, verbatim = true;
};

std::vector<Seen> Pages(const std::string& warc) {
  std::vector<Seen> out;
  ReadWarcPages(warc, [&](const WarcPage& p) {
    out.push_back({std::string(p.body), p.error, p.warning, p.truncated, p.verbatim});
  });
  return out;
}

std::vector<Document> Read(const std::string& bytes, const std::string& source) {
  RawInput input;
  input.source = source;
  input.id = "crawl";
  input.bytes = bytes;
  std::vector<Document> docs;
  ReadDocuments(input, {}, [&](Document&& d) { docs.push_back(std::move(d)); });
  return docs;
}

TEST(IngestWarc, ChunkedBodyIsDecoded) {
  auto pages = Pages(Response("Transfer-Encoding: chunked\r\n", Chunk(Page(), 100)));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].body, Page());
  EXPECT_TRUE(pages[0].error.empty());
  EXPECT_FALSE(pages[0].verbatim);
}

TEST(IngestWarc, ChunkedBodyGivesAnArticleWithoutChunkSizes) {
  auto docs = Read(Response("Transfer-Encoding: chunked\r\n", Chunk(Page(), 64)), "c.warc");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].text.find("les secours sont intervenus toute la nuit"), std::string::npos);
  // 64 bytes in hex: a chunk size line would break a sentence.
  EXPECT_EQ(docs[0].text.find("\n40\n"), std::string::npos);
  EXPECT_EQ(docs[0].text.find("40\r"), std::string::npos);
}

TEST(IngestWarc, TruncatedChunkRejectsTheRecordOnly) {
  std::string chunked = Chunk(Page(), 100);
  std::string cut = chunked.substr(0, 250);  // ends inside the third chunk
  std::string warc =
      Response("Transfer-Encoding: chunked\r\n", cut, "cut-1") + Response("", Page(), "ok-2");
  auto pages = Pages(warc);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_TRUE(pages[0].truncated);
  EXPECT_EQ(pages[0].error, "The HTTP chunked body ends inside a chunk.");
  EXPECT_TRUE(pages[0].body.empty());
  EXPECT_EQ(pages[1].body, Page());

  auto docs = Read(warc, "c.warc");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_FALSE(docs[0].error.empty());
  EXPECT_TRUE(docs[1].ok()) << docs[1].error;
}

TEST(IngestWarc, ChunkSizeLineCutShortIsTruncated) {
  auto pages = Pages(Response("Transfer-Encoding: chunked\r\n", "a\r\n0123456789\r\n1f"));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(pages[0].truncated);
  EXPECT_FALSE(pages[0].error.empty());
}

TEST(IngestWarc, MalformedChunkSizeIsRejectedWithAReason) {
  auto pages =
      Pages(Response("Transfer-Encoding: chunked\r\n", "5\r\n<html\r\nzz\r\nbody\r\n0\r\n\r\n"));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_FALSE(pages[0].truncated);
  EXPECT_EQ(pages[0].error, "The HTTP chunked body has a malformed chunk size line.");
}

TEST(IngestWarc, HugeChunkSizeIsTruncatedNotAnAllocation) {
  auto pages = Pages(Response("Transfer-Encoding: chunked\r\n", "fffffffffffffff\r\n<html>"));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_FALSE(pages[0].error.empty());
  auto overflow =
      Pages(Response("Transfer-Encoding: chunked\r\n", "ffffffffffffffffffff\r\n<html>"));
  ASSERT_EQ(overflow.size(), 1u);
  EXPECT_FALSE(overflow[0].error.empty());
}

TEST(IngestWarc, AlreadyDechunkedBodyWithStaleHeaderIsKept) {
  // Crawlers often store the decoded body but keep the original header.
  auto pages = Pages(Response("Transfer-Encoding: chunked\r\n", Page()));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(pages[0].error.empty());
  EXPECT_EQ(pages[0].body, Page());
}

TEST(IngestWarc, GzipContentEncodingIsDecoded) {
  auto pages = Pages(Response("Content-Encoding: gzip\r\n", Compress(Page(), 16 + MAX_WBITS)));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].body, Page());
}

TEST(IngestWarc, ChunkedGzipIsDechunkedThenGunzipped) {
  std::string gz = Compress(Page(), 16 + MAX_WBITS);
  auto docs =
      Read(Response("Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", Chunk(gz, 50)),
           "c.warc");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].text.find("inondations dans plusieurs communes"), std::string::npos);
  EXPECT_EQ(docs[0].title.value_or(""), "Inondations");
}

TEST(IngestWarc, DeflateBothZlibWrappedAndRawIsDecoded) {
  auto zlib = Pages(Response("Content-Encoding: deflate\r\n", Compress(Page(), MAX_WBITS)));
  ASSERT_EQ(zlib.size(), 1u);
  EXPECT_EQ(zlib[0].body, Page());
  auto raw = Pages(Response("Content-Encoding: deflate\r\n", Compress(Page(), -MAX_WBITS)));
  ASSERT_EQ(raw.size(), 1u);
  EXPECT_EQ(raw[0].body, Page());
}

TEST(IngestWarc, GzipHeaderOnADecodedBodyKeepsTheBody) {
  auto pages = Pages(Response("Content-Encoding: gzip\r\n", Page()));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(pages[0].error.empty());
  EXPECT_EQ(pages[0].body, Page());
}

TEST(IngestWarc, TruncatedGzipBodyKeepsWhatDecompressedWithAWarning) {
  std::string big;
  for (int i = 0; i < 200; ++i) big += Page();
  std::string gz = Compress(big, 16 + MAX_WBITS);
  auto pages = Pages(Response("Content-Encoding: gzip\r\n", gz.substr(0, gz.size() / 2)));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(pages[0].error.empty());
  EXPECT_FALSE(pages[0].warning.empty());
  EXPECT_GT(pages[0].body.size(), 1000u);
  EXPECT_EQ(big.compare(0, pages[0].body.size(), pages[0].body), 0);
}

TEST(IngestWarc, GzipHeaderCutBeforeAnyOutputIsRejected) {
  std::string gz = Compress(Page(), 16 + MAX_WBITS);
  auto pages = Pages(Response("Content-Encoding: gzip\r\n", gz.substr(0, 6)));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(pages[0].truncated);
  EXPECT_FALSE(pages[0].error.empty());
}

TEST(IngestWarc, UnsupportedCodingIsRejectedWithItsName) {
  // Zstandard (RFC 8878) is not decoded (Brotli is: tests/ingest_brotli_test.cc).
  const std::string zstd = std::string("\x28\xb5\x2f\xfd", 4) + "binary";
  auto pages = Pages(Response("Content-Encoding: zstd\r\n", zstd));
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_NE(pages[0].error.find("'zstd'"), std::string::npos);
  auto docs = Read(Response("Content-Encoding: zstd\r\n", zstd), "c.warc");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
}

TEST(IngestWarc, DecodedBodyIsCappedAtTheLimit) {
  std::string zeros(1 << 20, 'a');
  std::string gz = Compress("<html><body>" + zeros, 16 + MAX_WBITS);
  std::vector<size_t> sizes;
  ReadWarcPages(
      Response("Content-Encoding: gzip\r\n", gz),
      [&](const WarcPage& p) { sizes.push_back(p.body.size()); }, /*max_body_bytes=*/4096);
  ASSERT_EQ(sizes.size(), 1u);
  EXPECT_EQ(sizes[0], 4096u);
}

TEST(IngestWarc, OnlySuccessfulResponsesArePages) {
  std::string warc = Response("", Page(), "a", "404 Not Found") +
                     Response("", Page(), "b", "301 Moved Permanently") +
                     Response("", Page(), "c", "203 Non-Authoritative Information");
  auto pages = Pages(warc);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].body, Page());
}

TEST(IngestWarc, CodingListsAreParsed) {
  HttpBody plain = DecodeHttpBody("HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\n", "x", 100);
  EXPECT_FALSE(plain.decoded);
  EXPECT_TRUE(plain.error.empty());
  HttpBody chunked = DecodeHttpBody("HTTP/1.1 200 OK\r\ntransfer-encoding:  Chunked \r\n",
                                    "3\r\nabc\r\n0\r\n\r\n", 100);
  EXPECT_TRUE(chunked.decoded);
  EXPECT_EQ(chunked.bytes, "abc");
}

}  // namespace
}  // namespace recoupe
