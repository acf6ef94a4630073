#include <gtest/gtest.h>

#include "resolve/figure_comparison.h"

namespace recoupe {
namespace {

StoryFigure F(std::string id, std::string doc, std::string text, double value, Qualifier q,
              std::string category, std::string group = "", std::string place = "",
              std::string place_id = "") {
  StoryFigure f;
  f.id = std::move(id);
  f.where.doc = std::move(doc);
  f.where.text = std::move(text);
  f.figure.value = value;
  f.figure.qualifier = q;
  f.figure.category = std::move(category);
  f.figure.group = std::move(group);
  f.figure.place = std::move(place);
  f.place = std::move(place_id);
  return f;
}

const Comparison* WithFigures(const std::vector<Comparison>& cs, std::vector<std::string> ids) {
  for (const Comparison& c : cs) {
    if (c.figures == ids) return &c;
  }
  return nullptr;
}

TEST(FigureComparisonTest, QualifiersDatesAndScopes) {
  std::vector<StoryFigure> figures = {
      F("f1", "a", "près de 5 000 personnes ont été interpellées", 5000, Qualifier::kApprox,
        "arrested"),
      F("f2", "b", "plus de 5 000 interpellations", 5000, Qualifier::kMoreThan, "arrested"),
      F("f3", "c", "environ 1.200 interpellations à Chymkent", 1200, Qualifier::kApprox, "arrested",
        "", "Chymkent", "e9"),
      F("f4", "b", "12 policiers tués", 12, Qualifier::kExact, "killed", "security_forces"),
      F("f5", "d", "quinze tués parmi les policiers", 15, Qualifier::kExact, "killed",
        "security_forces"),
      F("f6", "a", "340 blindés", 340, Qualifier::kExact, "vehicles"),
      F("f7", "b", "340 véhicules", 340, Qualifier::kExact, "vehicles"),
      F("f8", "a", "40 morts", 40, Qualifier::kExact, "killed"),
      F("f9", "a", "60 morts", 60, Qualifier::kExact, "killed"),  // one document: no comparison
      F("f10", "b", "200 blessés", 200, Qualifier::kExact, "injured"),
      F("f11", "c", "300 blessés", 300, Qualifier::kExact, "injured"),
  };
  std::map<std::string, std::string> published = {
      {"a", "2023-03-14"}, {"b", "2023-03-14"}, {"c", "2023-03-14"}, {"d", "2023-03-10"}};
  auto cs = CompareFigures(figures, published, 1, Phrases::Load("en"));
  const Comparison* arrested = WithFigures(cs, {"f1", "f2"});
  ASSERT_NE(arrested, nullptr);
  EXPECT_EQ(arrested->verdict, Verdict::kAgree);
  const Comparison* scope = WithFigures(cs, {"f1", "f3"});
  ASSERT_NE(scope, nullptr);
  EXPECT_EQ(scope->verdict, Verdict::kDifferentScope);
  EXPECT_EQ(scope->category, "arrested");
  const Comparison* killed = WithFigures(cs, {"f4", "f5"});
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->verdict, Verdict::kEvolving);
  EXPECT_EQ(killed->group, "security_forces");
  EXPECT_NE(killed->note.find("12"), std::string::npos);
  EXPECT_NE(killed->note.find("2023-03-10"), std::string::npos);
  EXPECT_NE(killed->note.find("2023-03-14"), std::string::npos);
  const Comparison* vehicles = WithFigures(cs, {"f6", "f7"});
  ASSERT_NE(vehicles, nullptr);
  EXPECT_EQ(vehicles->verdict, Verdict::kAgree);
  const Comparison* injured = WithFigures(cs, {"f10", "f11"});
  ASSERT_NE(injured, nullptr);
  EXPECT_EQ(injured->verdict, Verdict::kDisagree);
  for (const Comparison& c : cs) {
    EXPECT_TRUE(std::find(c.figures.begin(), c.figures.end(), "f9") == c.figures.end() ||
                c.figures.size() > 2);
    EXPECT_FALSE(c.note.empty());
  }
  EXPECT_EQ(cs.front().id, "c1");
}

TEST(FigureComparisonTest, CountsWithoutAFateAreNotCompared) {
  std::vector<StoryFigure> figures = {
      F("f1", "a", "more than 80 people", 80, Qualifier::kMoreThan, "other"),
      F("f2", "b", "plus de 160 personnes", 160, Qualifier::kMoreThan, "other"),
      F("f3", "a", "at least 15 people", 15, Qualifier::kAtLeast, "killed"),
      F("f4", "b", "23 morts", 23, Qualifier::kExact, "killed"),
  };
  std::map<std::string, std::string> published{{"a", "2023-07-24"}, {"b", "2023-07-26"}};
  auto cs = CompareFigures(figures, published, 1, Phrases::Load("en"));
  ASSERT_EQ(cs.size(), 1u);
  EXPECT_EQ(cs[0].category, "killed");
}

TEST(FigureComparisonTest, CountsOfAPastYearAreHistory) {
  std::vector<StoryFigure> figures = {
      F("f1", "a", "au moins 22 morts", 22, Qualifier::kAtLeast, "killed"),
      F("f2", "b", "301 people killed in 2014", 301, Qualifier::kExact, "killed"),
  };
  figures[1].figure.as_of = "2014";
  std::map<std::string, std::string> published{{"a", "2022-10-15"}, {"b", "2022-10-16"}};
  EXPECT_TRUE(CompareFigures(figures, published, 1, Phrases::Load("en")).empty());
}

TEST(FigureComparisonTest, IntervalsFollowQualifiers) {
  Figure f;
  double lo, hi;
  EXPECT_FALSE(FigureInterval(f, &lo, &hi));
  f.value = 100;
  f.qualifier = Qualifier::kMoreThan;
  ASSERT_TRUE(FigureInterval(f, &lo, &hi));
  EXPECT_EQ(lo, 100);
  EXPECT_GT(hi, 120);
  f.qualifier = Qualifier::kExact;
  f.value_max = 120;
  ASSERT_TRUE(FigureInterval(f, &lo, &hi));
  EXPECT_EQ(hi, 120);
}

}  // namespace
}  // namespace recoupe
