// Format choice and the per-document pipeline of ingestion: gzip -> WARC /
// JSONL / HTML / plain text, then checks (binary, empty, size, UTF-8), header
// metadata, boilerplate, publication date and wire sources.
#include "ingest/reader.h"

#include <algorithm>
#include <string_view>

#include "ingest/boilerplate.h"
#include "ingest/byte_window.h"
#include "ingest/dates.h"
#include "ingest/decompressor.h"
#include "ingest/derived_offsets.h"
#include "ingest/gzip.h"
#include "ingest/html_extractor.h"
#include "ingest/jsonl_reader.h"
#include "ingest/metadata.h"
#include "ingest/warc_reader.h"
#include "text/ascii_case.h"
#include "text/normalize.h"

namespace recoupe {
namespace {

// A document standing for the whole input (one file, one article, or the
// rejection of a container that yielded none).
Document DocumentFor(const RawInput& input) {
  Document doc;
  doc.id = input.id;
  doc.source = input.source;
  doc.input_bytes = input.bytes.size();
  return doc;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Binary: NUL bytes, or mostly bytes that are neither printable ASCII,
// whitespace nor part of UTF-8 multi-byte sequences. Judged on the first 64 KiB,
// in fixed blocks without branches so that the compiler vectorises the count.
bool LooksBinary(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 64 * 1024);
  const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
  const size_t n = sample.size();
  auto is_control = [](unsigned char c) -> uint8_t {
    return (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
  };
  size_t control = 0, nul = 0;
  size_t i = 0;
  constexpr size_t kBlock = 128;
  for (; i + kBlock <= n; i += kBlock) {
    uint8_t block_control = 0, block_nul = 0;
    for (size_t k = 0; k < kBlock; ++k) {
      block_control += is_control(p[i + k]);
      block_nul += p[i + k] == 0;
    }
    control += block_control;
    nul += block_nul;
  }
  for (; i < n; ++i) {
    control += is_control(p[i]);
    nul += p[i] == 0;
  }
  return nul > 0 || control * 10 > n;
}

bool LooksLikeHtml(std::string_view bytes) {
  size_t i = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i == std::string_view::npos || bytes[i] != '<') return false;
  std::string head = LowerAscii(bytes.substr(i, 2048));
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos ||
         head.find("<head") != std::string::npos || head.find("<body") != std::string::npos ||
         head.find("<p") != std::string::npos || head.find("<div") != std::string::npos ||
         head.find("<article") != std::string::npos;
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

struct Body {
  std::string_view raw;                // text as found in the input
  uint64_t base = 0;                   // where it starts in the input
  bool verbatim = true;                // raw bytes of the input (offsets exact) or derived text
  const OffsetMap* derived = nullptr;  // for derived text: raw -> input offsets, when known
};

// Normalises the body, then runs the metadata and chrome stages.
void Finish(Document& doc, const Body& body, const ReadOptions& options,
            const std::string& warning) {
  if (!doc.ok()) return;
  if (body.raw.size() > options.max_document_bytes) {
    return Reject(doc, "The document is " + std::to_string(body.raw.size()) +
                           " bytes, over the limit of " +
                           std::to_string(options.max_document_bytes) + " bytes.");
  }
  if (IsBlank(body.raw)) return Reject(doc, "The document has no text.");
  if (LooksBinary(body.raw)) return Reject(doc, "The document is binary, not text.");
  // The normaliser counts ill-formed sequences as ICU's U8_NEXT does (one per
  // maximal subpart; tests/ingest_fast_paths_test.cc holds them to it).
  NormalizedText norm = NormalizeText(body.raw);
  if (norm.invalid_sequences > 0) {
    // Mostly invalid: each bad sequence is at least a byte; over a third of
    // the input means this is not UTF-8 text at all.
    if (norm.invalid_sequences * 3 > body.raw.size()) {
      return Reject(doc, "The document is mostly invalid UTF-8 (" +
                             std::to_string(norm.invalid_sequences) + " bad sequences).");
    }
    doc.error = "Repaired " + std::to_string(norm.invalid_sequences) + " invalid UTF-8 sequences.";
  }
  if (!warning.empty()) doc.error = doc.error.empty() ? warning : doc.error + " " + warning;
  doc.text = std::move(norm.text);
  if (body.verbatim) {
    doc.offsets = std::move(norm.offsets);
    if (doc.offsets.anchors.empty()) doc.offsets.Add(0, 0);
    for (auto& a : doc.offsets.anchors) a.original += static_cast<uint32_t>(body.base);
  } else if (body.derived != nullptr && !body.derived->anchors.empty()) {
    // Derived text with a map back (HTML text nodes, JSON string escapes).
    doc.offsets =
        ComposeOffsets(norm.offsets, *body.derived, static_cast<uint32_t>(doc.text.size()));
  } else {
    // Derived text (HTML, JSON strings): everything points at where it came from.
    doc.offsets.anchors.clear();
    doc.offsets.Add(0, static_cast<uint32_t>(body.base));
  }
  if (IsBlank(doc.text)) return Reject(doc, "The document has no text.");
  ExtractHeaderMetadata(doc);
  RemoveBoilerplateLines(doc);
  if (IsBlank(doc.text))
    return Reject(doc, "The document has no text once site chrome is removed.");
  ResolvePublicationDate(doc);
  DetectWireSources(doc);
}

void SetPublished(Document& doc, const std::optional<std::string>& value) {
  if (!value || doc.published) return;
  if (auto iso = NormalizeIsoDate(*value)) {
    doc.published = *iso;
    doc.published_from = PublishedFrom::kHeader;
  }
}

// An HTML page: the extractor's text plus what the page says about itself.
// `html_to_input` maps html bytes to input bytes when the html is not the
// input's own bytes from `base` on (a JSON string); null when it is, or when
// nothing maps back (a decoded WARC body: `verbatim` false).
void ReadHtml(Document& doc, std::string_view html, uint64_t base, const ReadOptions& options,
              const std::string& warning, const OffsetMap* html_to_input = nullptr,
              bool verbatim = true) {
  if (html.size() > options.max_document_bytes) {
    return Finish(doc, Body{html, base, true}, options, warning);  // rejected for size
  }
  HtmlArticle article = ExtractHtmlArticle(html);
  if (article.title && !doc.title) doc.title = article.title;
  if (article.language && !doc.language) doc.language = article.language;
  if (article.canonical_url) SetUrl(doc, *article.canonical_url);
  if (article.site_name && !doc.outlet) doc.outlet = article.site_name;
  SetPublished(doc, article.published);
  if (IsBlank(article.text)) {
    return Reject(doc, "The HTML page has no article text.");
  }
  OffsetMap to_input;
  if (html_to_input != nullptr) {
    if (!html_to_input->anchors.empty())
      to_input = ComposeOffsets(article.text_offsets, *html_to_input,
                                static_cast<uint32_t>(article.text.size()));
  } else if (verbatim) {
    to_input = std::move(article.text_offsets);
    ShiftOriginal(to_input, static_cast<uint32_t>(base));
  }
  Finish(doc, Body{article.text, base, false, &to_input}, options, warning);
}

// A JSON line carries one article: its body (under the document limit) and
// a few fields, escapes making the line up to a few times the body.
size_t MaxJsonLineBytes(const ReadOptions& options) {
  return static_cast<size_t>(
      std::min<uint64_t>(options.max_document_bytes * 4 + (1 << 20), kNoLineLimit));
}

// After a container read from a compressed stream: when the stream stopped
// short between records (no record was cut, so none said so), one rejected
// document says that what followed is lost.
void ReportLostTail(const RawInput& input, ByteWindow& in, Codec codec, bool last_record_cut,
                    const std::function<void(Document&&)>& emit) {
  if (!in.cut() || last_record_cut) return;
  Document doc = DocumentFor(input);
  Reject(doc, std::string("The ") + CodecName(codec) + " stream is truncated or corrupt after " +
                  std::to_string(in.position()) + " bytes; anything after that is lost.");
  emit(std::move(doc));
}

void ReadWarc(const RawInput& input, ByteWindow& in, const ReadOptions& options, Codec codec,
              const std::function<void(Document&&)>& emit) {
  size_t emitted = 0;
  bool last_cut = false;
  ReadWarcPages(in, [&](const WarcPage& page) {
    Document doc;
    doc.id = page.record_id.empty() ? input.id + "#" + std::to_string(page.index) : page.record_id;
    doc.source = input.source + "#" + std::to_string(page.index);
    doc.input_bytes = page.body.size();
    last_cut = page.truncated;
    if (!page.error.empty()) {
      Reject(doc, page.error);
    } else {
      if (!page.target_uri.empty()) SetUrl(doc, page.target_uri);
      ReadHtml(doc, page.body, page.body_offset, options, page.warning, nullptr, page.verbatim);
    }
    ++emitted;
    emit(std::move(doc));
  });
  ReportLostTail(input, in, codec, last_cut, emit);
  if (emitted == 0) {
    Document doc = DocumentFor(input);
    Reject(doc, "The WARC file holds no HTML response record.");
    emit(std::move(doc));
  }
}

void ReadJsonl(const RawInput& input, ByteWindow& in, const ReadOptions& options, Codec codec,
               const std::function<void(Document&&)>& emit) {
  size_t emitted = 0;
  bool last_cut = false;
  ReadJsonlArticles(
      in,
      [&](JsonlArticle&& article) {
        Document doc;
        doc.id = article.id ? *article.id : input.id + "#" + std::to_string(article.line_number);
        doc.source = input.source + ":" + std::to_string(article.line_number);
        doc.input_bytes = article.body.size();
        last_cut = article.cut_short;
        if (!article.error.empty()) {
          Reject(doc, article.error);
        } else {
          if (article.url) SetUrl(doc, *article.url);
          if (article.title) doc.title = article.title;
          if (article.language) doc.language = article.language;
          SetPublished(doc, article.date);
          if (article.body_is_html) {
            ReadHtml(doc, article.body, article.line_offset, options, {}, &article.body_offsets);
          } else {
            Finish(doc, Body{article.body, article.line_offset, false, &article.body_offsets},
                   options, {});
          }
        }
        ++emitted;
        emit(std::move(doc));
      },
      MaxJsonLineBytes(options));
  ReportLostTail(input, in, codec, last_cut, emit);
  if (emitted == 0) {
    Document doc = DocumentFor(input);
    Reject(doc, "The JSONL file has no lines.");
    emit(std::move(doc));
  }
}

// Reads `in` (the input's bytes, or their decompression by `codec` when
// `compressed`) as whichever format its first bytes and `name` say. Returns
// true for a container (its documents are out), false when `doc` stands for
// the input (read or rejected) and is still to be emitted.
bool ReadFormat(const RawInput& input, ByteWindow& in, const std::string& name, bool compressed,
                Codec codec, const ReadOptions& options, Document& doc,
                const std::function<void(Document&&)>& emit) {
  // Enough to judge: 64 KiB (the binary check's sample) and the whole first
  // line (the JSONL check parses it).
  in.Ensure(64 * 1024);
  in.Find("\n", 0, MaxJsonLineBytes(options));
  std::string_view head = in.Available();
  if (head.empty()) {
    if (in.cut()) {
      Reject(doc, std::string("The ") + CodecName(codec) +
                      " file is truncated or corrupt and nothing could be decompressed.");
    } else {
      Reject(doc, std::string("The ") + CodecName(codec) + " file decompresses to nothing.");
    }
    return false;
  }
  if (LooksLikeWarc(head) || (EndsWith(name, ".warc") && !LooksBinary(head.substr(0, 512)))) {
    ReadWarc(input, in, options, codec, emit);
    return true;
  }
  // The cheap format checks first: the binary check reads 64 KiB.
  const size_t first = head.find_first_not_of(" \t\r\n");
  if ((LooksLikeJsonl(head) || ((EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson")) &&
                                first != std::string_view::npos && head[first] == '{')) &&
      !LooksBinary(head)) {
    ReadJsonl(input, in, options, codec, emit);
    return true;
  }
  // One document: the whole of it is needed, up to the size limit.
  std::string_view bytes = in.Ensure(options.max_document_bytes + 1);
  std::string warning;
  if (compressed) {
    if (bytes.size() > options.max_document_bytes) {
      Reject(doc, std::string("The ") + CodecName(codec) + " file decompresses to over " +
                      std::to_string(options.max_document_bytes) +
                      " bytes, the limit for one document.");
      return false;
    }
    if (in.cut()) {
      // A cut gzip document is read as far as it goes (the loss is said); a
      // Brotli one is refused.
      if (codec == Codec::kBrotli) {
        Reject(doc, "The Brotli file is truncated or corrupt: the document is cut short.");
        return false;
      }
      warning = "The gzip stream was truncated; only the part that decompressed was read.";
    }
  }
  if (LooksLikeHtml(bytes) || EndsWith(name, ".html") || EndsWith(name, ".htm")) {
    if (!LooksBinary(bytes)) {
      ReadHtml(doc, bytes, 0, options, warning);
      return false;
    }
  }
  // Plain text; offsets point into the (decompressed) bytes.
  Finish(doc, Body{bytes, 0, true}, options, warning);
  return false;
}

}  // namespace

void ReadDocuments(const RawInput& input, const ReadOptions& options,
                   const std::function<void(Document&&)>& emit) {
  Document doc = DocumentFor(input);
  try {
    if (!input.error.empty()) {
      Reject(doc, input.error);
      return emit(std::move(doc));
    }
    if (input.bytes.empty()) {
      Reject(doc, "The file is empty.");
      return emit(std::move(doc));
    }
    std::string name = LowerAscii(input.source);
    // gzip is known by its magic bytes; Brotli has none, so by its name.
    const bool gzipped = LooksGzipped(input.bytes);
    if (gzipped || EndsWith(name, ".br")) {
      const Codec codec = gzipped ? Codec::kGzip : Codec::kBrotli;
      if (EndsWith(name, gzipped ? ".gz" : ".br")) name.resize(name.size() - 3);
      Decompressor stream(input.bytes, codec);
      ByteWindow in(stream);
      if (ReadFormat(input, in, name, true, codec, options, doc, emit)) return;
    } else {
      ByteWindow in(input.bytes);
      if (ReadFormat(input, in, name, false, Codec::kGzip, options, doc, emit)) return;
    }
  } catch (const std::exception& e) {
    Reject(doc, std::string("The document could not be read: ") + e.what() + ".");
  } catch (...) {
    Reject(doc, "The document could not be read.");
  }
  emit(std::move(doc));
}

}  // namespace recoupe
