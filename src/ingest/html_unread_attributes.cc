#include "ingest/html_unread_attributes.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <utility>
#include <vector>

namespace recoupe::html {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool EqualsNoCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    if (Lower(s[k]) != lower[k]) return false;
  }
  return true;
}

bool StartsWithNoCase(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && EqualsNoCase(s.substr(0, lower.size()), lower);
}

bool SameNameNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (Lower(a[k]) != Lower(b[k])) return false;
  }
  return true;
}

bool IsOneOf(std::string_view tag, std::initializer_list<std::string_view> lower_names) {
  for (std::string_view name : lower_names) {
    if (EqualsNoCase(tag, name)) return true;
  }
  return false;
}

// Attributes no reader of ours looks at and that tree construction ignores
// (unlike input type, font color/face/size or annotation-xml encoding).
// `tag` is the element's name as written.
bool IsUnread(std::string_view tag, std::string_view name) {
  if (StartsWithNoCase(name, "data-")) return true;
  if (name.size() > 2 && StartsWithNoCase(name, "on") && IsAsciiAlpha(name[2])) return true;
  if (IsOneOf(name, {"src", "srcset", "sizes", "d", "alt", "title", "xlink:href"})) return true;
  // Link targets are read only on <link rel=canonical>.
  return EqualsNoCase(name, "href") && EqualsNoCase(tag, "a");
}

