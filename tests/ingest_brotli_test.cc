// Brotli input: .br files (text, HTML, JSONL, WARC) and HTTP bodies with
// Content-Encoding: br inside WARC response records. A Brotli stream that is
// cut short or corrupt gives a rejected document with a reason, never a crash
// and never a part of the text.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "ingest/gzip.h"
#include "ingest/http_payload.h"
#include "ingest/warc_reader.h"
#include "ingest_compress_util.h"

namespace recoupe {
namespace {

using testing::ArticleText;
using testing::Brotli;
using testing::HtmlPage;
using testing::JsonlLine;
using testing::ReadNamed;
using testing::WarcResponse;

TEST(IngestBrotli, OneShotRoundTrip) {
  std::string text = ArticleText(1);
  Gunzipped out = Unbrotli(Brotli(text), 1 << 20);
  EXPECT_TRUE(out.error.empty()) << out.error;
  EXPECT_FALSE(out.truncated);
  EXPECT_EQ(out.bytes, text);
}

TEST(IngestBrotli, OneShotOutputIsCapped) {
  std::string text(200000, 'a');
  Gunzipped out = Unbrotli(Brotli(text), 1000);
  EXPECT_TRUE(out.truncated);
  EXPECT_TRUE(out.over_limit);
  EXPECT_EQ(out.bytes.size(), 1000u);
}

TEST(IngestBrotli, TextFileIsReadWithOffsetsIntoTheDecompressedText) {
  std::string text = "Crue dans la vallée\n\n" + ArticleText(2);
  auto docs = ReadNamed(Brotli(text), "story.txt.br");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  size_t at = docs[0].text.find("préfecture");
  ASSERT_NE(at, std::string::npos);
  uint32_t original = docs[0].offsets.ToOriginal(static_cast<uint32_t>(at));
  EXPECT_EQ(text.substr(original, std::string("préfecture").size()), "préfecture");
}

TEST(IngestBrotli, HtmlFileIsExtracted) {
  auto docs = ReadNamed(Brotli(HtmlPage(3)), "page.html.br");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].text.find("routes restent fermées"), std::string::npos);
  EXPECT_EQ(docs[0].title.value_or(""), "Crue 3");
}

TEST(IngestBrotli, JsonlFileGivesOneDocumentPerLine) {
  std::string jsonl = JsonlLine(1) + JsonlLine(2) + JsonlLine(3);
  auto docs = ReadNamed(Brotli(jsonl), "feed.jsonl.br");
  ASSERT_EQ(docs.size(), 3u);
  for (const auto& d : docs) EXPECT_TRUE(d.ok()) << d.error;
  EXPECT_EQ(docs[2].id, "a3");
}

TEST(IngestBrotli, TruncatedTextFileIsRejectedWithAReason) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += ArticleText(i) + "\n";
  std::string br = Brotli(text);
  for (size_t cut : {size_t{1}, br.size() / 3, br.size() / 2, br.size() - 1}) {
    auto docs = ReadNamed(br.substr(0, cut), "story.txt.br");
    ASSERT_EQ(docs.size(), 1u) << cut;
    EXPECT_FALSE(docs[0].ok()) << cut;
    EXPECT_NE(docs[0].error.find("Brotli"), std::string::npos) << docs[0].error;
  }
}

TEST(IngestBrotli, CorruptFileIsRejectedWithAReason) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::string bytes(1 + rng() % 600, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    auto docs = ReadNamed(bytes, "junk.br");
    ASSERT_FALSE(docs.empty());
    for (const auto& d : docs) {
      if (!d.ok()) EXPECT_FALSE(d.error.empty());
    }
  }
  // A flipped byte in the middle of a real stream.
  std::string br = Brotli(ArticleText(4) + ArticleText(5));
  br[br.size() / 2] = static_cast<char>(br[br.size() / 2] ^ 0x5a);
  auto docs = ReadNamed(br, "story.txt.br");
  ASSERT_EQ(docs.size(), 1u);
  if (!docs[0].ok()) EXPECT_FALSE(docs[0].error.empty());
}

TEST(IngestBrotli, WarcBodyWithBrContentEncodingIsDecoded) {
  std::string warc = WarcResponse(1, "Content-Encoding: br\r\n", Brotli(HtmlPage(1)));
  auto docs = ReadNamed(warc, "crawl.warc");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].text.find("routes restent fermées"), std::string::npos);
  EXPECT_EQ(docs[0].id, "r1");
}

TEST(IngestBrotli, ChunkedBrotliBodyIsDechunkedThenDecoded) {
  std::string br = Brotli(HtmlPage(2));
  char size[32];
  std::snprintf(size, sizeof size, "%zx", br.size());
  std::string chunked = std::string(size) + "\r\n" + br + "\r\n0\r\n\r\n";
  HttpBody body = DecodeHttpBody(
      "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nTransfer-Encoding: chunked\r\n\r\n", chunked,
      1 << 20);
  EXPECT_TRUE(body.error.empty()) << body.error;
  EXPECT_TRUE(body.decoded);
  EXPECT_EQ(body.bytes, HtmlPage(2));
}

TEST(IngestBrotli, BrHeaderOnADecodedBodyKeepsTheBody) {
  std::string warc = WarcResponse(1, "Content-Encoding: br\r\n", HtmlPage(1));
  auto docs = ReadNamed(warc, "crawl.warc");
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].text.find("routes restent fermées"), std::string::npos);
}

TEST(IngestBrotli, TruncatedBrBodyRejectsItsRecordOnly) {
  std::string br = Brotli(HtmlPage(2));
  std::string warc = WarcResponse(1, "", HtmlPage(1)) +
                     WarcResponse(2, "Content-Encoding: br\r\n", br.substr(0, br.size() / 2)) +
                     WarcResponse(3, "", HtmlPage(3));
  auto docs = ReadNamed(warc, "crawl.warc");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].error.find("br-compressed"), std::string::npos) << docs[1].error;
  EXPECT_TRUE(docs[2].ok()) << docs[2].error;
}

TEST(IngestBrotli, CorruptBrBodyIsRejected) {
  std::string body(300, '\0');
  std::mt19937 rng(11);
  for (char& c : body) c = static_cast<char>(rng() % 0x1f + 1);  // control bytes, no markup
  std::vector<std::string> errors;
  ReadWarcPages(WarcResponse(1, "Content-Encoding: br\r\n", body),
                [&](const WarcPage& page) { errors.push_back(page.error); });
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("truncated or corrupt"), std::string::npos) << errors[0];
}

TEST(IngestBrotli, WarcFileCompressedWholeWithBrotliIsReadRecordByRecord) {
  std::string warc = WarcResponse(1, "", HtmlPage(1)) + WarcResponse(2, "", HtmlPage(2));
  auto docs = ReadNamed(Brotli(warc), "crawl.warc.br");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_TRUE(docs[1].ok()) << docs[1].error;
  EXPECT_EQ(docs[1].id, "r2");
}

}  // namespace
}  // namespace recoupe
