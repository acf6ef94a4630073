// The document model: what every pipeline stage reads and writes about one
// input article. Plain data, no behaviour beyond small helpers; stages live in
// their own folders (ingest/, text/, extract/...).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace recoupe {

// A half-open byte range [start, end) into a document's cleaned text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
};

// Maps byte offsets of the cleaned text back to byte offsets of the original
// input. Stored as sorted anchor points (clean offset, original offset); an
// offset between two anchors is mapped linearly from the preceding anchor,
// which is exact inside every run of bytes copied unchanged.
struct OffsetMap {
  struct Anchor {
    uint32_t clean = 0;
    uint32_t original = 0;
  };
  std::vector<Anchor> anchors;

  void Add(uint32_t clean, uint32_t original) { anchors.push_back({clean, original}); }
  uint32_t ToOriginal(uint32_t clean) const;  // defined in document.cc
};

// Chrome removed from the input (menus, share counters, "Article suivant"...).
// Offsets are into the ORIGINAL input bytes, since the span is no longer part
// of the cleaned text.
struct BoilerplateSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

enum class DocumentStatus { kOk, kRejected };

// Where `published` came from, in decreasing order of trust.
enum class PublishedFrom { kNone, kHeader, kUrl, kDateline, kText, kStory };
const char* PublishedFromName(PublishedFrom from);  // "header", ... or nullptr

struct Document {
  std::string id;      // defaults to the file name without extension
  std::string source;  // path or URL it was read from (WARC: file#record)
  DocumentStatus status = DocumentStatus::kOk;
  std::string error;  // one sentence when rejected; warnings (e.g. repaired UTF-8) otherwise

  std::string text;  // cleaned UTF-8 NFC text, boilerplate removed
  OffsetMap offsets;

  std::optional<std::string> language;  // ISO 639-1
  std::optional<std::string> title;
  std::optional<std::string> url;
  std::optional<std::string> outlet;
  std::optional<std::string> published;  // ISO 8601, possibly partial ("2022-01")
  PublishedFrom published_from = PublishedFrom::kNone;
  std::vector<std::string> wire_sources;  // canonical agency names ("AFP")
  std::vector<BoilerplateSpan> boilerplate;

  uint64_t input_bytes = 0;  // size of the raw input this document came from

  bool ok() const { return status == DocumentStatus::kOk; }
  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.start, s.end - s.start);
  }
};

// Marks `doc` rejected with a one-sentence reason; the text is dropped.
void Reject(Document& doc, std::string reason);

}  // namespace recoupe
