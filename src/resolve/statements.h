// Statements: quotations from one speaker that render the same statement in
// different outlets or translations share a statement id. Two quotes link when
// their content words (stemmed, light synonyms; content_words.h) overlap
// enough; quotes of one document link only when near identical, so different
// statements of one speaker in one article stay apart. Quotes in different
// languages link when they have the same speaker and enough of their words are
// cognates or dictionary translations of each other (cross_language.h). Partial quotes (scare
// quotes, one or two words) get no statement.
#pragma once

#include <string>
#include <vector>

#include "core/story.h"
#include "resolve/content_words.h"

namespace recoupe {

// Sets `statement` on every non-partial quote of `quotes`; ids are
// st<first_number>, st<first_number + 1>...; returns how many ids were used.
int LinkStatements(std::vector<StoryQuote>& quotes, const std::vector<std::string>& languages,
                   const ContentWords& words, int first_number);

}  // namespace recoupe
