// The language knowledge ingestion uses, loaded once from data/ (immutable
// afterwards): month and weekday names, wire-source cues, boilerplate cues, for
// every language folder that has the file. Adding a language is adding data.
#pragma once

#include <array>
#include <cstdint>
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
  // Lower-case words that may stand beside the date on a publication-date
  // line ("publié le", "updated"), from data/date_line_words.txt.
  std::vector<std::string> date_line_words;
  // (canonical agency, variant as written).
  std::vector<std::pair<std::string, std::string>> agencies;
  // (phrase as written, canonical agency): house signatures that name no
  // agency, "(Reporting by" for Reuters (data/wire_signatures.tsv).
  std::vector<std::pair<std::string, std::string>> wire_signatures;
  std::vector<std::string> attribution_cues, credit_cues;
  std::vector<std::string> home_words, nav_cues, blurb_cues, footer_cues;
};

// A fixed set of byte strings (cues, agency names) looked for in one pass over
// a text: a position is compared only with the strings whose first two bytes
// it starts with, so most positions cost one bit test.
class CueFinder {
 public:
  CueFinder() = default;
  explicit CueFinder(std::vector<std::string> cues);

  const std::vector<std::string>& cues() const { return cues_; }

  // Calls visit(cue index) for each cue that occurs at byte `at`, in cue order.
  template <typename Visit>
  void MatchesAt(std::string_view text, size_t at, Visit&& visit) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    unsigned pair =
        (static_cast<unsigned>(bytes[at]) << 8) | (at + 1 < text.size() ? bytes[at + 1] : 0u);
    if (!(pairs_[pair >> 6] >> (pair & 63) & 1) && empty_cues_.empty()) return;
    for (uint32_t c : by_first_byte_[bytes[at]]) {
      const std::string& cue = cues_[c];
      if (text.size() - at >= cue.size() && text.compare(at, cue.size(), cue) == 0) visit(c);
    }
    for (uint32_t c : empty_cues_) visit(c);
  }

  // Whether any cue occurs anywhere in the text (an empty cue always does).
  bool FoundIn(std::string_view text) const;

 private:
  std::vector<std::string> cues_;
  std::vector<uint64_t> pairs_ = std::vector<uint64_t>(1024);  // 65536 bits: first two bytes
  std::array<std::vector<uint32_t>, 256> by_first_byte_;
  std::vector<uint32_t> empty_cues_;
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
