// Builds one story from its documents: publication dates from story context,
// entity resolution across documents, statements, figure comparisons and the
// timeline.
#pragma once

#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/phrases.h"
#include "extract/time_expressions.h"

namespace recoupe {

// `members` are indices into analysis.documents. May update those documents'
// publication dates (published_from "story") and their time expressions.
// Comparison notes are worded with `phrases`.
Story BuildStory(std::string id, const std::vector<size_t>& members, Analysis& analysis,
                 const TimeExtractor& times, const Phrases& phrases);

}  // namespace recoupe
