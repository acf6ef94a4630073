// Provenance through derived text: offsets of an article's text back into
// the HTML page or the JSON line it came from, and their composition with
// the normaliser's own map.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/derived_offsets.h"
#include "ingest/html_dom.h"
#include "ingest/html_extractor.h"
#include "ingest/jsonl_reader.h"
#include "text/normalize.h"

namespace recoupe {
namespace {

// Every occurrence check: `word` at its first position in `text` maps to the
// same bytes in `source`.
::testing::AssertionResult MapsToSame(const std::string& text, const OffsetMap& map,
                                      std::string_view source, const std::string& word) {
  size_t at = text.find(word);
  if (at == std::string::npos)
    return ::testing::AssertionFailure() << "'" << word << "' not in text";
  uint32_t original = map.ToOriginal(static_cast<uint32_t>(at));
  if (original > source.size() || source.substr(original, word.size()) != word) {
    return ::testing::AssertionFailure()
           << "'" << word << "' maps to '"
           << std::string(source.substr(std::min<size_t>(original, source.size()), word.size()))
           << "' at " << original;
  }
  return ::testing::AssertionSuccess();
}

std::vector<JsonlArticle> Lines(std::string_view jsonl) {
  std::vector<JsonlArticle> out;
  ReadJsonlArticles(jsonl, [&](JsonlArticle&& a) { out.push_back(std::move(a)); });
  return out;
}

TEST(IngestOffsets, JsonlTextMapsThroughEscapes) {
  std::string jsonl =
      "{\"id\":\"a\",\"text\":\"ok\"}\n"
      "{\"meta\":{\"text\":\"nested decoy\"},\"title\":\"T\",\"text\":\"Le maire a dit : "
      "\\\"Nous reconstruirons\\\".\\nLa pr\\u00e9fecture \\u00e9voque 12 bless\\u00e9s, "
      "\\ud83d\\ude00 selon\\/avec l'AFP.\\tFin du texte\"}\n";
  auto lines = Lines(jsonl);
  ASSERT_EQ(lines.size(), 2u);
  const JsonlArticle& a = lines[1];
  ASSERT_TRUE(a.error.empty()) << a.error;
  ASSERT_FALSE(a.body_offsets.anchors.empty());
  for (std::string word : {"Le maire", "Nous reconstruirons", "La pr", "fecture", "12 bless",
                           "selon", "avec l'AFP.", "Fin du texte"}) {
    EXPECT_TRUE(MapsToSame(a.body, a.body_offsets, jsonl, word));
  }
  // An escaped character maps onto its escape.
  size_t e = a.body.find("\xC3\xA9voque");
  EXPECT_EQ(jsonl.substr(a.body_offsets.ToOriginal(static_cast<uint32_t>(e)), 6), "\\u00e9");
}

TEST(IngestOffsets, JsonlLastDuplicateKeyAndOtherBodyFieldsAreMapped) {
  std::string jsonl = "{\"content\": \"first\", \"content\" : \"second body here\"}\n";
  auto lines = Lines(jsonl);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].body, "second body here");  // as the JSON parser keeps it
  EXPECT_TRUE(MapsToSame(lines[0].body, lines[0].body_offsets, jsonl, "body here"));
}

