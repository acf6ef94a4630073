// The story's timeline: every time expression resolved to a day becomes an
// event whose text is the sentence around it (cut to the clause when long);
// events of the same date whose content words overlap merge across documents,
// keeping each document's evidence; in different languages, enough of their
// words must be cognates or dictionary translations (cross_language.h).
// Sorted by date.
#pragma once

#include <vector>

#include "core/analysis.h"
#include "resolve/content_words.h"

namespace recoupe {

std::vector<TimelineEvent> BuildTimeline(const std::vector<const AnalyzedDocument*>& docs,
                                         const ContentWords& words);

// The sentence of `doc` holding `span` (from the layout, else found at sentence
// punctuation), trimmed to at most `max_bytes` around the span at clause marks.
Span SentenceAround(const AnalyzedDocument& doc, Span span, uint32_t sentence_index,
                    uint32_t max_bytes);

}  // namespace recoupe
