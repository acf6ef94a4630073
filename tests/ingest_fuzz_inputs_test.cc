// The fuzz targets' checks, run over their seed inputs (fuzz/seeds/<target>)
// and over inputs that once broke a reader (tests/data/ingest_fuzz/<target>):
// no crash, every rejection has a reason, every kept document has text, and
// every offset map is sorted and points inside the input. Compressed inputs
// are also cut at every length and flipped byte by byte, since a stream that
// ends or breaks anywhere is the common hostile case for the decompressors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/html_extractor.h"
#include "ingest/jsonl_reader.h"
#include "ingest/reader.h"
#include "ingest/warc_reader.h"

namespace recoupe {
namespace {

namespace fs = std::filesystem;

std::vector<std::pair<std::string, std::string>> Inputs(const std::string& target) {
  std::vector<std::pair<std::string, std::string>> out;
  for (fs::path dir : {fs::path(RECOUPE_TEST_DATA_DIR) / "ingest_fuzz" / target,
                       fs::path(RECOUPE_TEST_DATA_DIR) / ".." / ".." / "fuzz" / "seeds" / target}) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::ifstream in(entry.path(), std::ios::binary);
      out.emplace_back(entry.path().filename().string(),
                       std::string(std::istreambuf_iterator<char>(in), {}));
    }
  }
  return out;
}

void CheckMap(const OffsetMap& map, size_t text_size, size_t input_size, const std::string& what) {
  uint32_t previous = 0;
  for (const auto& a : map.anchors) {
    EXPECT_GE(a.clean, previous) << what;
    EXPECT_LE(a.clean, text_size) << what;
    EXPECT_LE(a.original, input_size) << what;
    previous = a.clean;
  }
}

void CheckDocuments(const std::string& bytes, const std::string& source, const std::string& name) {
  RawInput input;
  input.source = source;
  input.id = "fuzz";
  input.bytes = bytes;
  ReadOptions options;
  options.max_document_bytes = 1 << 20;
  size_t documents = 0;
  ReadDocuments(input, options, [&](Document&& doc) {
    ++documents;
    if (!doc.ok()) EXPECT_FALSE(doc.error.empty()) << name;
    if (doc.ok()) EXPECT_FALSE(doc.text.empty()) << name;
  });
  EXPECT_GT(documents, 0u) << name;
}

TEST(IngestFuzzInputs, Html) {
  auto inputs = Inputs("html");
  ASSERT_FALSE(inputs.empty());
  for (const auto& [name, bytes] : inputs) {
    HtmlArticle article = ExtractHtmlArticle(bytes);
    CheckMap(article.text_offsets, article.text.size(), bytes.size(), name);
    CheckDocuments(bytes, "fuzz.html", name);
  }
}

TEST(IngestFuzzInputs, Jsonl) {
  auto inputs = Inputs("jsonl");
  ASSERT_FALSE(inputs.empty());
  for (const auto& [name, bytes] : inputs) {
    ReadJsonlArticles(bytes, [&](JsonlArticle&& a) {
      CheckMap(a.body_offsets, a.body.size(), bytes.size(), name);
    });
    CheckDocuments(bytes, "fuzz.jsonl", name);
  }
}

TEST(IngestFuzzInputs, Warc) {
  auto inputs = Inputs("warc");
  ASSERT_FALSE(inputs.empty());
  for (const auto& [name, bytes] : inputs) {
    ReadWarcPages(bytes, [&](const WarcPage& page) {
      EXPECT_FALSE(!page.error.empty() && !page.body.empty()) << name;
      EXPECT_FALSE(page.truncated && page.error.empty()) << name;
    });
    CheckDocuments(bytes, "fuzz.warc.gz", name);
  }
}

TEST(IngestFuzzInputs, Compressed) {
  auto inputs = Inputs("compressed");
  ASSERT_FALSE(inputs.empty());
  for (const auto& [name, bytes] : inputs) {
    for (const char* source : {"fuzz.jsonl.br", "fuzz.warc.br"}) {
      CheckDocuments(bytes, source, name);
      for (size_t cut = 0; cut < bytes.size(); ++cut) {
        CheckDocuments(bytes.substr(0, cut), source, name + " cut at " + std::to_string(cut));
      }
      std::string flipped = bytes;
      for (size_t i = 0; i < flipped.size(); ++i) {
        flipped[i] = static_cast<char>(flipped[i] ^ 0x21);
        CheckDocuments(flipped, source, name + " flipped at " + std::to_string(i));
        flipped[i] = bytes[i];
      }
    }
  }
}

TEST(IngestFuzzInputs, GzipCutAnywhere) {
  for (const auto& [name, bytes] : Inputs("warc")) {
    if (!name.ends_with(".gz")) continue;
    for (size_t cut = 0; cut < bytes.size(); cut += 3) {
      CheckDocuments(bytes.substr(0, cut), "fuzz.warc.gz", name + " cut at " + std::to_string(cut));
    }
  }
}

}  // namespace
}  // namespace recoupe
