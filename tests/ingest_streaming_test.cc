// Compressed containers read record by record: a .jsonl.gz or .warc.gz is
// inflated a piece at a time (ingest/byte_window.h), so memory stays bounded
// by the largest record; a stream cut mid-record keeps the records before
// the cut and rejects the cut one with a reason; plain text inside a .txt.gz
// keeps exact offsets.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/byte_window.h"
#include "ingest/decompressor.h"
#include "ingest/jsonl_reader.h"
#include "ingest/warc_reader.h"
#include "ingest_compress_util.h"

namespace recoupe {
namespace {

using testing::ArticleText;
using testing::GzipMember;
using testing::HtmlPage;
using testing::JsonlLine;
using testing::ReadNamed;
using testing::WarcResponse;

TEST(IngestStreaming, JsonlGzIsReadWithABoundedWindow) {
  std::string jsonl;
  const int lines = 8000;
  for (int i = 0; i < lines; ++i) jsonl += JsonlLine(i);
  ASSERT_GT(jsonl.size(), 8u << 20);
  std::string gz = GzipMember(jsonl);
  Decompressor stream(gz, Codec::kGzip);
  ByteWindow in(stream);
  size_t seen = 0, ok = 0, most_held = 0;
  ReadJsonlArticles(in, [&](JsonlArticle&& a) {
    ++seen;
    ok += a.error.empty() && a.body.find("préfecture") != std::string::npos;
    most_held = std::max(most_held, in.Available().size());
  });
  EXPECT_EQ(seen, static_cast<size_t>(lines));
  EXPECT_EQ(ok, static_cast<size_t>(lines));
  EXPECT_LT(most_held, 1u << 20);  // not the 8+ MiB inflated
  EXPECT_FALSE(in.cut());
}

TEST(IngestStreaming, WarcGzOfManyMembersIsReadWithABoundedWindow) {
  std::string gz;
  const int records = 3000;
  size_t inflated = 0;
  for (int i = 0; i < records; ++i) {
    std::string record = WarcResponse(i, "", HtmlPage(i));
    inflated += record.size();
    gz += GzipMember(record);
  }
  ASSERT_GT(inflated, 4u << 20);
  Decompressor stream(gz, Codec::kGzip);
  ByteWindow in(stream);
  size_t pages = 0, most_held = 0;
  ReadWarcPages(in, [&](const WarcPage& page) {
    pages += page.error.empty() && page.body.find("vallée") != std::string_view::npos;
    most_held = std::max(most_held, in.Available().size());
  });
  EXPECT_EQ(pages, static_cast<size_t>(records));
  EXPECT_LT(most_held, 1u << 20);
}

TEST(IngestStreaming, ManyRecordsThroughTheReader) {
  std::string jsonl;
  for (int i = 0; i < 300; ++i) jsonl += JsonlLine(i);
  auto docs = ReadNamed(GzipMember(jsonl), "feed.jsonl.gz");
  ASSERT_EQ(docs.size(), 300u);
  for (const auto& d : docs) ASSERT_TRUE(d.ok()) << d.error;
  EXPECT_EQ(docs[299].id, "a299");
}

TEST(IngestStreaming, JsonlGzCutMidRecordKeepsTheRecordsBeforeAndRejectsTheCutOne) {
  std::string jsonl;
  for (int i = 0; i < 60; ++i) jsonl += JsonlLine(i);
  std::string gz = GzipMember(jsonl);
  auto docs = ReadNamed(gz.substr(0, gz.size() / 2), "feed.jsonl.gz");
  ASSERT_GE(docs.size(), 10u);
  ASSERT_LT(docs.size(), 60u);
  for (size_t i = 0; i + 1 < docs.size(); ++i) {
    EXPECT_TRUE(docs[i].ok()) << i << ": " << docs[i].error;
    EXPECT_EQ(docs[i].id, "a" + std::to_string(i));
    EXPECT_TRUE(docs[i].error.empty()) << docs[i].error;  // whole records: no warning
  }
  const Document& cut = docs.back();
  EXPECT_FALSE(cut.ok());
  EXPECT_NE(cut.error.find("cut short"), std::string::npos) << cut.error;
  EXPECT_EQ(cut.source, "feed.jsonl.gz:" + std::to_string(docs.size()));
}

// One gzip member per record, as .warc.gz files are written.
std::vector<std::string> WarcMembers(int records) {
  std::vector<std::string> members;
  for (int i = 0; i < records; ++i) members.push_back(GzipMember(WarcResponse(i, "", HtmlPage(i))));
  return members;
}

TEST(IngestStreaming, WarcGzCutMidRecordKeepsTheRecordsBeforeAndRejectsTheCutOne) {
  std::vector<std::string> members = WarcMembers(10);
  std::string gz;
  for (int i = 0; i < 5; ++i) gz += members[i];
  gz += members[5].substr(0, members[5].size() * 2 / 3);
  auto docs = ReadNamed(gz, "crawl.warc.gz");
  ASSERT_EQ(docs.size(), 6u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(docs[i].ok()) << docs[i].error;
    EXPECT_EQ(docs[i].id, "r" + std::to_string(i));
  }
  EXPECT_FALSE(docs[5].ok());
  EXPECT_NE(docs[5].error.find("truncated"), std::string::npos) << docs[5].error;
  EXPECT_NE(docs[5].error.find("compressed stream"), std::string::npos) << docs[5].error;
}

TEST(IngestStreaming, WarcGzCutBetweenRecordsSaysTheRestIsLost) {
  std::vector<std::string> members = WarcMembers(4);
  std::string gz = members[0] + members[1] + members[2].substr(0, 6);  // inside a gzip header
  auto docs = ReadNamed(gz, "crawl.warc.gz");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_TRUE(docs[1].ok()) << docs[1].error;
  EXPECT_FALSE(docs[2].ok());
  EXPECT_NE(docs[2].error.find("gzip stream is truncated or corrupt"), std::string::npos)
      << docs[2].error;
}

TEST(IngestStreaming, EveryCutOfAWarcGzGivesReasonsNeverACrash) {
  std::vector<std::string> members = WarcMembers(3);
  std::string gz = members[0] + members[1] + members[2];
  for (size_t cut = 1; cut < gz.size(); cut += 7) {
    auto docs = ReadNamed(gz.substr(0, cut), "crawl.warc.gz");
    ASSERT_FALSE(docs.empty()) << cut;
    for (const auto& d : docs) {
      if (!d.ok()) EXPECT_FALSE(d.error.empty()) << cut;
      if (d.ok()) EXPECT_FALSE(d.text.empty()) << cut;
    }
  }
}

TEST(IngestStreaming, TextInsideGzipHasTheSameOffsetsAsThePlainFile) {
  std::string text = "Crue dans la vallée\n\n" + ArticleText(1) + "\n\n" + ArticleText(2);
  auto plain = ReadNamed(text, "story.txt");
  auto gz = ReadNamed(GzipMember(text), "story.txt.gz");
  ASSERT_EQ(plain.size(), 1u);
  ASSERT_EQ(gz.size(), 1u);
  ASSERT_TRUE(gz[0].ok()) << gz[0].error;
  EXPECT_EQ(gz[0].text, plain[0].text);
  ASSERT_EQ(gz[0].offsets.anchors.size(), plain[0].offsets.anchors.size());
  for (size_t i = 0; i < plain[0].offsets.anchors.size(); ++i) {
    EXPECT_EQ(gz[0].offsets.anchors[i].clean, plain[0].offsets.anchors[i].clean);
    EXPECT_EQ(gz[0].offsets.anchors[i].original, plain[0].offsets.anchors[i].original);
  }
  size_t at = gz[0].text.find("préfecture");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.substr(gz[0].offsets.ToOriginal(static_cast<uint32_t>(at)), 11), "préfecture");
}

TEST(IngestStreaming, CompressedDocumentOverTheLimitIsRejected) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  auto docs = ReadNamed(GzipMember(ArticleText(1) + ArticleText(2)), "story.txt.gz", options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error.find("limit"), std::string::npos) << docs[0].error;
}

