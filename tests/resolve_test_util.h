// Helpers for the resolve tests: documents and facts built by hand.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/analysis.h"

namespace recoupe::testing {

inline AnalyzedDocument MakeDoc(std::string id, std::string text, std::string published = "") {
  AnalyzedDocument ad;
  ad.doc.id = std::move(id);
  ad.doc.text = std::move(text);
  ad.doc.language = "fr";
  if (!published.empty()) ad.doc.published = published;
  return ad;
}

// Span of the `nth` occurrence of `needle` in the document's text.
inline Span Find(const AnalyzedDocument& ad, std::string_view needle, int nth = 0) {
  size_t pos = ad.doc.text.find(needle);
  while (nth-- > 0 && pos != std::string::npos) pos = ad.doc.text.find(needle, pos + 1);
  EXPECT_NE(pos, std::string::npos) << "not in text: " << needle;
  if (pos == std::string::npos) return {};
  return Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

inline void AddEntity(AnalyzedDocument& ad, std::string_view text, EntityType type, int nth = 0) {
  EntityMention m;
  m.span = Find(ad, text, nth);
  m.text = std::string(text);
  m.type = type;
  ad.facts.entities.push_back(m);
}

inline Quote& AddQuote(AnalyzedDocument& ad, std::string_view text, std::string_view speaker) {
  Quote q;
  q.span = Find(ad, text);
  q.text = std::string(text);
  if (!speaker.empty()) {
    q.speaker_kind = SpeakerKind::kName;
    q.speaker_name = std::string(speaker);
    q.speaker_mention = Find(ad, speaker);
    q.speaker_text = std::string(speaker);
  }
  ad.facts.quotes.push_back(q);
  return ad.facts.quotes.back();
}

}  // namespace recoupe::testing
