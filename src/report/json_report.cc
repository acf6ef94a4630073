#include "report/json_report.h"

#include <nlohmann/json.hpp>

#include "core/version.h"

namespace recoupe {
namespace {

using nlohmann::json;

json OptionalString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
json OptionalNumber(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json NonEmptyOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json DocumentJson(const Document& doc, bool with_text) {
  json j;
  j["id"] = doc.id;
  j["source"] = doc.source;
  j["status"] = doc.ok() ? "ok" : "rejected";
  j["error"] = NonEmptyOrNull(doc.error);
  j["language"] = OptionalString(doc.language);
  j["title"] = OptionalString(doc.title);
  j["url"] = OptionalString(doc.url);
  j["outlet"] = OptionalString(doc.outlet);
  j["published"] = OptionalString(doc.published);
  const char* from = PublishedFromName(doc.published_from);
  j["published_from"] = from ? json(from) : json(nullptr);
  j["wire_sources"] = doc.wire_sources;
  json bp = json::array();
  for (const BoilerplateSpan& b : doc.boilerplate) {
    bp.push_back({{"start", b.start}, {"end", b.end}, {"text", b.text}});
  }
  j["boilerplate"] = std::move(bp);
  j["bytes"] = doc.input_bytes;
  if (with_text) j["text"] = doc.text;
  return j;
}

json Where(const DocSpan& w) {
  return {{"doc", w.doc}, {"start", w.start}, {"end", w.end}, {"text", w.text}};
}

json FigureFields(const Figure& f) {
  json j;
  j["value"] = OptionalNumber(f.value);
  j["value_max"] = OptionalNumber(f.value_max);
  j["qualifier"] = QualifierName(f.qualifier);
  j["category"] = f.category;
  j["group"] = NonEmptyOrNull(f.group);
  j["as_of"] = OptionalString(f.as_of);
  return j;
}

json StoryJson(const Story& s) {
  json j;
  j["id"] = s.id;
  j["title"] = s.title;
  j["documents"] = s.documents;
  j["first_published"] = OptionalString(s.first_published);
  j["last_published"] = OptionalString(s.last_published);
  json entities = json::array();
  for (const Entity& e : s.entities) {
    json variants = json::array();
    for (const EntityVariant& v : e.variants) variants.push_back({{"form", v.form}, {"count", v.count}});
    json mentions = json::array();
    for (const DocSpan& m : e.mentions) mentions.push_back(Where(m));
    entities.push_back({{"id", e.id},
                        {"type", EntityTypeName(e.type)},
                        {"name", e.name},
                        {"variants", std::move(variants)},
                        {"documents", e.documents},
                        {"mentions", std::move(mentions)}});
  }
  j["entities"] = std::move(entities);
  json quotes = json::array();
  for (const StoryQuote& q : s.quotes) {
    json jq = Where(q.where);
    jq["id"] = q.id;
    jq["speaker"] = NonEmptyOrNull(q.speaker);
    jq["speaker_text"] = NonEmptyOrNull(q.speaker_text);
    jq["statement"] = NonEmptyOrNull(q.statement);
    jq["partial"] = q.partial;
    quotes.push_back(std::move(jq));
  }
  j["quotes"] = std::move(quotes);
  json figures = json::array();
  for (const StoryFigure& f : s.figures) {
    json jf = Where(f.where);
    jf.update(FigureFields(f.figure));
    jf["id"] = f.id;
    jf["place"] = NonEmptyOrNull(f.place);
    jf["place_text"] = NonEmptyOrNull(f.figure.place);
    jf["attributed_to"] = NonEmptyOrNull(f.attributed_to);
    figures.push_back(std::move(jf));
  }
  j["figures"] = std::move(figures);
  json comparisons = json::array();
  for (const Comparison& c : s.comparisons) {
    json values = json::array();
    for (const auto& v : c.values) values.push_back(OptionalNumber(v));
    comparisons.push_back({{"id", c.id},
                           {"category", c.category},
                           {"group", NonEmptyOrNull(c.group)},
                           {"place", NonEmptyOrNull(c.place)},
                           {"figures", c.figures},
                           {"values", std::move(values)},
                           {"verdict", VerdictName(c.verdict)},
                           {"note", c.note}});
  }
  j["comparisons"] = std::move(comparisons);
  json timeline = json::array();
  for (const TimelineEvent& t : s.timeline) {
    json evidence = json::array();
    for (const DocSpan& e : t.evidence) evidence.push_back({{"doc", e.doc}, {"start", e.start}, {"end", e.end}});
    timeline.push_back(
        {{"date", t.date}, {"text", t.text}, {"documents", t.documents}, {"evidence", std::move(evidence)}});
  }
  j["timeline"] = std::move(timeline);
  return j;
}

json SpanJson(const Document& doc, Span s) {
  return {{"start", s.start}, {"end", s.end}, {"text", std::string(doc.Slice(s))}};
}

}  // namespace

void WriteJsonReport(const Analysis& analysis, const JsonReportOptions& options, std::ostream& out) {
  json j;
  j["schema"] = "recoupe.report/1";
  j["generator"] = std::string("recoupe ") + kVersion;
  json docs = json::array();
  for (const AnalyzedDocument& d : analysis.documents) docs.push_back(DocumentJson(d.doc, options.with_text));
  j["documents"] = std::move(docs);
  json dups = json::array();
  for (const NearDuplicate& n : analysis.near_duplicates) {
    json passages = json::array();
    for (const SharedPassage& p : n.shared_passages) {
      passages.push_back({{"a_start", p.a_start}, {"a_end", p.a_end}, {"b_start", p.b_start}, {"b_end", p.b_end}});
    }
    dups.push_back({{"a", n.a}, {"b", n.b}, {"similarity", n.similarity}, {"shared_passages", std::move(passages)}});
  }
  j["near_duplicates"] = std::move(dups);
  json stories = json::array();
  for (const Story& s : analysis.stories) stories.push_back(StoryJson(s));
  j["stories"] = std::move(stories);
  out << j.dump(1, ' ', false, json::error_handler_t::replace) << "\n";
}

void WriteDocumentFactsLine(const AnalyzedDocument& ad, std::ostream& out) {
  const Document& doc = ad.doc;
  json j = DocumentJson(doc, false);
  json entities = json::array();
  for (const EntityMention& m : ad.facts.entities) {
    json e = SpanJson(doc, m.span);
    e["type"] = EntityTypeName(m.type);
    if (!m.expansion.empty()) e["expansion"] = m.expansion;
    if (!m.acronym.empty()) e["acronym"] = m.acronym;
    entities.push_back(std::move(e));
  }
  j["entities"] = std::move(entities);
  json quotes = json::array();
  for (const Quote& q : ad.facts.quotes) {
    json jq = SpanJson(doc, q.span);
    jq["partial"] = q.partial;
    jq["unclosed"] = q.unclosed;
    jq["speaker_text"] = NonEmptyOrNull(q.speaker_text);
    jq["speaker_name"] = NonEmptyOrNull(q.speaker_name);
    quotes.push_back(std::move(jq));
  }
  j["quotes"] = std::move(quotes);
  json figures = json::array();
  for (const Figure& f : ad.facts.figures) {
    json jf = SpanJson(doc, f.span);
    jf.update(FigureFields(f));
    jf["place_text"] = NonEmptyOrNull(f.place);
    jf["attributed_to_text"] = NonEmptyOrNull(f.attributed_to);
    figures.push_back(std::move(jf));
  }
  j["figures"] = std::move(figures);
  json times = json::array();
  static const char* kRelation[] = {nullptr, "before", "same", "after"};
  for (const TimeExpression& t : ad.facts.times) {
    json jt = SpanJson(doc, t.span);
    jt["value"] = OptionalString(t.value);
    const char* rel = kRelation[static_cast<int>(t.relation)];
    jt["relation"] = rel ? json(rel) : json(nullptr);
    times.push_back(std::move(jt));
  }
  j["times"] = std::move(times);
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace recoupe