TEST(IngestStreaming, JsonLineOverTheLimitIsRejectedAndTheNextOneRead) {
  ReadOptions options;
  options.max_document_bytes = 1000;  // lines up to 4 KiB + 1 MiB
  std::string huge = "{\"id\": \"huge\", \"text\": \"" + std::string(1200 * 1024, 'x') + "\"}\n";
  std::string jsonl = JsonlLine(1) + huge + JsonlLine(2);
  for (const std::string& source : {std::string("feed.jsonl"), std::string("feed.jsonl.gz")}) {
    auto docs = ReadNamed(source.ends_with(".gz") ? GzipMember(jsonl) : jsonl, source, options);
    ASSERT_EQ(docs.size(), 3u) << source;
    EXPECT_FALSE(docs[1].ok());
    EXPECT_NE(docs[1].error.find("over the limit"), std::string::npos) << docs[1].error;
    EXPECT_EQ(docs[2].source, source + ":3");
  }
}

TEST(IngestStreaming, WarcRecordOverTheLimitIsRejectedUnread) {
  std::string warc = WarcResponse(1, "", HtmlPage(1)) + WarcResponse(2, "", HtmlPage(2));
  std::string gz = GzipMember(warc);
  Decompressor stream(gz, Codec::kGzip);
  ByteWindow in(stream);
  WarcLimits limits;
  limits.max_record_bytes = 1000;
  std::vector<std::string> errors;
  ReadWarcPages(
      in, [&](const WarcPage& page) { errors.push_back(page.error); }, limits);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("over the limit"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("over the limit"), std::string::npos) << errors[1];
}

