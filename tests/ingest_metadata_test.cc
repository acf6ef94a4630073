// Header lines, publication date resolution and wire-source detection.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/metadata.h"

namespace recoupe {
namespace {

Document Doc(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.offsets.Add(0, 0);
  return doc;
}

bool HasWire(const Document& doc, const std::string& name) {
  return std::find(doc.wire_sources.begin(), doc.wire_sources.end(), name) !=
         doc.wire_sources.end();
}

TEST(IngestHeader, DateOnTheFirstSentenceLineIsTakenOut) {
  Document doc = Doc(" date 2021-03 La ville a voté dimanche.\n\nSuite.");
  ExtractHeaderMetadata(doc);
  EXPECT_EQ(doc.published.value_or(""), "2021-03");
  EXPECT_EQ(doc.published_from, PublishedFrom::kHeader);
  EXPECT_EQ(doc.text.substr(0, 8), "La ville");
  // The first kept byte maps back to its place in the input.
  EXPECT_EQ(doc.offsets.ToOriginal(0), 14u);
  EXPECT_EQ(doc.offsets.ToOriginal(4), 18u);
}

TEST(IngestHeader, BareUrlGivesUrlAndOutlet) {
  Document doc =
      Doc("date 2021-03 https://www.example.net/2021/03/14/vote.html\n\nTitre\n\nTexte.");
  ExtractHeaderMetadata(doc);
  EXPECT_EQ(doc.url.value_or(""), "https://www.example.net/2021/03/14/vote.html");
  EXPECT_EQ(doc.outlet.value_or(""), "example.net");
  EXPECT_EQ(doc.text.substr(0, 5), "Titre");
}

TEST(IngestHeader, OrdinaryFirstWordIsNotAHeader) {
  Document doc = Doc("Date limite repoussée pour les candidats.");
  ExtractHeaderMetadata(doc);
  EXPECT_FALSE(doc.published.has_value());
  EXPECT_EQ(doc.text, "Date limite repoussée pour les candidats.");
}

TEST(IngestHeader, TitleNeedsAColon) {
  Document doc = Doc("Title IX case goes to court.");
  ExtractHeaderMetadata(doc);
  EXPECT_FALSE(doc.title.has_value());
  Document marked = Doc("title: Budget vote\nThe council voted.");
  ExtractHeaderMetadata(marked);
  EXPECT_EQ(marked.title.value_or(""), "Budget vote");
  EXPECT_EQ(marked.text, "The council voted.");
}

TEST(IngestDate, PartialHeaderRefinedByAgreeingWeekday) {
  Document doc = Doc("Ce mardi 15 mars, le conseil a voté.");
  doc.published = "2022-03";
  doc.published_from = PublishedFrom::kHeader;
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2022-03-15");  // 2022-03-15 was a Tuesday
}

TEST(IngestDate, PartialHeaderKeptWhenWeekdayDisagrees) {
  Document doc = Doc("Ce lundi 15 mars, le conseil a voté.");
  doc.published = "2022-03";
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2022-03");
}

TEST(IngestDate, UrlDate) {
  Document doc = Doc("Texte sans date.");
  doc.url = "https://news.example/20210314/vote-123.html";
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2021-03-14");
  EXPECT_EQ(doc.published_from, PublishedFrom::kUrl);
  EXPECT_EQ(DateFromUrl("https://x.example/2021/3/4/a").value_or(""), "2021-03-04");
  EXPECT_FALSE(DateFromUrl("https://x.example/20211399/a").has_value());
}

TEST(IngestDate, Datelines) {
  Document doc = Doc("Titre\n\n(Lyon, 04 mars 2021). Le conseil a voté.");
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2021-03-04");
  EXPECT_EQ(doc.published_from, PublishedFrom::kDateline);

  Document en = Doc("BERLIN, March 4, 2021 (Reuters) - The council voted.");
  ResolvePublicationDate(en);
  EXPECT_EQ(en.published.value_or(""), "2021-03-04");
}

TEST(IngestDate, ExplicitDateInText) {
  Document doc = Doc("Der Rat hat am 4. März 2021 abgestimmt.");
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2021-03-04");
  EXPECT_EQ(doc.published_from, PublishedFrom::kText);
}

TEST(IngestDate, SlashedDatesAreDayFirstUnlessTheDayComesSecond) {
  Document doc =
      Doc("Grève dans les transports\n\nPublié le 14/03/2023 à 18h05\n\nLa CGT revendique.");
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2023-03-14");
  std::vector<FoundDate> us = FindDates("Posted 3/14/2023 and 05/03/2024.");
  ASSERT_EQ(us.size(), 2u);
  EXPECT_EQ(us[0].month, 3);
  EXPECT_EQ(us[0].day, 14);
  EXPECT_EQ(us[1].month, 3);  // ambiguous: day first
  EXPECT_EQ(us[1].day, 5);
}

TEST(IngestDate, MetadataDateIsNotOverridden) {
  Document doc = Doc("(Lyon, 04 mars 2021). Texte.");
  doc.published = "2021-03-05";
  doc.published_from = PublishedFrom::kHeader;
  ResolvePublicationDate(doc);
  EXPECT_EQ(doc.published.value_or(""), "2021-03-05");
}

TEST(IngestDate, Calendar) {
  EXPECT_EQ(IsoWeekday(2022, 1, 10), 1);
  EXPECT_EQ(IsoWeekday(2024, 2, 29), 4);
  EXPECT_EQ(IsoWeekday(2023, 2, 29), 0);
}

TEST(IngestWire, AttributionsAreFound) {
  Document doc =
      Doc("Le ministre a démissionné, selon l'AFP. Un témoin a déclaré lundi à Reuters qu'il avait "
          "fui. Le bilan, citant l'agence Tass, est lourd. BERLIN (AP) - The vote.");
  DetectWireSources(doc);
  EXPECT_TRUE(HasWire(doc, "AFP"));
  EXPECT_TRUE(HasWire(doc, "Reuters"));
  EXPECT_TRUE(HasWire(doc, "TASS"));
  EXPECT_TRUE(HasWire(doc, "AP"));
}

TEST(IngestWire, EnglishReported) {
  Document doc = Doc("Troops arrived on Monday, Reuters reported.");
  DetectWireSources(doc);
  EXPECT_TRUE(HasWire(doc, "Reuters"));
}

TEST(IngestWire, PhotoCreditsAreNotSources) {
  Document doc = Doc(
      "Des manifestants à Lyon.\nPhoto AFP\n\nLa foule devant la mairie. via REUTERS - SPUTNIK\n"
      "Les soldats. © Reuters\nUne rue du centre / AFP\n\nLe conseil a voté.");
  DetectWireSources(doc);
  EXPECT_TRUE(doc.wire_sources.empty()) << doc.wire_sources.front();
}

TEST(IngestWire, NameInsideAWordIsIgnored) {
  Document doc = Doc("Le RAPPORT de l'APAAFP selon les experts. Capa a rapporté.");
  DetectWireSources(doc);
  EXPECT_TRUE(doc.wire_sources.empty());
}

}  // namespace
}  // namespace recoupe
