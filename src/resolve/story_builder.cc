// STUB: copies per-document facts into the story, one entity per surface form.
// Replaced by the cross-document work (issue 4).
#include "resolve/story_builder.h"

#include <map>

namespace recoupe {
namespace {

DocSpan Where(const Document& doc, Span span) {
  return DocSpan{doc.id, span.start, span.end, std::string(doc.Slice(span))};
}

}  // namespace

Story BuildStory(std::string id, const std::vector<size_t>& members, Analysis& analysis,
                 const TimeExtractor&) {
  Story story;
  story.id = std::move(id);
  std::map<std::pair<std::string, EntityType>, size_t> entity_of;
  for (size_t index : members) {
    const AnalyzedDocument& ad = analysis.documents[index];
    const Document& doc = ad.doc;
    story.documents.push_back(doc.id);
    if (story.title.empty() && doc.title) story.title = *doc.title;
    for (const EntityMention& m : ad.facts.entities) {
      auto key = std::make_pair(m.text, m.type);
      auto [it, added] = entity_of.emplace(key, story.entities.size());
      if (added) {
        Entity e;
        e.id = "e" + std::to_string(story.entities.size() + 1);
        e.type = m.type;
        e.name = m.text;
        e.variants.push_back({m.text, 0});
        story.entities.push_back(std::move(e));
      }
      Entity& e = story.entities[it->second];
      e.variants[0].count++;
      if (e.documents.empty() || e.documents.back() != doc.id) e.documents.push_back(doc.id);
      e.mentions.push_back(Where(doc, m.span));
    }
    for (const Quote& q : ad.facts.quotes) {
      StoryQuote sq;
      sq.id = "q" + std::to_string(story.quotes.size() + 1);
      sq.where = Where(doc, q.span);
      sq.speaker_text = q.speaker_text;
      sq.partial = q.partial;
      sq.statement = "st" + std::to_string(story.quotes.size() + 1);
      story.quotes.push_back(std::move(sq));
    }
    for (const Figure& f : ad.facts.figures) {
      StoryFigure sf;
      sf.id = "f" + std::to_string(story.figures.size() + 1);
      sf.where = Where(doc, f.span);
      sf.figure = f;
      story.figures.push_back(std::move(sf));
    }
    if (doc.published) {
      if (!story.first_published || *doc.published < *story.first_published) story.first_published = doc.published;
      if (!story.last_published || *doc.published > *story.last_published) story.last_published = doc.published;
    }
  }
  return story;
}

}  // namespace recoupe