TEST(IngestStreaming, GzipBombOfZerosIsRejectedWithoutInflatingIt) {
  std::string gz = GzipMember(std::string(64u << 20, '\0'));
  auto docs = ReadNamed(gz, "feed.jsonl.gz");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_FALSE(docs[0].ok());
  EXPECT_FALSE(docs[0].error.empty());
}

TEST(IngestStreaming, WarcWithLfOnlyHeadersIsReadInMemoryAndInflating) {
  // Sloppy writers end header lines with LF alone.
  std::string warc;
  for (int i = 0; i < 40; ++i) {
    std::string record = WarcResponse(i, "", HtmlPage(i));
    std::string lf;
    const size_t body = record.find("<!DOCTYPE");
    for (size_t k = 0; k < body; ++k) {
      if (record[k] != '\r') lf.push_back(record[k]);
    }
    // Content-Length counted the CRs removed from the HTTP headers.
    const size_t http = lf.find("HTTP/1.1");
    const std::string block = lf.substr(http) + record.substr(body, record.size() - body - 4);
    lf = lf.substr(0, lf.find("Content-Length: ")) +
         "Content-Length: " + std::to_string(block.size()) + "\n\n" + block + "\n\n";
    warc += lf;
  }
  for (const std::string& source : {std::string("crawl.warc"), std::string("crawl.warc.gz")}) {
    auto docs = ReadNamed(source.ends_with(".gz") ? GzipMember(warc) : warc, source);
    ASSERT_EQ(docs.size(), 40u) << source;
    for (const auto& d : docs) EXPECT_TRUE(d.ok()) << source << ": " << d.error;
    EXPECT_EQ(docs[39].id, "r39");
  }
}

TEST(IngestStreaming, WindowFindsAndSkipsAcrossChunkBoundaries) {
  // Needles placed around the window's 256 KiB pulls.
  std::string data(600 * 1024, 'a');
  const size_t first = 256 * 1024 - 3, second = 512 * 1024 - 1;
  data.replace(first, 6, "\nWARC/");
  data.replace(second, 6, "\nWARC/");
  std::string gz = GzipMember(data);
  Decompressor stream(gz, Codec::kGzip);
  ByteWindow in(stream);
  EXPECT_EQ(in.Find("\nWARC/", 0, 1 << 20), first);
  EXPECT_EQ(in.Find("\nWARC/", 0, 1000), std::string::npos);  // past the limit
  EXPECT_TRUE(in.SkipTo("\nWARC/"));
  EXPECT_EQ(in.position(), first);
  in.Skip(1);
  EXPECT_TRUE(in.SkipTo("\nWARC/"));
  EXPECT_EQ(in.position(), second);
  in.Skip(1);
  EXPECT_FALSE(in.SkipTo("\nWARC/"));
  EXPECT_EQ(in.position(), data.size());
  EXPECT_TRUE(in.AtEnd());
}

}  // namespace
}  // namespace recoupe
