// The pass that empties attribute values nobody reads before Gumbo parses a
// page (ingest/html_unread_attributes.h): it empties exactly the quoted values
// of unread attributes in real start tags, never text (RCDATA, raw text,
// comments, CDATA, end tags with quoted '>'), and maps offsets back.
#include <gtest/gtest.h>

#include <string>

#include "ingest/html_extractor.h"
#include "ingest/html_unread_attributes.h"

namespace recoupe::html {
namespace {

std::string Emptied(const std::string& html) {
  return EmptyUnreadAttributeValues(html).value_or(html);
}

TEST(IngestUnreadAttributes, EmptiesUnreadValuesAndKeepsReadOnes) {
  EXPECT_EQ(Emptied("<img src=\"a.jpg\" alt='photo' class=\"wide\" data-x=\"{1}\">"),
            "<img src=\"\" alt='' class=\"wide\" data-x=\"\">");
  EXPECT_EQ(Emptied("<a href=\"/x\" onclick=\"go()\" id=\"k\">t</a>"),
            "<a href=\"\" onclick=\"\" id=\"k\">t</a>");
  // Read, or steering tree construction: kept.
  const std::string kept =
      "<link rel=\"canonical\" href=\"https://x.example/a\"><meta name=\"date\" "
      "content=\"2022-01-06\"><input type=\"hidden\"><div style=\"display:none\" "
      "hidden aria-hidden=\"true\"><time datetime=\"2022\"></time></div>"
      "<font color=\"red\" size=\"3\">";
  EXPECT_FALSE(EmptyUnreadAttributeValues(kept).has_value());
  // Unquoted values are left alone.
  EXPECT_EQ(Emptied("<img src=a.jpg data-y=\"z\">"), "<img src=a.jpg data-y=\"\">");
}

TEST(IngestUnreadAttributes, NeverTouchesText) {
  const char* const kText[] = {
      "<title>a <img src=\"x\"> b</title>",
      "<textarea><img src=\"x\"></textarea>",
      "<script type=\"application/ld+json\">{\"h\": \"<img src='x'>\"}</script>",
      "<!-- <img src=\"x\"> -->",
      "<![CDATA[ <img src=\"x\"> ]]>",
      "<p>1 < 2 and <img src=\"x\"", /* the file ends inside the tag */
      "<plaintext><img src=\"x\">",
      "<img alt=\"unclosed><p src=\"y\">text</p>",
  };
  for (const char* html : kText) {
    std::string page = html;
    std::string out = Emptied(page);
    // Nothing in these is certainly an attribute of a start tag, except
    // what the last one opens (its alt runs to the next quote).
    if (page.find("unclosed") != std::string::npos) {
      EXPECT_EQ(out, "<img alt=\"\"y\">text</p>") << html;
    } else {
      EXPECT_EQ(out, page) << html;
    }
  }
  // An end tag's quoted value hides a '>': what follows it is text to the
  // parser, so the <img ...> inside it must not be mistaken for a tag.
  std::string end_tag = "</a b=\"x> <img src='q\"> <p>TEXT'>";
  EXPECT_EQ(Emptied(end_tag), end_tag);
  // Where the parser's state depends on more than the pass follows, it stops:
  // a CDATA opener (bogus comment in HTML, so a <script> right after it is
  // real), foreign content, <select>, <template>.
  for (const char* stop : {"<![CDATA[ x ]> <script> <img src=\"x\"> ]]> </script>",
                           "<svg><title><textarea></title><img src=\"x\"></textarea></svg>",
                           "<svg><g></p><img src=\"x\"></g></svg>", "<svg><p><img src=\"x\"></svg>",
                           "<select><title></select><img src=\"x\"></title>",
                           "<template><img src=\"x\"></template>"}) {
    EXPECT_EQ(Emptied(stop), stop);
  }
  // SVG is followed: its <style> and <script> hold markup, CDATA ends at
  // "]]>", unclosed children are closed by the </svg>, and HTML resumes.
  EXPECT_EQ(Emptied("<svg><style><path d=\"M0\"/></style><![CDATA[ <b> ]]><g><path d=\"M1\">"
                    "</svg><title><img src=\"x\"></title><img src=\"y\">"),
            "<svg><style><path d=\"\"/></style><![CDATA[ <b> ]]><g><path d=\"\">"
            "</svg><title><img src=\"x\"></title><img src=\"\">");
  // Comments end where the parser ends them: "<!-->" and "<!--->" at once,
  // others at "-->" or "--!>".
  EXPECT_EQ(Emptied("<!--><img src=\"x\">"), "<!--><img src=\"\">");
  EXPECT_EQ(Emptied("<!---><img src=\"x\">"), "<!---><img src=\"\">");
  EXPECT_EQ(Emptied("<!-- a --!><img src=\"x\">"), "<!-- a --!><img src=\"\">");
  EXPECT_EQ(Emptied("<!-- a -- b <img src=\"x\"> -->"), "<!-- a -- b <img src=\"x\"> -->");
  // Gumbo parses without scripting: <noscript> holds markup.
  EXPECT_EQ(Emptied("<noscript><img src=\"x\"></noscript>"), "<noscript><img src=\"\"></noscript>");
  // After a raw-text element, tags are tags again.
  EXPECT_EQ(Emptied("<title>t</title ><img src=\"x\">"), "<title>t</title ><img src=\"\">");
  EXPECT_EQ(Emptied("<title>t</titles><img src=\"x\"></title>"),
            "<title>t</titles><img src=\"x\"></title>");
}

TEST(IngestUnreadAttributes, OffsetsMapBackToTheGivenPage) {
  std::string html = "<p data-a=\"0123456789\">Hello</p><img src=\"abcdef\"><p>World</p>";
  OffsetMap map;
  auto out = EmptyUnreadAttributeValues(html, &map);
  ASSERT_TRUE(out.has_value());
  for (const char* word : {"Hello", "World"}) {
    size_t at = out->find(word);
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(html.substr(map.ToOriginal(static_cast<uint32_t>(at)), 5), word);
  }
}

TEST(IngestUnreadAttributes, ExtractionOffsetsStillPointIntoThePage) {
  std::string html = "<html><head><title>Crue</title></head><body><article>";
  for (int i = 0; i < 6; ++i) {
    html += "<p data-track=\"" + std::string(300, 'z') + "\"><a href=\"/" + std::to_string(i) +
            "\">Lien</a> Les secours ont évacué des habitants de la vallée, selon la "
            "préfecture, qui a fermé plusieurs routes.</p><img src=\"/i.jpg\" alt=\"x\">";
  }
  html += "</article></body></html>";
  HtmlArticle article = ExtractHtmlArticle(html);
  size_t at = article.text.rfind("préfecture");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(html.substr(article.text_offsets.ToOriginal(static_cast<uint32_t>(at)), 11),
            "préfecture");
}

}  // namespace
}  // namespace recoupe::html
