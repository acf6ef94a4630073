#include "ingest/html_dom.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

namespace recoupe::html {

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? std::string_view(attr->value) : std::string_view();
}

std::string ClassAndId(const GumboNode* node) {
  std::string out;
  out.append(Attribute(node, "class"));
  out.push_back(' ');
  out.append(Attribute(node, "id"));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

void AppendCollapsed(std::string_view text, std::string& out, bool& pending_space) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    // U+00A0 NO-BREAK SPACE (C2 A0) reads as a space in running text.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;
      ++i;
    }
    if (space) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c));
  }
}

namespace {

bool IsSpaceAt(std::string_view text, size_t i, size_t& width) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  width = 1;
  // U+00A0 NO-BREAK SPACE (C2 A0) reads as a space in running text.
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    width = 2;
    return true;
  }
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

void AppendCollapsedMapped(std::string_view text, TextSource from, std::string& out,
                           bool& pending_space, std::vector<OffsetMap::Anchor>& anchors) {
  // Bytes a character reference may have produced, which are not to be
  // looked for in the raw source.
  auto plain = [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u > ' ' && u < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
  };
  size_t raw_cursor = std::min(from.exact_bytes, from.raw.size());
  bool placed = false;  // an anchor was set past the exact bytes
  for (size_t i = 0; i < text.size(); ++i) {
    size_t width = 1;
    if (IsSpaceAt(text, i, width)) {
      pending_space = true;
      i += width - 1;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (i < from.exact_bytes) {
      // The page's own bytes, up to the next space: one anchor at most (the
      // run continues linearly), one append.
      size_t end = i + 1;
      const size_t exact_end = std::min(from.exact_bytes, text.size());
      while (end < exact_end && !IsSpaceAt(text, end, width)) ++end;
      const uint32_t clean = static_cast<uint32_t>(out.size());
      const uint32_t original = from.source + static_cast<uint32_t>(i);
      if (anchors.empty() || anchors.back().original + (clean - anchors.back().clean) != original)
        anchors.push_back({clean, original});
      out.append(text.substr(i, end - i));
      i = end - 1;
      continue;
    }
    // Past the exact bytes.
    std::optional<size_t> at;  // where text[i] is in raw
    if (plain(text[i]) && (i == 0 || !plain(text[i - 1]))) {
      // A run of plain ASCII past a reference: find it near the cursor
      // (references make raw longer, not arbitrarily).
      size_t end = i;
      while (end < text.size() && plain(text[end])) ++end;
      std::string_view run = text.substr(i, end - i);
      size_t hit = from.raw.substr(raw_cursor, 64 + 8 * run.size()).find(run);
      if (hit != std::string_view::npos) {
        at = raw_cursor + hit;
        raw_cursor = *at + run.size();
      }
    }
    if (!at && !placed) at = std::min(i, from.raw.size());
    if (at) {
      placed = true;
      const uint32_t clean = static_cast<uint32_t>(out.size());
      const uint32_t original = from.source + static_cast<uint32_t>(*at);
      const bool linear =
          !anchors.empty() && anchors.back().original + (clean - anchors.back().clean) == original;
      if (!linear) anchors.push_back({clean, original});
    }
    out.push_back(text[i]);
  }
}

std::string TextContent(const GumboNode* root) {
  std::string out;
  bool pending_space = false;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      AppendCollapsed(node->v.text.text, out, pending_space);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) continue;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV) pending_space = true;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  return out;
}

namespace {

bool EqualsNoCase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
}

// `name` as written in the page (any case).
bool IsVoidElement(std::string_view name) {
  static constexpr const char* kVoid[] = {"area",  "base",   "br",    "col",  "embed",
                                          "hr",    "img",    "input", "link", "meta",
                                          "param", "source", "track", "wbr",  "keygen"};
  for (const char* v : kVoid) {
    if (EqualsNoCase(name, v)) return true;
  }
  return false;
}

// The end tag ("</script", lower case) of a raw-text element named `name`
// (any case), or empty.
std::string_view RawTextEndTag(std::string_view name) {
  static constexpr std::string_view kRaw[] = {"</script", "</style", "</textarea",
                                              "</title",  "</xmp",   "</noscript"};
  for (std::string_view end_tag : kRaw) {
    if (EqualsNoCase(name, end_tag.substr(2))) return end_tag;
  }
  return {};
}

// Case-insensitive search for `needle` (lower case) from `from`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size()) {
      char c = hay[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle[k]) break;
      ++k;
    }
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace

