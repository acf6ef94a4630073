// A self-contained HTML page (inline CSS, no script, no external resource) for a
// journalist: per story its sources with outlets and dates, the timeline,
// figure comparisons with disagreements highlighted and every value linked to
// its sentence in the document's text (shown at the bottom of the page with
// the figures and quotations marked), statements with each outlet's wording
// side by side, and entities with their variants; then rejected documents.
// Every piece of text is escaped.
#include "report/html_report.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "core/version.h"

namespace recoupe {
namespace {

std::string Esc(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// An HTML id / URL fragment from any string: ASCII letters, digits, '-' and '_'
// kept, everything else as _XX hex, so distinct inputs stay distinct.
std::string Anchor(std::string_view prefix, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  std::string out(prefix);
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('_');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string ItemAnchor(std::string_view story, std::string_view item) {
  return Anchor(std::string(story) + "-", item);
}

const char* kStyle = R"css(
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.35rem;border-bottom:2px solid #1b1b1b;padding-bottom:.2rem;margin-top:2.5rem}
h3{font-size:1.1rem;margin-top:1.6rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #ccc;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#f1f1f1}
.verdict{font-weight:bold;white-space:nowrap}
tr.disagree td{background:#ffd9d6}tr.disagree .verdict{color:#a00000}
tr.evolving td{background:#fff0c2}tr.evolving .verdict{color:#8a5a00}
tr.agree td{background:#e3f5e1}tr.agree .verdict{color:#1d6b1d}
tr.different_scope td{background:#e6ecf7}
.statement{display:flex;gap:.6rem;flex-wrap:wrap;margin:.5rem 0 1rem}
.statement blockquote{flex:1 1 15rem;margin:0;padding:.5rem .7rem;border-left:4px solid #446;background:#f6f6fa}
.statement cite{display:block;font-style:normal;font-size:.85rem;color:#555;margin-top:.3rem}
.doctext{white-space:pre-wrap;border:1px solid #ddd;padding:.6rem;background:#fcfcfc;font-size:.9rem}
mark.fig{background:#ffe27a}mark.quote{background:#d7e8ff}mark:target{outline:3px solid #c00}
.muted{color:#666}.variants span{display:inline-block;margin:0 .4rem .2rem 0;padding:0 .3rem;background:#eee;border-radius:3px}
)css";

std::string FormatNumber(const std::optional<double>& v) {
  if (!v) return "?";
  char buf[64];
  if (*v == static_cast<double>(static_cast<long long>(*v))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*v));
  } else {
    std::snprintf(buf, sizeof buf, "%g", *v);
  }
  return buf;
}

struct Context {
  const Phrases& phrases;
  std::map<std::string, const AnalyzedDocument*> docs;
  std::string Say(std::string_view key) const { return phrases.Get(key); }
  // "<h3>heading</h3><table><tr><th>..." for a section and its columns.
  std::string TableStart(std::string_view section,
                         std::initializer_list<std::string_view> columns) const {
    std::string out = "<h3>" + Esc(Say(section)) + "</h3><table><tr>";
    for (std::string_view c : columns) out += "<th>" + Esc(Say(c)) + "</th>";
    return out + "</tr>\n";
  }
  std::string DocLabel(const std::string& id) const {
    auto it = docs.find(id);
    if (it != docs.end() && it->second->doc.outlet)
      return *it->second->doc.outlet + " (" + id + ")";
    return id;
  }
  std::string DocLink(const std::string& story, const std::string& id) const {
    return "<a href=\"#" + Anchor(story + "-doc-", id) + "\">" + Esc(DocLabel(id)) + "</a>";
  }
};

void WriteSources(const Story& s, const Context& ctx, std::ostream& out) {
  out << ctx.TableStart("section.sources", {"column.document", "column.outlet", "column.published",
                                            "column.title", "column.agencies"});
  for (const std::string& id : s.documents) {
    auto it = ctx.docs.find(id);
    if (it == ctx.docs.end()) continue;
    const Document& d = it->second->doc;
    out << "<tr><td><a href=\"#" << Anchor(s.id + "-doc-", id) << "\">" << Esc(id)
        << "</a></td><td>" << Esc(d.outlet.value_or("")) << "</td><td>"
        << Esc(d.published.value_or("?"));
    if (const char* from = PublishedFromName(d.published_from)) {
      out << " <span class=\"muted\">(" << Esc(from) << ")</span>";
    }
    out << "</td><td>" << Esc(d.title.value_or("")) << "</td><td>";
    for (size_t i = 0; i < d.wire_sources.size(); ++i)
      out << (i ? ", " : "") << Esc(d.wire_sources[i]);
    out << "</td></tr>\n";
  }
  out << "</table>\n";
}

void WriteTimeline(const Story& s, const Context& ctx, std::ostream& out) {
  if (s.timeline.empty()) return;
  out << ctx.TableStart("section.timeline", {"column.date", "column.event", "column.sources"});
  for (const TimelineEvent& t : s.timeline) {
    out << "<tr><td>" << Esc(t.date) << "</td><td>" << Esc(t.text) << "</td><td>";
    for (size_t i = 0; i < t.documents.size(); ++i)
      out << (i ? ", " : "") << ctx.DocLink(s.id, t.documents[i]);
    out << "</td></tr>\n";
  }
  out << "</table>\n";
}

void WriteFigures(const Story& s, const Context& ctx, std::ostream& out) {
  if (s.figures.empty()) return;
  std::map<std::string, const StoryFigure*> by_id;
  for (const StoryFigure& f : s.figures) by_id[f.id] = &f;
  if (!s.comparisons.empty()) {
    out << ctx.TableStart(
        "section.comparisons",
        {"column.category", "column.group", "column.values", "column.verdict", "column.note"});
    for (const Comparison& c : s.comparisons) {
      out << "<tr class=\"" << VerdictName(c.verdict) << "\"><td>" << Esc(c.category) << "</td><td>"
          << Esc(c.group) << "</td><td>";
      for (size_t i = 0; i < c.figures.size(); ++i) {
        auto it = by_id.find(c.figures[i]);
        std::string value = i < c.values.size() ? FormatNumber(c.values[i]) : "?";
        out << (i ? " \u00b7 " : "") << "<a href=\"#" << ItemAnchor(s.id, c.figures[i])
            << "\" title=\"" << Esc(it != by_id.end() ? it->second->where.text : "") << "\">"
            << Esc(value) << "</a>";
        if (it != by_id.end())
          out << " <span class=\"muted\">" << Esc(it->second->where.doc) << "</span>";
      }
      out << "</td><td class=\"verdict\">"
          << Esc(ctx.Say(std::string("verdict.") + VerdictName(c.verdict))) << "</td><td>"
          << Esc(c.note) << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << ctx.TableStart("section.figures",
                        {"column.value", "column.qualifier", "column.category", "column.group",
                         "column.place", "column.text", "column.document"});
  for (const StoryFigure& f : s.figures) {
    out << "<tr><td><a href=\"#" << ItemAnchor(s.id, f.id) << "\">"
        << Esc(FormatNumber(f.figure.value)) << "</a></td><td>" << QualifierName(f.figure.qualifier)
        << "</td><td>" << Esc(f.figure.category) << "</td><td>" << Esc(f.figure.group)
        << "</td><td>" << Esc(f.figure.place) << "</td><td>" << Esc(f.where.text) << "</td><td>"
        << Esc(f.where.doc) << "</td></tr>\n";
  }
  out << "</table>\n";
}

void WriteStatements(const Story& s, const Context& ctx, std::ostream& out) {
  if (s.quotes.empty()) return;
  std::map<std::string, const Entity*> entities;
  for (const Entity& e : s.entities) entities[e.id] = &e;
  auto speaker = [&](const StoryQuote& q) -> std::string {
    auto it = entities.find(q.speaker);
    if (it != entities.end()) return it->second->name;
    return q.speaker_text.empty() ? ctx.Say("speaker.unknown") : q.speaker_text;
  };
  std::map<std::string, std::vector<const StoryQuote*>> statements;
  std::vector<std::string> order;
  for (const StoryQuote& q : s.quotes) {
    if (q.statement.empty()) continue;
    auto& v = statements[q.statement];
    if (v.empty()) order.push_back(q.statement);
    v.push_back(&q);
  }
  out << "<h3>" << Esc(ctx.Say("section.statements")) << "</h3>\n";
  for (const std::string& st : order) {
    const auto& qs = statements[st];
    std::set<std::string> docs;
    for (const StoryQuote* q : qs) docs.insert(q->where.doc);
    if (docs.size() < 2) continue;
    out << "<p><strong>" << Esc(speaker(*qs[0])) << "</strong> <span class=\"muted\">(" << Esc(st)
        << ", " << docs.size() << " sources)</span></p><div class=\"statement\">\n";
    for (const StoryQuote* q : qs) {
      out << "<blockquote>\u00ab " << Esc(q->where.text) << " \u00bb<cite><a href=\"#"
          << ItemAnchor(s.id, q->id) << "\">" << Esc(ctx.DocLabel(q->where.doc))
          << "</a></cite></blockquote>\n";
    }
    out << "</div>\n";
  }
  out << "<table><tr><th>" << Esc(ctx.Say("column.speaker")) << "</th><th>"
      << Esc(ctx.Say("column.quote")) << "</th><th>" << Esc(ctx.Say("column.document"))
      << "</th></tr>\n";
  for (const StoryQuote& q : s.quotes) {
    out << "<tr><td>" << Esc(speaker(q)) << "</td><td><a href=\"#" << ItemAnchor(s.id, q.id)
        << "\">\u00ab " << Esc(q.where.text) << " \u00bb</a>"
        << (q.partial ? " <span class=\"muted\">(" + Esc(ctx.Say("quote.partial")) + ")</span>"
                      : "")
        << "</td><td>" << Esc(q.where.doc) << "</td></tr>\n";
  }
  out << "</table>\n";
}

void WriteEntities(const Story& s, const Context& ctx, std::ostream& out) {
  if (s.entities.empty()) return;
  out << ctx.TableStart("section.entities",
                        {"column.name", "column.type", "column.variants", "column.documents"});
  for (const Entity& e : s.entities) {
    out << "<tr><td>" << Esc(e.name) << "</td><td>" << EntityTypeName(e.type)
        << "</td><td class=\"variants\">";
    for (const EntityVariant& v : e.variants)
      out << "<span>" << Esc(v.form) << " \u00d7" << v.count << "</span>";
    out << "</td><td>" << e.documents.size() << "</td></tr>\n";
  }
  out << "</table>\n";
}

// The document's text with the story's figures and quotations marked; marks
// never overlap (figures win over quotations, earlier over later).
void WriteDocumentText(const Story& s, const AnalyzedDocument& ad, std::ostream& out) {
  struct MarkSpan {
    uint32_t start, end;
    std::string id, cls;
  };
  std::vector<MarkSpan> marks;
  for (const StoryFigure& f : s.figures) {
    if (f.where.doc == ad.doc.id) marks.push_back({f.where.start, f.where.end, f.id, "fig"});
  }
  for (const StoryQuote& q : s.quotes) {
    if (q.where.doc == ad.doc.id) marks.push_back({q.where.start, q.where.end, q.id, "quote"});
  }
  std::stable_sort(marks.begin(), marks.end(),
                   [](const MarkSpan& a, const MarkSpan& b) { return a.start < b.start; });
  std::vector<MarkSpan> kept;
  for (const MarkSpan& m : marks) {
    if (m.end > ad.doc.text.size() || m.start >= m.end) continue;
    if (!kept.empty() && m.start < kept.back().end) {
      // Overlap: a figure inside a quotation replaces it.
      if (m.cls == "fig" && kept.back().cls == "quote") kept.back() = m;
      continue;
    }
    kept.push_back(m);
  }
  const Document& d = ad.doc;
  out << "<h4 id=\"" << Anchor(s.id + "-doc-", d.id) << "\">" << Esc(d.id);
  if (d.outlet) out << " \u2014 " << Esc(*d.outlet);
  if (d.published) out << " \u2014 " << Esc(*d.published);
  out << "</h4>\n<div class=\"doctext\">";
  uint32_t pos = 0;
  for (const MarkSpan& m : kept) {
    out << Esc(std::string_view(d.text).substr(pos, m.start - pos)) << "<mark class=\"" << m.cls
        << "\" id=\"" << ItemAnchor(s.id, m.id) << "\">"
        << Esc(std::string_view(d.text).substr(m.start, m.end - m.start)) << "</mark>";
    pos = m.end;
  }
  out << Esc(std::string_view(d.text).substr(pos)) << "</div>\n";
}

}  // namespace

void WriteHtmlReport(const Analysis& analysis, const Phrases& phrases, std::ostream& out) {
  Context ctx{phrases, {}};
  for (const AnalyzedDocument& ad : analysis.documents) ctx.docs[ad.doc.id] = &ad;
  out << "<!doctype html>\n<html lang=\"" << Esc(phrases.language())
      << "\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"
      << Esc(ctx.Say("page.title")) << "</title><style>" << kStyle << "</style></head><body>\n<h1>"
      << Esc(ctx.Say("page.heading")) << "</h1>\n<p class=\"muted\">"
      << Esc(phrases.Fill("page.summary", {{"documents", std::to_string(analysis.documents.size())},
                                           {"stories", std::to_string(analysis.stories.size())},
                                           {"version", kVersion}}))
      << "</p>\n";
  if (!analysis.stories.empty()) {
    out << "<nav><ul>";
    for (const Story& s : analysis.stories) {
      out << "<li><a href=\"#" << Anchor("story-", s.id) << "\">" << Esc(s.title)
          << "</a> <span class=\"muted\">(" << s.documents.size() << " documents)</span></li>";
    }
    out << "</ul></nav>\n";
  }
  for (const Story& s : analysis.stories) {
    out << "<section class=\"story\"><h2 id=\"" << Anchor("story-", s.id) << "\">" << Esc(s.title)
        << "</h2>\n<p class=\"muted\">" << Esc(s.first_published.value_or("?")) << " \u2192 "
        << Esc(s.last_published.value_or("?")) << "</p>\n";
    WriteSources(s, ctx, out);
    WriteTimeline(s, ctx, out);
    WriteFigures(s, ctx, out);
    WriteStatements(s, ctx, out);
    WriteEntities(s, ctx, out);
    out << "<h3>" << Esc(ctx.Say("section.texts")) << "</h3>\n";
    for (const std::string& id : s.documents) {
      auto it = ctx.docs.find(id);
      if (it != ctx.docs.end()) WriteDocumentText(s, *it->second, out);
    }
    out << "</section>\n";
  }
  std::vector<const Document*> rejected;
  for (const AnalyzedDocument& ad : analysis.documents) {
    if (!ad.doc.ok()) rejected.push_back(&ad.doc);
  }
  if (!rejected.empty()) {
    out << "<h2 id=\"rejected\">" << Esc(ctx.Say("section.rejected")) << "</h2><table><tr><th>"
        << Esc(ctx.Say("column.document")) << "</th><th>" << Esc(ctx.Say("column.source"))
        << "</th><th>" << Esc(ctx.Say("column.reason")) << "</th></tr>\n";
    for (const Document* d : rejected) {
      out << "<tr><td>" << Esc(d->id) << "</td><td>" << Esc(d->source) << "</td><td>"
          << Esc(d->error) << "</td></tr>\n";
    }
    out << "</table>\n";
  }
  out << "</body></html>\n";
}

}  // namespace recoupe
