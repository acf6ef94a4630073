// ExtractHtmlArticle on small hand-written pages: boilerplate removed, body
// kept, metadata read, hostile input survived.
#include "ingest/html_extractor.h"

#include <gtest/gtest.h>

#include <string>

namespace recoupe {
namespace {

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

const char* kNewsPage = R"(<!doctype html>
<html lang="en-GB"><head>
<title>Storm floods the valley | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<link rel="canonical" href="https://example.org/news/storm">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
 {"@type":"NewsArticle","headline":"Storm floods the valley","datePublished":"2024-03-05T08:00:00Z"}]}
</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience on this website, please accept them all.</div>
<div id="main"><article>
<h1>Storm floods the valley</h1>
<p>Heavy rain fell on the valley for three days, and the river rose above its banks on Tuesday, officials said.</p>
<h2>Roads closed</h2>
<p>Police closed the main road, the bridge and two schools, while volunteers filled sandbags near the town hall.</p>
<p>Forecasters expect the rain to stop by Friday, but warned that the ground, already soaked, cannot absorb more water.</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<div class="related-articles"><h3>Related</h3><ul>
<li><a href="/a">Another story about rain that people read a lot yesterday</a></li>
<li><a href="/b">Yet another story about weather with a long link title here</a></li></ul></div>
<div id="comments"><p>I think this is terrible, and the council should have acted sooner, honestly, frankly.</p></div>
</div>
<footer><p>Copyright Daily Example, all rights reserved, contact us, terms and conditions apply.</p></footer>
<script>var tracking = "Heavy rain tracking, code, code";</script>
</body></html>)";

TEST(HtmlExtractorTest, KeepsBodyAndHeadingsDropsBoilerplate) {
  HtmlArticle a = ExtractHtmlArticle(kNewsPage);
  EXPECT_TRUE(Contains(a.text, "Heavy rain fell on the valley")) << a.text;
  EXPECT_TRUE(Contains(a.text, "Police closed the main road")) << a.text;
  EXPECT_TRUE(Contains(a.text, "cannot absorb more water.")) << a.text;
  EXPECT_TRUE(Contains(a.text, "Roads closed")) << a.text;
  EXPECT_TRUE(Contains(a.text, "Storm floods the valley")) << a.text;
  for (const char* junk : {"Home", "World news", "cookies", "Share on", "Another story", "terrible",
                           "Copyright", "tracking", "color: red"}) {
    EXPECT_FALSE(Contains(a.text, junk)) << junk << " in:\n" << a.text;
  }
  // Paragraphs are separated by a blank line and keep their order.
  EXPECT_TRUE(Contains(a.text, "officials said.\n\nRoads closed\n\nPolice")) << a.text;
}

TEST(HtmlExtractorTest, ReadsMetadata) {
  HtmlArticle a = ExtractHtmlArticle(kNewsPage);
  EXPECT_EQ(a.published.value_or(""), "2024-03-05T08:00:00Z");
  EXPECT_EQ(a.title.value_or(""), "Storm floods the valley");
  EXPECT_EQ(a.site_name.value_or(""), "Daily Example");
  EXPECT_EQ(a.canonical_url.value_or(""), "https://example.org/news/storm");
  EXPECT_EQ(a.language.value_or(""), "en");
}

TEST(HtmlExtractorTest, TitleTagLosesSiteSuffixAndDateFromMetaOrTime) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><head><title>Budget vote delayed - The Example Times</title>"
      "<meta property=\"article:published_time\" content=\"2023-11-02T10:00:00+01:00\"></head>"
      "<body><p>The vote was delayed again, and again, and again, said the speaker of the "
      "house.</p>"
      "</body></html>");
  EXPECT_EQ(a.title.value_or(""), "Budget vote delayed");
  EXPECT_EQ(a.published.value_or(""), "2023-11-02T10:00:00+01:00");

  HtmlArticle b = ExtractHtmlArticle(
      "<html><body><h1>Headline only</h1><time datetime=\"2022-01-31\">31 Jan</time>"
      "<p>Text of the article, long enough to count as a paragraph, with commas, "
      "yes.</p></body></html>");
  EXPECT_EQ(b.title.value_or(""), "Headline only");
  EXPECT_EQ(b.published.value_or(""), "2022-01-31");
}

