// A figure whose sentence names only a past year or month is dated to it
// (extract/figure_dates.h): history, kept apart from the story's counts.
#include <gtest/gtest.h>

#include "extract/figure_dates.h"

namespace recoupe {
namespace {

TEST(FigureHistoryDatesTest, PastYearDatesAFigureADayWins) {
  TextLayout layout;
  layout.sentences = {Sentence{Span{0, 60}}, Sentence{Span{61, 120}}};
  Figure old_toll, toll;
  old_toll.span = {10, 30};
  toll.span = {70, 80};
  TimeExpression year{Span{0, 7}, "En 2018", "2018", TimeRelation::kBefore, 0};
  TimeExpression day{Span{85, 91}, "lundi", "2023-07-24", TimeRelation::kBefore, 1};
  TimeExpression later_year{Span{95, 99}, "2019", "2019", TimeRelation::kBefore, 1};
  std::vector<Figure> figures{old_toll, toll};
  DateFigures(layout, {year, day, later_year}, &figures);
  EXPECT_EQ(figures[0].as_of, "2018");
  EXPECT_EQ(figures[1].as_of, "2023-07-24");
  // A year still to come says nothing about when a count held.
  std::vector<Figure> planned{old_toll};
  TimeExpression next_year{Span{0, 7}, "En 2030", "2030", TimeRelation::kAfter, 0};
  DateFigures(layout, {next_year}, &planned);
  EXPECT_FALSE(planned[0].as_of.has_value());
}

}  // namespace
}  // namespace recoupe
