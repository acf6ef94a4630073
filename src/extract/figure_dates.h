// The date a figure is stated for (Figure::as_of), from the time expressions
// of its own sentence: "8 000 personnes ont été arrêtées depuis dimanche",
// "lundi, le bilan s'élevait à 225 morts", "le 6 janvier, 18 policiers ont
// été tués". Only expressions resolved to a day that is not after the
// publication date count (a future date says what is planned, not when the
// count held); of several, the one nearest to the figure in the text. Without
// a day, a year or month before the publication ("en 2018, 160 personnes
// s'étaient noyées") dates the figure to that year or month: history, not
// the story's count. Figures without such an expression keep as_of unset.
#pragma once

#include <vector>

#include "core/facts.h"
#include "core/text_layout.h"

namespace recoupe {

void DateFigures(const TextLayout& layout, const std::vector<TimeExpression>& times,
                 std::vector<Figure>* figures);

}  // namespace recoupe