TEST(HtmlExtractorTest, FrenchPage) {
  HtmlArticle a = ExtractHtmlArticle(R"(<html lang="fr-FR"><head>
<meta property="og:title" content="Inondations : la vallée sous les eaux">
<meta itemprop="datePublished" content="2024-02-01T07:30:00+01:00"></head><body>
<header class="site-header"><ul class="menu"><li><a href="/">Accueil</a></li><li><a href="/monde">International</a></li></ul></header>
<div class="article-contenu">
<h1>Inondations : la vallée sous les eaux</h1>
<p>Les pluies ont duré trois jours, et la rivière est sortie de son lit mardi, selon la préfecture.</p>
<p>« Nous n'avions jamais vu ça », a déclaré le maire, qui a fait évacuer deux écoles et une maison de retraite.</p>
</div>
<div class="newsletter"><p>Inscrivez-vous à notre lettre d'information, chaque matin, gratuitement, dans votre boîte.</p></div>
<div class="bloc-commentaires" id="comments"><p>Quelle honte, vraiment, personne n'a rien fait, comme d'habitude, hélas.</p></div>
</body></html>)");
  EXPECT_TRUE(Contains(a.text, "la rivière est sortie de son lit")) << a.text;
  EXPECT_TRUE(Contains(a.text, "a déclaré le maire")) << a.text;
  EXPECT_FALSE(Contains(a.text, "Accueil")) << a.text;
  EXPECT_FALSE(Contains(a.text, "Inscrivez-vous")) << a.text;
  EXPECT_FALSE(Contains(a.text, "Quelle honte")) << a.text;
  EXPECT_EQ(a.language.value_or(""), "fr");
  EXPECT_EQ(a.title.value_or(""), "Inondations : la vallée sous les eaux");
  EXPECT_EQ(a.published.value_or(""), "2024-02-01T07:30:00+01:00");
}

TEST(HtmlExtractorTest, GermanPage) {
  HtmlArticle a =
      ExtractHtmlArticle(R"(<html lang="de"><head><title>Hochwasser im Tal – Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung"></head><body>
<div id="navigation"><a href="/">Startseite</a> | <a href="/politik">Politik</a> | <a href="/sport">Sport</a></div>
<main><div class="text">
<p>Nach drei Tagen Regen ist der Fluss am Dienstag über die Ufer getreten, teilte die Polizei mit.</p>
<p>Die Feuerwehr sperrte die Hauptstraße, die Brücke und zwei Schulen, Freiwillige füllten Sandsäcke.</p>
<p>Meteorologen erwarten, dass der Regen bis Freitag nachlässt, warnen aber vor weiteren Schäden.</p>
</div>
<div class="social-share"><a href="#">Auf Facebook teilen</a><a href="#">Per E-Mail senden</a></div></main>
<div class="cookie-consent"><p>Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten, bitte zustimmen.</p></div>
</body></html>)");
  EXPECT_TRUE(Contains(a.text, "über die Ufer getreten")) << a.text;
  EXPECT_TRUE(Contains(a.text, "Freiwillige füllten Sandsäcke")) << a.text;
  EXPECT_TRUE(Contains(a.text, "weiteren Schäden.")) << a.text;
  EXPECT_FALSE(Contains(a.text, "Startseite")) << a.text;
  EXPECT_FALSE(Contains(a.text, "teilen")) << a.text;
  EXPECT_FALSE(Contains(a.text, "Cookies")) << a.text;
  EXPECT_EQ(a.title.value_or(""), "Hochwasser im Tal");
  EXPECT_EQ(a.site_name.value_or(""), "Beispielzeitung");
  EXPECT_EQ(a.language.value_or(""), "de");
}

TEST(HtmlExtractorTest, DeeplyNestedDivsDoNotCrash) {
  const int depth = 100000;
  std::string html = "<html><body>";
  html.reserve(depth * 11 + 200);
  for (int i = 0; i < depth; ++i) html += "<div>";
  html +=
      "<p>Deep inside the page, a sentence that is long enough to be read as prose, really.</p>";
  for (int i = 0; i < depth; ++i) html += "</div>";
  html += "</body></html>";
  HtmlArticle a = ExtractHtmlArticle(html);
  EXPECT_TRUE(Contains(a.text, "Deep inside the page")) << a.text.substr(0, 200);
}

TEST(HtmlExtractorTest, MalformedAndEmptyInputSurvive) {
  EXPECT_TRUE(ExtractHtmlArticle("").text.empty());
  // Stray brackets are text to HTML; the unterminated comment is not.
  EXPECT_FALSE(Contains(ExtractHtmlArticle("<<<>>></div></p><!--").text, "<!--"));
  std::string binary(5000, '\0');
  for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 131) & 0xFF);
  ExtractHtmlArticle(binary);  // must not crash
  HtmlArticle a = ExtractHtmlArticle(
      "<p>Unclosed paragraph with enough words in it to matter, more or less, I think."
      "<p>Second one, <b>bold <i>and italic, never closed, which browsers tolerate well");
  EXPECT_TRUE(Contains(a.text, "Unclosed paragraph")) << a.text;
  EXPECT_TRUE(Contains(a.text, "never closed")) << a.text;
}

}  // namespace
}  // namespace recoupe