// HTML elements whose content is text, not markup, whatever it looks like.
bool IsTextOnly(std::string_view tag) {
  return IsOneOf(tag,
                 {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// Elements after which where tags are depends on more than this pass
// follows: <select> (which ignores <title>, <style>...), <template>,
// <frameset>, <plaintext> (all text to the end). The pass stops at them.
// (<noscript> is markup to Gumbo, which parses without scripting.)
bool StopsThePass(std::string_view tag) {
  return IsOneOf(tag, {"select", "template", "frameset", "plaintext"});
}

// Inside SVG or MathML: start tags that send the parser back to HTML rules
// (integration points, and the HTML tags that break out of foreign content).
bool LeavesForeignContent(std::string_view tag) {
  return IsOneOf(tag, {"foreignobject",
                       "desc",
                       "title",
                       "mi",
                       "mo",
                       "mn",
                       "ms",
                       "mtext",
                       "annotation-xml",
                       "b",
                       "big",
                       "blockquote",
                       "body",
                       "br",
                       "center",
                       "code",
                       "dd",
                       "div",
                       "dl",
                       "dt",
                       "em",
                       "embed",
                       "h1",
                       "h2",
                       "h3",
                       "h4",
                       "h5",
                       "h6",
                       "head",
                       "hr",
                       "i",
                       "img",
                       "li",
                       "listing",
                       "menu",
                       "meta",
                       "nobr",
                       "ol",
                       "p",
                       "pre",
                       "ruby",
                       "s",
                       "small",
                       "span",
                       "strong",
                       "strike",
                       "sub",
                       "sup",
                       "table",
                       "tt",
                       "u",
                       "ul",
                       "var",
                       "font"});
}

// Where the content of text-only element `tag` (lower case) ends: the "</tag"
// followed by white space, '/' or '>' (what ends it for the tokenizer), or
// npos.
size_t EndOfTextOnly(std::string_view html, std::string_view tag, size_t from) {
  while (true) {
    const void* hit = std::memchr(html.data() + from, '<', html.size() - from);
    if (hit == nullptr) return std::string_view::npos;
    size_t lt = static_cast<const char*>(hit) - html.data();
    size_t after = lt + 2 + tag.size();
    if (after < html.size() && html[lt + 1] == '/' &&
        EqualsNoCase(html.substr(lt + 2, tag.size()), tag) &&
        (IsSpace(html[after]) || html[after] == '/' || html[after] == '>')) {
      return lt;
    }
    from = lt + 1;
  }
}

// Where the markup declaration or bogus comment opening at `lt` ends (its
// '>'), as the tokenizer ends it, or npos (also when unsure: CDATA outside
// foreign content).
size_t EndOfDeclaration(std::string_view html, size_t lt, bool foreign) {
  if (html.compare(lt, 4, "<!--") == 0) {
    if (html.compare(lt + 4, 1, ">") == 0) return lt + 4;   // "<!-->"
    if (html.compare(lt + 4, 2, "->") == 0) return lt + 5;  // "<!--->"
    // The first "--" followed by '>' or "!>" (extra dashes are content).
    for (size_t from = lt + 4;;) {
      size_t dashes = html.find("--", from);
      if (dashes == std::string_view::npos) return dashes;
      if (html.compare(dashes + 2, 1, ">") == 0) return dashes + 2;
      if (html.compare(dashes + 2, 2, "!>") == 0) return dashes + 3;
      from = dashes + 1;
    }
  }
  if (html.compare(lt, 9, "<![CDATA[") == 0) {
    // A CDATA section in SVG or MathML; in HTML a bogus comment.
    if (!foreign) return std::string_view::npos;
    size_t end = html.find("]]>", lt + 9);
    return end == std::string_view::npos ? end : end + 2;
  }
  if (html.compare(lt, 3, "</>") == 0) return lt + 2;
  return html.find('>', lt + 2);  // doctype, "<?", "</" + non-letter
}

}  // namespace

std::optional<std::string> EmptyUnreadAttributeValues(std::string_view html, OffsetMap* map) {
  std::vector<std::pair<size_t, size_t>> cuts;  // [begin, end) of values to empty
  // Open SVG/MathML elements (names as written) while in foreign content.
  std::vector<std::string_view> foreign;
  const size_t n = html.size();
  size_t i = 0;
  while (i < n) {
    const void* hit = std::memchr(html.data() + i, '<', n - i);
    if (hit == nullptr) break;
    const size_t lt = static_cast<const char*>(hit) - html.data();
    if (lt + 1 >= n) break;
    const char next = html[lt + 1];
    const bool end_tag = next == '/' && lt + 2 < n && IsAsciiAlpha(html[lt + 2]);
    if (next == '!' || next == '?' || (next == '/' && !end_tag)) {
      const size_t end = EndOfDeclaration(html, lt, !foreign.empty());
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (!IsAsciiAlpha(next) && !end_tag) {  // '<' as text
      i = lt + 1;
      continue;
    }
    // A start or end tag: its name, then its attributes (end tags may have
    // some too; the parser drops them, but their quotes count).
    size_t j = end_tag ? lt + 2 : lt + 1;
    const size_t tag_start = j;
    while (j < n && !IsSpace(html[j]) && html[j] != '/' && html[j] != '>') ++j;
    const std::string_view tag = html.substr(tag_start, j - tag_start);
    bool closed = false, self_closing = false;
    const size_t cuts_before = cuts.size();
    while (j < n) {
      bool slash = false;  // a '/' right before the '>' marks the tag self-closing
      while (j < n && (IsSpace(html[j]) || html[j] == '/')) slash = html[j++] == '/';
      if (j >= n) break;
      if (html[j] == '>') {
        ++j;
        closed = true;
        self_closing = slash;
        break;
      }
      const size_t name_start = j;
      if (html[j] == '=') ++j;  // a name may start with '='
      while (j < n && !IsSpace(html[j]) && html[j] != '/' && html[j] != '>' && html[j] != '=') ++j;
      const std::string_view name = html.substr(name_start, j - name_start);
      while (j < n && IsSpace(html[j])) ++j;
      if (j >= n || html[j] != '=') continue;
      ++j;
      while (j < n && IsSpace(html[j])) ++j;
      if (j >= n) break;
      if (html[j] == '"' || html[j] == '\'') {
        const size_t close = html.find(html[j], j + 1);
        if (close == std::string_view::npos) {
          j = n;
          break;
        }
        if (!end_tag && close > j + 1 && IsUnread(tag, name)) cuts.emplace_back(j + 1, close);
        j = close + 1;
      } else {
        while (j < n && !IsSpace(html[j]) && html[j] != '>') ++j;
      }
    }
    if (!closed) {
      // The file ends inside the tag, which the parser then drops: left as is.
      cuts.resize(cuts_before);
      break;
    }
    i = j;
    if (!foreign.empty()) {
      // Foreign content: no text-only elements; an end tag closes the
      // nearest open element of its name, and one that matches none, or a
      // start tag that hands the parser back to HTML rules, ends the pass.
      if (end_tag) {
        size_t k = foreign.size();
        while (k > 0 && !SameNameNoCase(foreign[k - 1], tag)) --k;
        if (k == 0) break;
        foreign.resize(k - 1);
        continue;
      }
      if (LeavesForeignContent(tag)) break;
      if (!self_closing) foreign.push_back(tag);
      continue;
    }
    if (end_tag) continue;
    if (StopsThePass(tag)) break;
    if (IsOneOf(tag, {"svg", "math"})) {
      if (!self_closing) foreign.push_back(tag);
      continue;
    }
    if (IsTextOnly(tag)) {
      const std::string lower_tag = [&] {
        std::string t(tag);
        for (char& c : t) c = Lower(c);
        return t;
      }();
      const size_t end = EndOfTextOnly(html, lower_tag, i);
      if (end == std::string_view::npos) break;
      // Script bodies with "<!--" may hide their end tag (escaped states):
      // not worth being sure about.
      if (std::string_view(html.data() + i, end - i).find("<!--") != std::string_view::npos) break;
      i = end;
    }
  }
  if (cuts.empty()) return std::nullopt;
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  for (const auto& [begin, end] : cuts) {
    if (map != nullptr) map->Add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(copied));
    out.append(html.substr(copied, begin - copied));
    copied = end;
  }
  if (map != nullptr) map->Add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(copied));
  out.append(html.substr(copied));
  return out;
}

}  // namespace recoupe::html