TEST(IngestOffsets, JsonlNumberBodyHasNoMap) {
  auto lines = Lines("{\"text\": 12345}\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].body, "12345");
  EXPECT_TRUE(lines[0].body_offsets.anchors.empty());
}

const char kPage[] =
    "<!DOCTYPE html><html><head><title>T</title>\r\n"
    "<script>var x = '<p>not text</p>';</script><style>p{color:red}</style></head>\r\n"
    "<body><nav><a href=/>Accueil</a></nav><article>\r\n"
    "<h1>Crue   historique\n dans la vall&eacute;e</h1>\r\n"
    "<p>Les pompiers ont &eacute;vacu&eacute; 120 personnes&nbsp;mardi, et la "
    "<b>pr&eacute;fecture</b> a ouvert un gymnase, a indiqu&eacute; le maire.</p>\r\n"
    "<!-- a comment with <p>markup</p> -->"
    "<p>La rivi\xC3\xA8re est mont\xC3\xA9"
    "e de trois m\xC3\xA8tres en une nuit, selon les "
    "relev\xC3\xA9s, du jamais vu depuis 1910, disent les anciens du village.</p>\r\n"
    "</article></body></html>";

TEST(IngestOffsets, HtmlTextMapsToTheTextNodes) {
  std::string html = kPage;
  HtmlArticle a = ExtractHtmlArticle(html);
  ASSERT_FALSE(a.text_offsets.anchors.empty()) << a.text;
  for (std::string word :
       {"Crue", "historique", "dans la", "Les pompiers ont", "120 personnes", "mardi, et la",
        "fecture", "a ouvert un gymnase", "le maire.", "La rivi\xC3\xA8re est",
        "du jamais vu depuis 1910", "anciens du village."}) {
    EXPECT_TRUE(MapsToSame(a.text, a.text_offsets, html, word)) << a.text;
  }
}

TEST(IngestOffsets, HtmlOffsetsSurviveNestingCap) {
  std::string html = "<html><body>";
  for (int i = 0; i < 1600; ++i) html += "<div>";
  html += "<p>Un texte profond\xC2\xA0mais lisible, avec des virgules, des mots, et une fin.</p>";
  for (int i = 0; i < 1600; ++i) html += "</div>";
  html += "</body></html>";
  HtmlArticle a = ExtractHtmlArticle(html);
  EXPECT_TRUE(MapsToSame(a.text, a.text_offsets, html, "Un texte profond")) << a.text;
  EXPECT_TRUE(MapsToSame(a.text, a.text_offsets, html, "mais lisible")) << a.text;
}

TEST(IngestOffsets, CopyMapsOfTrimmedPagesPointBack) {
  std::string page = "<p>a</p><script>xx</script><p>bc</p><!--zz--><p>d</p>";
  OffsetMap map;
  auto lean = html::StripScriptsAndStyles(page, &map);
  ASSERT_TRUE(lean.has_value());
  for (std::string word : {"a", "bc", "d"}) {
    size_t at = lean->find("<p>" + word);
    ASSERT_NE(at, std::string::npos) << word;
    EXPECT_EQ(page.substr(map.ToOriginal(static_cast<uint32_t>(at + 3)), word.size()), word);
  }
  OffsetMap none;
  EXPECT_FALSE(html::StripScriptsAndStyles("<p>plain</p>", &none).has_value());
  EXPECT_TRUE(none.anchors.empty());
}

TEST(IngestOffsets, ComposedWithTheNormaliserMap) {
  // NFD in the page: the normaliser composes "e" + U+0301, shifting offsets.
  std::string html =
      "<html><body><article><p>Le cafe\xCC\x81 du port a rouvert jeudi, apr&egrave;s des "
      "travaux, a dit la g\xC3\xA9rante, ravie, devant ses clients fid\xC3\xA8les.</p>"
      "</article></body></html>";
  HtmlArticle a = ExtractHtmlArticle(html);
  NormalizedText norm = NormalizeText(a.text);
  ASSERT_NE(norm.text.size(), a.text.size());
  OffsetMap composed =
      ComposeOffsets(norm.offsets, a.text_offsets, static_cast<uint32_t>(norm.text.size()));
  ShiftOriginal(composed, 0);
  for (std::string word :
       {"du port a rouvert", "travaux", "la g\xC3\xA9rante", "fid\xC3\xA8les."}) {
    EXPECT_TRUE(MapsToSame(norm.text, composed, html, word)) << norm.text;
  }
}

TEST(IngestOffsets, ComposeHandlesIdentityAndBreakpointsInsideRuns) {
  OffsetMap outer;  // clean -> mid: identity, one run
  outer.Add(0, 0);
  OffsetMap inner;  // mid -> original: a jump at mid 5
  inner.Add(0, 100);
  inner.Add(5, 200);
  OffsetMap c = ComposeOffsets(outer, inner, 10);
  EXPECT_EQ(c.ToOriginal(0), 100u);
  EXPECT_EQ(c.ToOriginal(4), 104u);
  EXPECT_EQ(c.ToOriginal(5), 200u);
  EXPECT_EQ(c.ToOriginal(9), 204u);
  OffsetMap shifted;  // clean -> mid skips 3 bytes at clean 2
  shifted.Add(0, 0);
  shifted.Add(2, 5);
  OffsetMap d = ComposeOffsets(shifted, inner, 6);
  EXPECT_EQ(d.ToOriginal(1), 101u);
  EXPECT_EQ(d.ToOriginal(2), 200u);
  EXPECT_EQ(d.ToOriginal(3), 201u);
  EXPECT_EQ(ComposeOffsets({}, {}, 4).ToOriginal(3), 3u);
}

}  // namespace
}  // namespace recoupe
