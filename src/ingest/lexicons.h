// The language knowledge ingestion uses, loaded once from data/ (immutable
// afterwards): month and weekday names, wire-source cues, boilerplate cues, for
// every language folder that has the file. Adding a language is adding data.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recoupe {

struct IngestLexicons {
  // (lower-case name, number): months 1-12, weekdays 1-7 (1 = Monday).
  std::vector<std::pair<std::string, int>> months;
  std::vector<std::pair<std::string, int>> weekdays;
  // (lower-case key, field) of leading header lines: field is date, url or title.
  std::vector<std::pair<std::string, std::string>> header_keys;
  // (canonical agency, variant as written).
  std::vector<std::pair<std::string, std::string>> agencies;
  std::vector<std::string> attribution_cues, credit_cues;
  std::vector<std::string> home_words, nav_cues, blurb_cues, footer_cues;
};

// Loaded on first use; missing files give empty lists (never throws).
const IngestLexicons& GetIngestLexicons();

// Unicode lower-casing (ICU, root locale). The result may differ in length,
// so use it to look for cues, not to compute offsets. Well-formed text without
// U+0130 or U+03A3 is lowered code point by code point (no UTF-16 round trip);
// the result is always the one LowerUtf8Icu gives.
std::string LowerUtf8(std::string_view s);
// The reference: ICU's UnicodeString::toLower in the root locale.
std::string LowerUtf8Icu(std::string_view s);

}  // namespace recoupe