namespace {

bool StartsWithNoCase(std::string_view s, size_t at, std::string_view lower) {
  if (at + lower.size() > s.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    char c = s[at + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
}

// Position of the first "</name" (case-insensitive) at or after `from`.
size_t FindEndTag(std::string_view html, std::string_view name, size_t from) {
  while (from < html.size()) {
    const void* hit = std::memchr(html.data() + from, '<', html.size() - from);
    if (hit == nullptr) return std::string_view::npos;
    size_t at = static_cast<const char*>(hit) - html.data();
    if (at + 1 < html.size() && html[at + 1] == '/' && StartsWithNoCase(html, at + 2, name)) {
      return at;
    }
    from = at + 1;
  }
  return std::string_view::npos;
}

}  // namespace

std::optional<std::string> StripScriptsAndStyles(std::string_view html, OffsetMap* map) {
  std::string out;
  // Every copied run starts an anchor: the runs are separated by cuts.
  auto copy = [&](size_t from, size_t length) {
    if (map != nullptr) map->Add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(from));
    out.append(html.substr(from, length));
  };
  size_t copied = 0;  // html[0, copied) is already in `out`
  size_t i = 0;
  while (i < html.size()) {
    const void* hit = std::memchr(html.data() + i, '<', html.size() - i);
    if (hit == nullptr) break;
    size_t lt = static_cast<const char*>(hit) - html.data();
    i = lt + 1;
    size_t body_start = 0, body_end = 0;
    if (html.compare(lt, 4, "<!--") == 0) {
      size_t end = html.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      // Keep "<!--" and "-->", drop what is between.
      body_start = lt + 4;
      body_end = end;
    } else {
      std::string_view name;
      if (StartsWithNoCase(html, lt + 1, "script")) name = "script";
      if (StartsWithNoCase(html, lt + 1, "style")) name = "style";
      if (name.empty()) continue;
      size_t after = lt + 1 + name.size();
      if (after < html.size() && std::isalnum(static_cast<unsigned char>(html[after]))) continue;
      size_t gt = html.find('>', after);
      if (gt == std::string_view::npos) break;
      std::string_view open_tag = html.substr(lt, gt - lt);
      bool json_ld = false;
      for (size_t k = 0; k + 7 <= open_tag.size(); ++k) {
        if (StartsWithNoCase(open_tag, k, "ld+json")) {
          json_ld = true;
          break;
        }
      }
      size_t end = FindEndTag(html, name, gt + 1);
      if (end == std::string_view::npos) break;
      if (json_ld) {
        i = end;
        continue;
      }
      body_start = gt + 1;
      body_end = end;
    }
    if (body_end > body_start) {
      if (out.empty()) out.reserve(html.size());
      copy(copied, body_start - copied);
      copied = body_end;
    }
    i = std::max(i, body_end);
  }
  if (copied == 0) {
    if (map != nullptr) map->anchors.clear();
    return std::nullopt;
  }
  copy(copied, std::string_view::npos);
  return out;
}

namespace {

bool IsTagNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':';
}

// The light tokenizer behind CapNestingDepth: tracks depth by start/end
// tags, skipping comments, raw-text elements and void elements. Approximate
// by design: it only has to keep Gumbo's input shallow, not to parse
// exactly. Calls copy(from, length) for each run of the page kept (length
// may run past the end: npos); returns whether some start tag was past
// `max_depth` (at the first one, without going on, when `stop_early`).
template <typename Copy>
bool WalkTags(std::string_view html, int max_depth, bool stop_early, Copy&& copy) {
  int depth = 0;
  bool changed = false;
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      copy(i, std::string_view::npos);
      break;
    }
    copy(i, lt - i);
    if (html.compare(lt, 4, "<!--") == 0) {
      size_t end = html.find("-->", lt + 4);
      end = end == std::string_view::npos ? html.size() : end + 3;
      copy(lt, end - lt);
      i = end;
      continue;
    }
    size_t gt = html.find('>', lt + 1);
    if (gt == std::string_view::npos) {
      copy(lt, std::string_view::npos);
      break;
    }
    std::string_view tag = html.substr(lt, gt - lt + 1);
    bool closing = tag.size() > 1 && tag[1] == '/';
    size_t name_start = closing ? 2 : 1;
    size_t name_end = name_start;
    while (name_end < tag.size() && IsTagNameChar(tag[name_end])) ++name_end;
    std::string_view name = tag.substr(name_start, name_end - name_start);
    i = gt + 1;
    if (name.empty()) {  // "<!doctype", "< 3", stray '<': keep as is
      copy(lt, tag.size());
      continue;
    }
    bool self_closing = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    if (closing) {
      if (depth > max_depth) {
        changed = true;  // the matching start tag was dropped
      } else {
        copy(lt, tag.size());
      }
      if (depth > 0) --depth;
      continue;
    }
    if (IsVoidElement(name) || self_closing) {
      copy(lt, tag.size());
      continue;
    }
    if (std::string_view close = RawTextEndTag(name); !close.empty()) {
      size_t end = FindNoCase(html, close, i);
      size_t stop = end == std::string_view::npos ? html.size() : html.find('>', end);
      stop = stop == std::string_view::npos ? html.size() : stop + 1;
      copy(lt, tag.size());
      copy(i, stop - i);
      i = stop;
      continue;
    }
    ++depth;
    if (depth > max_depth) {
      changed = true;
      if (stop_early) return true;
    } else {
      copy(lt, tag.size());
    }
  }
  return changed;
}

}  // namespace

std::optional<std::string> CapNestingDepth(std::string_view html, int max_depth, OffsetMap* map) {
  // Fast path: a page cannot nest deeper than its number of '<'.
  size_t opens = 0;
  for (const char *p = html.data(), *end = p + html.size();
       opens <= static_cast<size_t>(max_depth) &&
       (p = static_cast<const char*>(std::memchr(p, '<', end - p))) != nullptr;
       ++p) {
    ++opens;
  }
  if (opens <= static_cast<size_t>(max_depth)) return std::nullopt;
  // Most pages with that many tags are still shallow: find out without
  // copying anything.
  if (!WalkTags(html, max_depth, /*stop_early=*/true, [](size_t, size_t) {})) return std::nullopt;

  std::string out;
  out.reserve(html.size());
  // Copies html[from, from + length); an anchor starts wherever a tag was
  // dropped just before.
  size_t next_original = 0;
  WalkTags(html, max_depth, /*stop_early=*/false, [&](size_t from, size_t length) {
    length = std::min(length, html.size() - from);
    if (map != nullptr && (from != next_original || map->anchors.empty())) {
      map->Add(static_cast<uint32_t>(out.size()), static_cast<uint32_t>(from));
    }
    out.append(html.substr(from, length));
    next_original = from + length;
  });
  return out;
}

}  // namespace recoupe::html
