// Small helpers over a Gumbo tree shared by the HTML extractor and the HTML
// metadata reader. Nothing here recurses: pages may nest 100k elements deep.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>

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

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

// Gumbo's parser is quadratic in nesting depth (scope checks walk the stack
// of open elements). When a page nests deeper than `max_depth`, returns a
// copy with the start and end tags past that depth removed, so parsing stays
// linear; returns nullopt when the page is shallow enough (the common case).
std::optional<std::string> CapNestingDepth(std::string_view html, int max_depth);

// Gumbo tokenizes every byte slowly, and scripts, styles and comments are
// often half of a page. Returns a copy with the bodies of <script> (except
// JSON-LD, which carries metadata), <style> and comments emptied, scanned
// with memchr; nullopt when there is nothing to strip.
std::optional<std::string> StripScriptsAndStyles(std::string_view html);

}  // namespace recoupe::html
