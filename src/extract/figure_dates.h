// The date a figure is stated for (Figure::as_of), from the time expressions
// of its own sentence: "lundi, le bilan s'élevait à 225 morts", "le 6 janvier,
// 18 policiers ont été tués". Only expressions resolved to a day that is not
// after the publication date count (a future date says what is planned, not
// when the count held); of several, the one nearest to the figure in the text.
// A day that opens an interval ("8 000 personnes ont été arrêtées depuis
// dimanche", "since the protests began on Monday") is when the count started,
// not when it held: a cumulative count holds as of the sentence's other day
// ("mardi, ... depuis dimanche") or, without one, as of `reporting_date` (the
// publication date; as_of stays unset when that is unknown). Without a day, a
// year or month before the publication ("en 2018, 160 personnes s'étaient
// noyées", "depuis 2018") dates the figure to that year or month: history,
// not the story's count. Figures without such an expression keep as_of unset.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

void DateFigures(const TextLayout& layout, const std::vector<TimeExpression>& times,
                 const std::optional<std::string>& reporting_date, std::vector<Figure>* figures);

// Same with an unknown reporting date.
void DateFigures(const TextLayout& layout, const std::vector<TimeExpression>& times,
                 std::vector<Figure>* figures);

}  // namespace recoupe
