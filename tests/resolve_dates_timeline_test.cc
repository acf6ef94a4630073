#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/time_expressions.h"
#include "resolve/story_builder.h"
#include "resolve/story_dates.h"
#include "resolve/timeline.h"
#include "resolve_test_util.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

using testing::Find;
using testing::MakeDoc;

TimeExpression T(const AnalyzedDocument& ad, std::string_view text, std::string value,
                 int nth = 0) {
  TimeExpression t;
  t.span = Find(ad, text, nth);
  t.text = std::string(text);
  t.value = std::move(value);
  t.sentence = 9999;  // no layout in these tests
  return t;
}

TEST(StoryDatesTest, CountSinceADayInADocumentDatedByItsStoryHoldsAsOfThatDate) {
  // The undated account is dated Saturday by its story; its toll "since the
  // floods began on Thursday", in a sentence with no other day, is as of
  // Saturday, when it was reported.
  auto dated =
      MakeDoc("a", "Floods killed 10 people in the north on Friday, officials said.", "2024-05-03");
  auto undated = MakeDoc("b",
                         "The death toll has risen to 14 since the floods began on Thursday. "
                         "Rescuers were still searching the valley on Saturday.");
  const Extractor extractor;
  for (AnalyzedDocument* d : {&dated, &undated}) {
    d->doc.language = "en";
    d->layout = Segment(d->doc.text, "en");
    d->facts = extractor.Extract(d->doc, d->layout);
  }
  ASSERT_EQ(DateDocumentsFromStory({&dated, &undated}, TimeExtractor()), 1);
  EXPECT_EQ(undated.doc.published, "2024-05-04");
  const Figure* toll = nullptr;
  for (const Figure& f : undated.facts.figures)
    if (f.value == 14) toll = &f;
  ASSERT_NE(toll, nullptr);
  EXPECT_EQ(toll->as_of, "2024-05-04");
}

TEST(StoryDatesTest, IsoWeekday) {
  EXPECT_EQ(IsoWeekday("2023-03-13"), 1);  // a Monday
  EXPECT_EQ(IsoWeekday("2023-03-19"), 7);
  EXPECT_EQ(IsoWeekday("2024-02-29"), 4);
  EXPECT_EQ(IsoWeekday("2023-13-01"), 0);
}

TEST(StoryDatesTest, WeekdayInTextPicksTheMatchingStoryDate) {
  auto undated = MakeDoc("u", "Une cérémonie a eu lieu lundi dans la capitale.", "2023-03");
  EXPECT_EQ(DateFromStory(undated, {"2023-03-13", "2023-03-09"}), "2023-03-13");
  // No evidence: stays unknown rather than guessed.
  auto silent = MakeDoc("s", "Une cérémonie a eu lieu dans la capitale.");
  EXPECT_EQ(DateFromStory(silent, {"2023-03-13", "2023-03-09"}), std::nullopt);
  // Another month than the partial date allows: ruled out.
  auto other = MakeDoc("o", "Une cérémonie a eu lieu lundi.", "2023-04");
  EXPECT_EQ(DateFromStory(other, {"2023-03-13"}), std::nullopt);
  // A stated later date rules a candidate out.
  auto later = MakeDoc("l", "Lundi 13 mars, puis jeudi 16 mars, le sommet a repris.");
  later.facts.times.push_back(T(later, "jeudi 16 mars", "2023-03-16"));
  EXPECT_EQ(DateFromStory(later, {"2023-03-13", "2023-03-16"}), "2023-03-16");
}

TEST(StoryDatesTest, AWeekdayAfterTheOtherAccountsDatesALaterArticle) {
  // The only other account came out on Saturday 15; this one reports what was
  // said on Sunday, so it was written on Sunday (or later), not on Saturday.
  auto later = MakeDoc("b",
                       "Le bilan de l'explosion survenue vendredi s'est alourdi, a indiqué "
                       "dimanche le président. Le ministre avait évoqué samedi un accident.");
  EXPECT_EQ(DateFromStory(later, {"2022-10-15"}), "2022-10-16");
  // Naming only Saturday, it is dated with the Saturday account.
  auto same = MakeDoc("s", "Le ministre a évoqué samedi un accident survenu vendredi.");
  EXPECT_EQ(DateFromStory(same, {"2022-10-15"}), "2022-10-15");
  // A story spread over a month says nothing about an article with no date.
  EXPECT_EQ(DateFromStory(same, {"2022-10-15", "2022-11-12"}), std::nullopt);
}

TEST(TimelineTest, OneEventToldInTwoLanguagesMerges) {
  auto fr = MakeDoc("fr",
                    "Le ministre de l'Énergie a évoqué samedi la piste d'un coup de grisou, une "
                    "accumulation de méthane dans la mine. Les syndicats ont manifesté samedi à "
                    "Ankara contre la hausse des prix.");
  fr.facts.times = {T(fr, "samedi", "2022-10-15"), T(fr, "samedi", "2022-10-15", 1)};
  auto en = MakeDoc("en",
                    "Energy Minister Fatih Donmez said on Saturday the blast in the mine was "
                    "probably caused by firedamp, an accumulation of methane gas.");
  en.doc.language = "en";
  en.facts.times = {T(en, "on Saturday", "2022-10-15")};
  ContentWords words;
  auto events = BuildTimeline({&fr, &en}, words);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].documents, (std::vector<std::string>{"fr", "en"}));
  EXPECT_EQ(events[1].documents, (std::vector<std::string>{"fr"}));
}

