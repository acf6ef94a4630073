// Robustness of ReadDocuments: every input gives documents, bad ones rejected
// with a reason, never a crash or an exception.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "ingest/input_walker.h"
#include "ingest/reader.h"
#include "ingest_compress_util.h"

namespace recoupe {
namespace {

std::vector<Document> Read(const std::string& bytes, const std::string& source = "doc.txt",
                           ReadOptions options = {}) {
  return testing::ReadNamed(bytes, source, options);
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
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

std::string Article() {
  std::string s;
  for (int i = 0; i < 40; ++i)
    s += "Le gouvernement a annoncé de nouvelles mesures pour la ville. ";
  return s;
}

std::string WarcRecord(const std::string& id, const std::string& uri, const std::string& html,
                       int declared_extra = 0) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id +
         ">\r\nWARC-Target-URI: " + uri +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(http.size() + declared_extra) + "\r\n\r\n" + http + "\r\n\r\n";
}

TEST(IngestReader, PlainTextIsKeptWithExactOffsets) {
  auto docs = Read("Titre\n\n" + Article());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_EQ(docs[0].text.substr(0, 5), "Titre");
  EXPECT_EQ(docs[0].offsets.ToOriginal(7), 7u);
}

TEST(IngestReader, EmptyAndWhitespaceFilesAreRejected) {
  for (const std::string& bytes : {std::string(), std::string(" \n\t\n  ")}) {
    auto docs = Read(bytes);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_FALSE(docs[0].ok());
    EXPECT_FALSE(docs[0].error.empty());
  }
}

TEST(IngestReader, BinaryFileIsRejected) {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  bytes += std::string("\0\0\0\rIHDR\0\0\x01\0", 13);
  std::mt19937 rng(7);
  for (int i = 0; i < 4000; ++i) bytes += static_cast<char>(rng() & 0xff);
  auto docs = Read(bytes, "image.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error.find("binary"), std::string::npos);
}

TEST(IngestReader, InvalidUtf8IsRepairedWithAWarning) {
  auto docs = Read("Caf\xe9 cr\xe8me. " + Article());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_NE(docs[0].error.find("invalid UTF-8"), std::string::npos);
}

TEST(IngestReader, MostlyInvalidUtf8IsRejected) {
  std::string bytes;
  for (int i = 0; i < 500; ++i) bytes += "\xe9\xe8\xff a";
  auto docs = Read(bytes);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
}

TEST(IngestReader, OverSizeLimitIsRejected) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  auto docs = Read(Article() + Article(), "big.txt", options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error.find("limit"), std::string::npos);
}

TEST(IngestReader, GzipIsUnwrapped) {
  auto docs = Read(Gzip(Article()), "doc.txt.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].text.find("gouvernement"), std::string::npos);
}

TEST(IngestReader, TruncatedGzipKeepsWhatDecompressed) {
  std::string big;
  for (int i = 0; i < 50; ++i) big += Article() + std::to_string(i) + "\n";
  std::string gz = Gzip(big);
  auto docs = Read(gz.substr(0, gz.size() / 2), "doc.txt.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_NE(docs[0].error.find("truncated"), std::string::npos);
  EXPECT_LT(docs[0].text.size(), big.size());
}

TEST(IngestReader, GzipTruncatedInItsHeaderIsRejected) {
  std::string gz = Gzip(Article());
  auto docs = Read(gz.substr(0, 6), "doc.txt.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_FALSE(docs[0].error.empty());
}

TEST(IngestReader, WarcGivesOneDocumentPerHtmlResponse) {
  std::string html = "<html><body><p>" + Article() + "</p></body></html>";
  std::string warc = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n" +
                     WarcRecord("aaa-1", "https://example.org/2022/01/06/a", html) +
                     WarcRecord("bbb-2", "https://example.org/b", html);
  auto docs = Read(Gzip(warc), "crawl.warc.gz");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "aaa-1");
  EXPECT_EQ(docs[1].id, "bbb-2");
  EXPECT_EQ(docs[0].url.value_or(""), "https://example.org/2022/01/06/a");
  EXPECT_EQ(docs[0].outlet.value_or(""), "example.org");
}

TEST(IngestReader, TruncatedWarcRecordIsRejectedOthersKept) {
  std::string html = "<html><body><p>" + Article() + "</p></body></html>";
  std::string warc = WarcRecord("ok-1", "https://example.org/a", html) +
                     WarcRecord("cut-2", "https://example.org/b", html, 5000);
  auto docs = Read(warc, "crawl.warc");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "ok-1");
  EXPECT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].error.find("truncated"), std::string::npos);
}

TEST(IngestReader, JsonlGivesOneDocumentPerLineAndRejectsBadLines) {
  std::string jsonl =
      "{\"id\": \"a1\", \"text\": \"" + Article() +
      "\", \"url\": \"https://www.news.example/x\", \"date\": \"2022-01-06T10:00:00Z\"}\n"
      "not json at all\n"
      "{\"title\": \"no body\"}\n"
      "{\"content\": \"" +
      Article() + "\", \"published\": \"2022-01\"}\n";
  auto docs = Read(jsonl, "batch.jsonl");
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0].id, "a1");
  EXPECT_EQ(docs[0].published.value_or(""), "2022-01-06");
  EXPECT_EQ(docs[0].outlet.value_or(""), "news.example");
  EXPECT_FALSE(docs[1].ok());
  EXPECT_FALSE(docs[2].ok());
  EXPECT_TRUE(docs[3].ok());
  EXPECT_EQ(docs[3].id, "doc#4");
}

TEST(IngestReader, DeeplyNestedHtmlDoesNotCrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "texte";
  for (int i = 0; i < 50000; ++i) html += "</div>";
  auto docs = Read(html, "page.html");
  ASSERT_EQ(docs.size(), 1u);  // ok or rejected, but one document and no crash
}

TEST(IngestReader, DeeplyNestedJsonLineIsRejected) {
  std::string line = "{\"a\":" + std::string(100000, '[') + "\n";
  auto docs = Read(line, "x.jsonl");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
}

TEST(IngestReader, TenThousandSmallFilesEachGiveADocument) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("recoupe_ingest_" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  for (int i = 0; i < 10000; ++i) {
    std::ofstream(dir / (i % 2 ? "sub" : ".") / ("f" + std::to_string(i) + ".txt"))
        << "Article " << i << ". Le maire a parlé.\n";
  }
  size_t docs = 0, ok = 0;
  WalkInputs({dir.string()}, WalkOptions{}, [&](RawInput&& input) {
    ReadDocuments(input, ReadOptions{}, [&](Document&& d) {
      ++docs;
      ok += d.ok();
    });
  });
  fs::remove_all(dir);
  EXPECT_EQ(docs, 10000u);
  EXPECT_EQ(ok, 10000u);
}

}  // namespace
}  // namespace recoupe
