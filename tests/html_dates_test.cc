// Publication dates as pages write them in meta tags, JSON-LD and <time>:
// free-form values become ISO 8601 (HtmlDateToIso) and the page's most
// explicit statement wins.
#include <gtest/gtest.h>

#include <string>

#include "ingest/html_extractor.h"
#include "ingest/html_metadata.h"

namespace recoupe {
namespace {

using html::HtmlDateToIso;

std::string Iso(std::string_view value, std::string_view lang = "") {
  return HtmlDateToIso(value, lang).value_or("none");
}

TEST(HtmlDates, IsoIsKeptAsWritten) {
  EXPECT_EQ(Iso("2022-01-06T10:00:00+01:00"), "2022-01-06T10:00:00+01:00");
  EXPECT_EQ(Iso("  2022-01-06 "), "2022-01-06");
}

TEST(HtmlDates, MonthNamesInSeveralLanguages) {
  EXPECT_EQ(Iso("January 6, 2022"), "2022-01-06");
  EXPECT_EQ(Iso("6 janvier 2022 à 10h30"), "2022-01-06");
  EXPECT_EQ(Iso("Publié le jeudi 6 janvier 2022"), "2022-01-06");
  EXPECT_EQ(Iso("1er mai 2021"), "2021-05-01");
}

TEST(HtmlDates, HttpDates) {
  EXPECT_EQ(Iso("Thu, 06 Jan 2022 10:00:00 GMT"), "2022-01-06");
  EXPECT_EQ(Iso("Thu Jan  6 10:00:00 2022"), "2022-01-06");
  EXPECT_EQ(Iso("Mon, 31 Feb 2022 10:00:00 GMT"), "none");  // no such day
}

TEST(HtmlDates, NumericDatesDayFirstUnlessUsEnglish) {
  EXPECT_EQ(Iso("06/01/2022", "fr-FR"), "2022-01-06");
  EXPECT_EQ(Iso("06/01/2022", "en-GB"), "2022-01-06");
  EXPECT_EQ(Iso("06/01/2022", "en-US"), "2022-06-01");
  EXPECT_EQ(Iso("06/01/2022", "en"), "2022-06-01");
  EXPECT_EQ(Iso("13/01/2022", "en-US"), "2022-01-13");  // 13 cannot be a month
  EXPECT_EQ(Iso("01/13/2022", "fr"), "2022-01-13");
  EXPECT_EQ(Iso("2022/01/06 10:30"), "2022-01-06");
  EXPECT_EQ(Iso("06.01.2022"), "2022-01-06");
  EXPECT_EQ(Iso("6-1-2022"), "2022-01-06");
  EXPECT_EQ(Iso("06/01-2022"), "none");  // mixed separators
  EXPECT_EQ(Iso("31/31/2022"), "none");
}

TEST(HtmlDates, CompactAndUnixTime) {
  EXPECT_EQ(Iso("20220106"), "2022-01-06");
  EXPECT_EQ(Iso("20220106T101500Z"), "2022-01-06");
  EXPECT_EQ(Iso("1641463200"), "2022-01-06");     // 2022-01-06T10:00:00Z
  EXPECT_EQ(Iso("1641463200000"), "2022-01-06");  // milliseconds
  EXPECT_EQ(Iso("1709251200"), "2024-03-01");     // after a leap day
  EXPECT_EQ(Iso("12345"), "none");
}

TEST(HtmlDates, NotDates) {
  EXPECT_EQ(Iso(""), "none");
  EXPECT_EQ(Iso("yesterday"), "none");
  EXPECT_EQ(Iso("6 janvier"), "none");  // no year: not a full date
  EXPECT_EQ(Iso(std::string(1000, '1')), "none");
}

TEST(HtmlDates, FreeFormMetaBecomesIso) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html lang=\"fr\"><head><meta property=\"article:published_time\" "
      "content=\"6 janvier 2022 à 10h30\"></head><body><p>Texte.</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2022-01-06");
}

TEST(HtmlDates, JsonLdFreeFormDate) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html lang=\"en-US\"><head><script type=\"application/ld+json\">"
      "{\"@type\":\"NewsArticle\",\"datePublished\":\"January 6, 2022 10:00 AM\"}"
      "</script></head><body><p>Text.</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2022-01-06");
}

TEST(HtmlDates, IsoStatementBeatsAFreeFormOneOfHigherRank) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><head><meta property=\"article:published_time\" content=\"05/01/2022\">"
      "<meta name=\"date\" content=\"2022-01-06\"></head><body><p>x</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2022-01-06");
}

TEST(HtmlDates, ItempropAndTimeTextAreRead) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><body><span itemprop=\"datePublished\">Publié le 3 février 2023</span>"
      "<p>Texte.</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2023-02-03");
  HtmlArticle b = ExtractHtmlArticle(
      "<html><body><time>Thu, 06 Jan 2022 10:00:00 GMT</time><p>Text.</p></body></html>");
  EXPECT_EQ(b.published.value_or(""), "2022-01-06");
}

TEST(HtmlDates, UnreadableDateIsDropped) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><head><meta name=\"date\" content=\"il y a deux heures\"></head>"
      "<body><p>x</p></body></html>");
  EXPECT_FALSE(a.published.has_value());
}

TEST(HtmlDates, PlaceholderDatesGiveWayToLaterStatements) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><head><script type=\"application/ld+json\">"
      "[{\"datePublished\":\"0001-01-01T00:00:00Z\"},{\"datePublished\":\"\"},"
      "{\"datePublished\":\"2019-11-19T10:00:00Z\"}]</script></head><body><p>x</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2019-11-19T10:00:00Z");
}

TEST(HtmlDates, JsonLdWithRawLineBreaksInStringsIsRead) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><head><script type=\"application/ld+json\">{\"headline\":\"Two\nlines\",\t"
      "\"datePublished\":\"01:38:07 PM IST Nov 20, 2019\"}</script></head>"
      "<body><p>x</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2019-11-20");
}

TEST(HtmlDates, SiteSpecificPublicationKeysButNotModificationOnes) {
  HtmlArticle a = ExtractHtmlArticle(
      "<html><head><meta name=\"sn-modified-date\" content=\"2019/11/25\">"
      "<meta name=\"sn-post-date\" content=\"2019/11/19\"></head><body><p>x</p></body></html>");
  EXPECT_EQ(a.published.value_or(""), "2019-11-19");
}

}  // namespace
}  // namespace recoupe
