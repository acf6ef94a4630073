// Builds one story: dates undated documents from the story, resolves entities,
// attaches quotes to speakers and statements, figures to places and sources,
// compares figures and lays out the timeline. Ids (e, q, st, f, c) continue the
// numbering of the stories already in the analysis, so they are unique in a report.
#include "resolve/story_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "resolve/content_words.h"
#include "resolve/entity_resolution.h"
#include "resolve/figure_comparison.h"
#include "resolve/name_keys.h"
#include "resolve/statements.h"
#include "resolve/story_dates.h"
#include "resolve/timeline.h"

namespace recoupe {
namespace {

DocSpan Where(const Document& doc, Span span) {
  return DocSpan{doc.id, span.start, span.end, std::string(doc.Slice(span))};
}

const NameKeyMaker& SharedNameKeys() {
  static const NameKeyMaker keys;  // immutable loaded data
  return keys;
}

struct IdCounters {
  int entities = 1, quotes = 1, statements = 1, figures = 1, comparisons = 1;
};

IdCounters NextIds(const Analysis& analysis) {
  IdCounters c;
  std::set<std::string> statements;
  for (const Story& s : analysis.stories) {
    c.entities += static_cast<int>(s.entities.size());
    c.quotes += static_cast<int>(s.quotes.size());
    c.figures += static_cast<int>(s.figures.size());
    c.comparisons += static_cast<int>(s.comparisons.size());
    for (const StoryQuote& q : s.quotes) {
      if (!q.statement.empty()) statements.insert(q.statement);
    }
  }
  c.statements += static_cast<int>(statements.size());
  return c;
}

// The entity whose mention in document `d` overlaps `span`, else -1.
int EntityAt(const ResolvedEntities& resolved, const AnalyzedDocument& ad, size_t d, Span span) {
  const auto& mentions = ad.facts.entities;
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].span.start < span.end && span.start < mentions[m].span.end) {
      return resolved.mention_entity[d][m];
    }
  }
  return -1;
}

std::string IdOf(const ResolvedEntities& resolved, int index) {
  return index < 0 ? std::string() : resolved.entities[index].id;
}

// A title for a story without one: the opening words of its first document.
std::string FallbackTitle(const Document& doc) {
  std::string_view t = doc.text;
  size_t start = t.find_first_not_of(" \n\t");
  if (start == std::string_view::npos) return doc.id;
  t = t.substr(start);
  size_t end = std::min<size_t>({t.find('\n'), t.size(), 140});
  if (end < t.size() && end == 140) {
    size_t space = t.rfind(' ', end);
    if (space != std::string_view::npos && space > 40) end = space;
    return std::string(t.substr(0, end)) + "\u2026";
  }
  return std::string(t.substr(0, end));
}

}  // namespace

Story BuildStory(std::string id, const std::vector<size_t>& members, Analysis& analysis,
                 const TimeExtractor& times, const Phrases& phrases) {
  Story story;
  story.id = std::move(id);
  const IdCounters ids = NextIds(analysis);
  std::vector<AnalyzedDocument*> docs;
  for (size_t index : members) {
    if (index < analysis.documents.size() && analysis.documents[index].doc.ok()) {
      docs.push_back(&analysis.documents[index]);
    }
  }
  DateDocumentsFromStory(docs, times);
  std::vector<const AnalyzedDocument*> cdocs(docs.begin(), docs.end());

  const NameKeyMaker& keys = SharedNameKeys();
  ContentWords words;
  ResolvedEntities resolved = ResolveEntities(cdocs, keys, ids.entities);

  const EntityNameIndex names(resolved.entities, keys);
  std::vector<std::string> quote_languages;
  std::map<std::string, std::string> published;
  for (size_t d = 0; d < cdocs.size(); ++d) {
    const AnalyzedDocument& ad = *cdocs[d];
    const Document& doc = ad.doc;
    story.documents.push_back(doc.id);
    if (story.title.empty() && doc.title && !doc.title->empty()) story.title = *doc.title;
    if (doc.published) {
      published[doc.id] = *doc.published;
      if (!story.first_published || *doc.published < *story.first_published) {
        story.first_published = doc.published;
      }
      if (!story.last_published || *doc.published > *story.last_published) {
        story.last_published = doc.published;
      }
    }
    for (const Quote& q : ad.facts.quotes) {
      StoryQuote sq;
      sq.id = "q" + std::to_string(ids.quotes + static_cast<int>(story.quotes.size()));
      sq.where = Where(doc, q.span);
      sq.speaker_text = q.speaker_text;
      sq.partial = q.partial;
      int speaker = -1;
      if (q.speaker_mention) speaker = EntityAt(resolved, ad, d, *q.speaker_mention);
      if (speaker < 0 && !q.speaker_name.empty()) {
        speaker = names.Find(q.speaker_name);
      }
      sq.speaker = IdOf(resolved, speaker);
      story.quotes.push_back(std::move(sq));
      quote_languages.push_back(doc.language.value_or(""));
    }
    for (const Figure& f : ad.facts.figures) {
      StoryFigure sf;
      sf.id = "f" + std::to_string(ids.figures + static_cast<int>(story.figures.size()));
      sf.where = Where(doc, f.span);
      sf.figure = f;
      int place = f.place_span ? EntityAt(resolved, ad, d, *f.place_span) : -1;
      if (place < 0 && !f.place.empty()) place = names.Find(f.place);
      sf.place = IdOf(resolved, place);
      if (!f.attributed_to.empty()) {
        sf.attributed_to = IdOf(resolved, names.Find(f.attributed_to));
      }
      story.figures.push_back(std::move(sf));
    }
  }
  if (story.title.empty() && !cdocs.empty()) story.title = FallbackTitle(cdocs.front()->doc);
  LinkStatements(story.quotes, quote_languages, words, ids.statements);
  story.comparisons = CompareFigures(story.figures, published, ids.comparisons, phrases);
  story.timeline = BuildTimeline(cdocs, words);
  story.entities = std::move(resolved.entities);
  return story;
}

}  // namespace recoupe
