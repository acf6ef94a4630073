// Legacy charsets: pages in windows-1252, ISO-8859-15 or Shift_JIS become
// UTF-8 before parsing, with offsets still pointing into the original bytes;
// UTF-8 pages are left alone whatever they declare.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/charset.h"
#include "ingest/html_extractor.h"
#include "ingest/reader.h"

namespace recoupe {
namespace {

// "La préfecture a évacué l’école" and more, in windows-1252 bytes.
std::string Latin1Page(const std::string& meta) {
  std::string p = "<html><head>" + meta + "<title>Crue</title></head><body><article>";
  for (int i = 0; i < 4; ++i) {
    p += "<p>La pr\xE9"
         "fecture a \xE9vacu\xE9 l\x92\xE9"
         "cole du village, \xE0 cause de la "
         "crue, selon le maire, qui craint le pire pour la nuit.</p>";
  }
  return p + "</article></body></html>";
}

TEST(IngestCharset, SniffsMetaCharsetAndContentType) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(SniffHtmlCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                             "charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(SniffHtmlCharset("<p>charset=koi8-r is just text</p>"), "");
  EXPECT_EQ(CharsetFromContentType("text/html; Charset=\"Shift_JIS\""), "shift_jis");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
}

TEST(IngestCharset, Windows1252PageBecomesUtf8WithOffsetsIntoTheBytes) {
  std::string page = Latin1Page("<meta charset=\"iso-8859-1\">");
  HtmlArticle a = ExtractHtmlArticle(page);
  ASSERT_NE(a.text.find("La pr\xC3\xA9"
                        "fecture a \xC3\xA9vacu\xC3\xA9 l\xE2\x80\x99\xC3\xA9"
                        "cole"),
            std::string::npos)
      << a.text;
  size_t at = a.text.find("vacu");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(page.substr(a.text_offsets.ToOriginal(static_cast<uint32_t>(at)), 4), "vacu");
  at = a.text.find("cole du village");
  EXPECT_EQ(page.substr(a.text_offsets.ToOriginal(static_cast<uint32_t>(at)), 15),
            "cole du village");
}

TEST(IngestCharset, UndeclaredLegacyBytesAreReadAsWindows1252) {
  HtmlArticle a = ExtractHtmlArticle(Latin1Page(""));
  EXPECT_NE(a.text.find("\xC3\xA0 cause de la crue"), std::string::npos) << a.text;
}

TEST(IngestCharset, Utf8PageDeclaringLatin1IsLeftAlone) {
  std::string page =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>La pr\xC3\xA9"
      "fecture a \xC3\xA9vacu\xC3\xA9 le village, selon le maire, hier soir, en urgence.</p>"
      "</body></html>";
  EXPECT_FALSE(TranscodeToUtf8(page, "iso-8859-1").has_value());
  HtmlArticle a = ExtractHtmlArticle(page);
  EXPECT_NE(a.text.find("La pr\xC3\xA9"
                        "fecture"),
            std::string::npos)
      << a.text;
}

TEST(IngestCharset, ShiftJisAndIso885915) {
  // "日本" in Shift_JIS, then the euro sign in ISO-8859-15.
  auto sjis = TranscodeToUtf8("\x93\xfa\x96\x7b", "shift_jis");
  ASSERT_TRUE(sjis.has_value());
  EXPECT_EQ(sjis->text, "\xE6\x97\xA5\xE6\x9C\xAC");
  EXPECT_EQ(sjis->offsets.ToOriginal(3), 2u);
  auto euro = TranscodeToUtf8("10 \xA4", "iso-8859-15");
  ASSERT_TRUE(euro.has_value());
  EXPECT_EQ(euro->text, "10 \xE2\x82\xAC");
  auto unknown = TranscodeToUtf8("caf\xE9", "no-such-charset");
  ASSERT_TRUE(unknown.has_value());
  EXPECT_EQ(unknown->text, "caf\xC3\xA9");
}

TEST(IngestCharset, WarcHttpCharsetIsHonoured) {
  std::string page = Latin1Page("");
  std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n" + page;
  std::string warc =
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:l1>\r\n"
      "WARC-Target-URI: https://news.example/a\r\nContent-Type: application/http; "
      "msgtype=response\r\nContent-Length: " +
      std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  RawInput input;
  input.source = "c.warc";
  input.id = "c";
  input.bytes = warc;
  std::vector<Document> docs;
  ReadDocuments(input, {}, [&](Document&& d) { docs.push_back(std::move(d)); });
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error;
  EXPECT_TRUE(docs[0].error.empty()) << docs[0].error;  // nothing to repair
  EXPECT_NE(docs[0].text.find("La pr\xC3\xA9"
                              "fecture"),
            std::string::npos);
}

}  // namespace
}  // namespace recoupe
