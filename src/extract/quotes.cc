// Quotation extraction: spans (quote_spans), attribution (speaker_attribution),
// partial-quotation marking and speaker carry-over for interrupted quotations.
#include "extract/quotes.h"

#include <map>

#include "extract/quote_spans.h"
#include "extract/speaker_attribution.h"

namespace recoupe {

using quotes_internal::Attribution;
using quotes_internal::QuoteSpan;
using quotes_internal::SpeakerFinder;
using quotes_internal::SpeechLexicon;

namespace {

constexpr size_t kPartialMaxWords = 2;           // always a citation, never a statement
constexpr size_t kEmbeddedFragmentMaxWords = 6;  // noun-phrase fragment inside a sentence

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"')) s.remove_suffix(1);
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || s.ends_with("…");
}

}  // namespace

struct QuoteExtractor::Impl {
  std::map<std::string, SpeechLexicon> by_language;
  SpeechLexicon all;  // union, for languages without their own data

  const SpeechLexicon& For(const std::optional<std::string>& lang) const {
    if (lang) {
      auto it = by_language.find(*lang);
      if (it != by_language.end()) return it->second;
    }
    return all;
  }
};

QuoteExtractor::QuoteExtractor() : impl_(std::make_unique<Impl>()) {
  for (const char* lang : {"fr", "en"}) {
    impl_->by_language[lang].Load(lang);
    impl_->all.Load(lang);
  }
}
QuoteExtractor::~QuoteExtractor() = default;
QuoteExtractor::QuoteExtractor(QuoteExtractor&&) noexcept = default;
QuoteExtractor& QuoteExtractor::operator=(QuoteExtractor&&) noexcept = default;

std::vector<Quote> QuoteExtractor::Extract(const Document& doc, const TextLayout& layout,
                                           const std::vector<EntityMention>& entities) const {
  std::vector<Quote> out;
  std::vector<QuoteSpan> spans = quotes_internal::FindQuoteSpans(doc.text, layout.paragraphs);
  if (spans.empty()) return out;
  SpeakerFinder finder(doc.text, impl_->For(doc.language), entities);
  const auto& candidates = finder.candidates();
  int last_speaker = -1;
  uint32_t last_speaker_pos = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const QuoteSpan& s = spans[i];
    Quote q;
    q.span = s.inner;
    q.text = std::string(doc.Slice(s.inner));
    q.unclosed = s.unclosed;
    bool starts_sentence = finder.StartsSentence(s);
    size_t words = CountWords(q.text);
    q.partial =
        words <= kPartialMaxWords || (!starts_sentence && !finder.IntroducedAsSpeech(s) &&
                                      words <= kEmbeddedFragmentMaxWords && !EndsSentence(q.text));

    Attribution a = finder.Attribute(s);
    if (!a.found && i > 0 && !out.empty()) {
      // An interrupted quotation ("« ... », a-t-il dit. « ... »") or one
      // continued in the next paragraph keeps the previous speaker.
      const Quote& prev = out.back();
      const std::string_view between = std::string_view(doc.text).substr(
          spans[i - 1].outer.end, s.outer.start - spans[i - 1].outer.end);
      const bool same_paragraph = between.find('\n') == std::string_view::npos;
      // "Il a appelé au « retour au calme » et affirmé que « ... »": a
      // second quotation of the same sentence with no subject of its own.
      const bool same_sentence = same_paragraph && !prev.speaker_name.empty() &&
                                 between.find_first_of(".!?") == std::string_view::npos;
      if (s.continues_previous || (same_paragraph && starts_sentence && !prev.partial) ||
          same_sentence) {
        q.speaker_kind = prev.speaker_kind;
        q.speaker_cue = prev.speaker_cue;
        q.speaker_text = prev.speaker_text;
        q.speaker_name = prev.speaker_name;
        q.speaker_mention = prev.speaker_mention;
        out.push_back(std::move(q));
        continue;
      }
    }
    if (a.found) {
      q.speaker_kind = a.kind;
      q.speaker_cue = a.cue;
      q.speaker_text = std::string(doc.Slice(a.cue));
      int name = a.name;
      if (a.kind == SpeakerKind::kPronoun)
        name = finder.ResolvePronoun(a.cue.start, last_speaker, last_speaker_pos);
      name = finder.FullName(name);
      if (name >= 0) {
        q.speaker_name = candidates[name].text;
        q.speaker_mention = candidates[name].span;
        last_speaker = name;
        last_speaker_pos = a.cue.start;
      }
    }
    out.push_back(std::move(q));
  }
  // A quotation continued in the next paragraph is one quotation: when only
  // its last paragraph names the speaker ("« ...\n\n« ... », a déclaré X"),
  // the earlier paragraphs are X's too.
  for (size_t i = spans.size(); i-- > 1;) {
    if (!spans[i].continues_previous || out[i].speaker_kind == SpeakerKind::kNone ||
        out[i - 1].speaker_kind != SpeakerKind::kNone)
      continue;
    out[i - 1].speaker_kind = out[i].speaker_kind;
    out[i - 1].speaker_cue = out[i].speaker_cue;
    out[i - 1].speaker_text = out[i].speaker_text;
    out[i - 1].speaker_name = out[i].speaker_name;
    out[i - 1].speaker_mention = out[i].speaker_mention;
  }
  return out;
}

}  // namespace recoupe