TEST(TimelineTest, SentencesMergeAcrossDocumentsAndSortByDate) {
  auto a = MakeDoc("a",
                   "Le sommet de l'alliance s'est tenu le 13 mars par vidéoconférence. "
                   "Les troupes ont été déployées le 9 mars.");
  a.facts.times = {T(a, "le 13 mars", "2023-03-13"), T(a, "le 9 mars", "2023-03-09")};
  auto b = MakeDoc("b",
                   "Lundi, un sommet de l'alliance par vidéoconférence a réuni les chefs "
                   "d'État. Le carburant a augmenté en 2023.");
  b.facts.times = {T(b, "Lundi", "2023-03-13"), T(b, "en 2023", "2023")};
  ContentWords words;
  auto events = BuildTimeline({&a, &b}, words);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date, "2023-03-09");
  EXPECT_EQ(events[0].text, "Les troupes ont été déployées le 9 mars.");
  EXPECT_EQ(events[1].date, "2023-03-13");
  EXPECT_EQ(events[1].documents, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(events[1].evidence.size(), 2u);
  EXPECT_EQ(events[1].evidence[1].doc, "b");
  EXPECT_EQ(b.doc.Slice({events[1].evidence[1].start, events[1].evidence[1].end}).substr(0, 6),
            "Lundi,");
}

TEST(TimelineTest, DatelinesAndBylinesAreNotEvents) {
  auto a = MakeDoc("a",
                   "Mis à jour le mercredi 15 mars 2023 à 09h12\n"
                   "RABAT, 15 mars 2023 (AFP) - Le séisme qui a frappé lundi le centre du pays "
                   "a détruit des villages entiers.");
  a.facts.times = {T(a, "mercredi 15 mars 2023", "2023-03-15"),
                   T(a, "15 mars 2023", "2023-03-15", 1), T(a, "lundi", "2023-03-13")};
  ContentWords words;
  auto events = BuildTimeline({&a}, words);
  ASSERT_EQ(events.size(), 1u);  // the dateline's sentence still dates its event
  EXPECT_EQ(events[0].date, "2023-03-13");
  EXPECT_EQ(events[0].text.substr(0, 10), "Le séisme");  // told from after the dash
}

// The whole story: dates, entities, quotes with speakers and statements,
// figures with places, comparisons, timeline; ids continue across stories.
TEST(StoryBuilderTest, BuildsAStoryFromHandMadeFacts) {
  Analysis analysis;
  auto a = MakeDoc("a",
                   "Le président Aïdar Sultanbekov a déclaré : « Leur objectif semblait clair : "
                   "saper les institutions de la région et prendre le port ». Il a ajouté que 12 "
                   "policiers avaient été tués à Oulan-Khoto.",
                   "2023-03-13");
  testing::AddEntity(a, "Aïdar Sultanbekov", EntityType::kPer);
  testing::AddEntity(a, "Oulan-Khoto", EntityType::kLoc);
  testing::AddQuote(a,
                    "Leur objectif semblait clair : saper les institutions de la région et "
                    "prendre le port",
                    "Aïdar Sultanbekov");
  Figure k;
  k.span = Find(a, "12 policiers avaient été tués");
  k.value = 12;
  k.category = "killed";
  k.group = "security_forces";
  a.facts.figures.push_back(k);
  auto b = MakeDoc("b",
                   "Lundi, M. Soultanbekov a affirmé : « l'objectif principal était de saper les "
                   "institutions régionales et de prendre le port ». Quinze policiers ont péri.",
                   "2023-03");
  testing::AddEntity(b, "M. Soultanbekov", EntityType::kPer);
  testing::AddQuote(b,
                    "l'objectif principal était de saper les institutions régionales et de "
                    "prendre le port",
                    "M. Soultanbekov");
  Figure k2 = k;
  k2.span = Find(b, "Quinze policiers ont péri");
  k2.value = 15;
  b.facts.figures.push_back(k2);
  analysis.documents.push_back(std::move(a));
  analysis.documents.push_back(std::move(b));
  Story earlier;
  earlier.entities.resize(3);
  analysis.stories.push_back(earlier);
  TimeExtractor times;
  Story s = BuildStory("s2", {0, 1}, analysis, times, Phrases::Load("en"));
  EXPECT_EQ(analysis.documents[1].doc.published, "2023-03-13");
  EXPECT_EQ(analysis.documents[1].doc.published_from, PublishedFrom::kStory);
  ASSERT_EQ(s.entities.size(), 2u);
  EXPECT_EQ(s.entities[0].id, "e4");
  EXPECT_EQ(s.entities[0].variants.size(), 2u);
  ASSERT_EQ(s.quotes.size(), 2u);
  EXPECT_EQ(s.quotes[0].speaker, "e4");
  EXPECT_EQ(s.quotes[1].speaker, "e4");
  EXPECT_EQ(s.quotes[0].statement, s.quotes[1].statement);
  ASSERT_EQ(s.comparisons.size(), 1u);
  EXPECT_EQ(s.comparisons[0].verdict, Verdict::kDisagree);  // same day, 12 vs 15
  EXPECT_EQ(s.first_published, "2023-03-13");
  EXPECT_FALSE(s.title.empty());
  EXPECT_EQ(s.documents, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace recoupe
