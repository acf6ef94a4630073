// Small helpers over a Gumbo tree shared by the HTML extractor and the HTML
// metadata reader. Nothing here recurses: pages may nest 100k elements deep.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace recoupe::html {

// Value of attribute `name` on an element node, or empty when absent.
std::string_view Attribute(const GumboNode* node, const char* name);

// Lower-cased text of the element's class and id attributes, space separated.
std::string ClassAndId(const GumboNode* node);

// Concatenated text under `node` (scripts and styles skipped), whitespace
// collapsed and trimmed. Iterative.
std::string TextContent(const GumboNode* node);

// Appends `text` to `out` with runs of ASCII/Unicode-space collapsed to one
// space; `pending_space` carries a space across calls.
void AppendCollapsed(std::string_view text, std::string& out, bool& pending_space);

// Where appended text came from: `text` starts at byte `source` of the parsed
// page, whose bytes there are `raw`; the first `exact_bytes` bytes of `text`
// are `raw`'s unchanged (all of them for most nodes; up to the first
// character reference or CR LF otherwise). Past that, each run of plain
// ASCII (what a reference cannot have produced) is looked up in `raw` near
// where the previous one was found; other bytes continue linearly.
struct TextSource {
  uint32_t source = 0;
  std::string_view raw;
  size_t exact_bytes = 0;
};

// AppendCollapsed that also records anchors (offset in `out` -> offset in
// the page) wherever the linear mapping from the previous anchor would be
// wrong; `anchors` is sorted by `clean` and shares `out`'s offsets.
void AppendCollapsedMapped(std::string_view text, TextSource from, std::string& out,
                           bool& pending_space, std::vector<OffsetMap::Anchor>& anchors);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

// Gumbo's parser is quadratic in nesting depth (scope checks walk the stack
// of open elements). When a page nests deeper than `max_depth`, returns a
// copy with the start and end tags past that depth removed, so parsing stays
// linear; returns nullopt when the page is shallow enough (the common case).
// When `map` is given, it receives anchors from the copy's offsets back to
// `html`'s (left empty when nullopt is returned).
std::optional<std::string> CapNestingDepth(std::string_view html, int max_depth,
                                           OffsetMap* map = nullptr);

// Gumbo tokenizes every byte slowly, and scripts, styles and comments are
// often half of a page. Returns a copy with the bodies of <script> (except
// JSON-LD, which carries metadata), <style> and comments emptied, scanned
// with memchr; nullopt when there is nothing to strip.
// `map` as for CapNestingDepth.
std::optional<std::string> StripScriptsAndStyles(std::string_view html, OffsetMap* map = nullptr);

}  // namespace recoupe::html
