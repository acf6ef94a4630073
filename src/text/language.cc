// Language identification with CLD2 on a bounded prefix of the text (the
// first kilobyte usually suffices for a news article and keeps the cost flat).
// The hint (e.g. <html lang>, "fr-FR") wins when CLD2 is unsure.
#include "text/language.h"

#include <cld2/public/compact_lang_det.h>

#include <cctype>

namespace CLD2 {
const char* LanguageCode(Language lang);  // cld2/internal/lang_script.h
}

namespace recoupe {
namespace {

// CLD2 costs ~40 ns a byte: look at a short prefix first and only widen the
// sample when that is not enough for a reliable answer.
constexpr size_t kFirstSampleBytes = 512;
constexpr size_t kSampleBytes = 16 * 1024;
// Below this many letters of text, a detection is a guess.
constexpr int kMinReliableTextBytes = 80;

// "fr-FR", "FR", "fr_ca" -> "fr"; empty when not a plausible code.
std::string PrimaryCode(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
    code.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (code.size() < 2 || code.size() > 3) return {};
  return code;
}

// Cuts `text` to at most `max` bytes without splitting a UTF-8 sequence.
std::string_view Sample(std::string_view text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::optional<std::string> DetectLanguage(std::string_view text, std::string_view hint) {
  std::string hinted = PrimaryCode(hint);
  bool reliable = false;
  int text_bytes = 0;
  CLD2::Language lang = CLD2::UNKNOWN_LANGUAGE;
  for (size_t size : {kFirstSampleBytes, kSampleBytes}) {
    std::string_view sample = Sample(text, size);
    CLD2::Language top3[3];
    int percent3[3];
    lang =
        CLD2::DetectLanguageSummary(sample.data(), static_cast<int>(sample.size()),
                                    /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
    if (reliable || sample.size() == text.size()) break;
  }
  std::string detected;
  if (lang != CLD2::UNKNOWN_LANGUAGE) detected = PrimaryCode(CLD2::LanguageCode(lang));
  if (!hinted.empty() && (detected.empty() || !reliable || text_bytes < kMinReliableTextBytes))
    return hinted;
  if (detected.empty() || detected == "un") return std::nullopt;
  // CLD2 answers English by default on near-empty text.
  if (!reliable && text_bytes < kMinReliableTextBytes) return std::nullopt;
  return detected;
}

}  // namespace recoupe
