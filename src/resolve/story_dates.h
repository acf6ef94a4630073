// Publication dates from story context. A document whose publication date is
// unknown or month-only gets the date of another document of the story, or a
// day up to three days after one, when its own words fit that day: a weekday
// it names ("lundi") falls on it, or a date it states is it; a later date it
// states rules the day out, and so does, in part, a weekday it names that
// would then fall before the story began. An article with no date at all is
// dated only by a story whose dates span a week at most. Ties and no evidence
// leave the date unknown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "extract/time_expressions.h"

namespace recoupe {

// ISO weekday (1 = Monday .. 7 = Sunday) of an ISO date "YYYY-MM-DD", 0 if invalid.
int IsoWeekday(const std::string& date);

// The date the story gives `doc`, from `story_dates` (day-precision
// publication dates of the story's other documents), or nullopt.
std::optional<std::string> DateFromStory(const AnalyzedDocument& doc,
                                         const std::vector<std::string>& story_dates);

// Dates every undated or month-only document of `docs` from the others
// (published_from = story) and re-extracts its time expressions with the new
// reference, and the dates its figures are stated for. Returns how many documents were dated.
int DateDocumentsFromStory(const std::vector<AnalyzedDocument*>& docs, const TimeExtractor& times);

}  // namespace recoupe
