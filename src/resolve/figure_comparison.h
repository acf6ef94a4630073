// Figure comparisons: the story's figures of one category, group and place,
// taken from different documents, compared through the interval each
// qualifier allows ("près de 8 000" ~ [6 800, 9 200], "plus de 2 000" ~
// [2 000, 3 000]). Overlapping intervals agree; otherwise different dates (the
// figure's as_of, else its document's publication date) make it "evolving",
// same dates "disagree". Figures of one category and group but different
// places (a city against the whole country) are compared as different_scope.
// Each comparison has a one-sentence note quoting the figures with their
// documents and dates, so a reader can check it. Figures of the "other"
// category (people or things counted without a fate) are never compared, nor
// figures dated to a past year or month only (history: "in 2018, 160 died").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/phrases.h"
#include "core/story.h"

namespace recoupe {

// Interval of values a figure's words allow; false when it has no value.
bool FigureInterval(const Figure& f, double* low, double* high);

// `published` maps document ids to their publication dates. Ids are
// c<first_number>, ...; notes are worded with `phrases` (note.* keys).
std::vector<Comparison> CompareFigures(const std::vector<StoryFigure>& figures,
                                       const std::map<std::string, std::string>& published,
                                       int first_number, const Phrases& phrases);

}  // namespace recoupe
