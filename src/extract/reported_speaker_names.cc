#include "extract/reported_speaker_names.h"

#include <algorithm>

#include "extract/name_shapes.h"
#include "extract/ner_features.h"

namespace recoupe {
namespace {

constexpr size_t kMinNameWords = 2, kMaxNameWords = 5;

bool Capitalised(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kWord &&
         name_shapes::IsCapitalized(text.substr(t.span.start, t.span.size()));
}

}  // namespace

ReportedSpeakerNames::ReportedSpeakerNames(std::unordered_set<std::string> verbs,
                                           std::unordered_set<std::string> addressee_preps,
                                           std::unordered_set<std::string> particles,
                                           std::unordered_set<std::string> titles)
    : verbs_(std::move(verbs)),
      addressee_preps_(std::move(addressee_preps)),
      particles_(std::move(particles)),
      titles_(std::move(titles)) {}

void ReportedSpeakerNames::Add(std::string_view text, const std::vector<Token>& tokens,
                               std::vector<EntityMention>& mentions) const {
  if (verbs_.empty()) return;
  std::sort(mentions.begin(), mentions.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.span.start < b.span.start;
  });
  // The mention covering byte `pos`, or nullptr.
  auto mention_at = [&](uint32_t pos) -> const EntityMention* {
    auto it = std::upper_bound(mentions.begin(), mentions.end(), pos,
                               [](uint32_t p, const EntityMention& m) { return p < m.span.start; });
    if (it == mentions.begin()) return nullptr;
    --it;
    return pos < it->span.end ? &*it : nullptr;
  };
  // Every token is looked up as a verb: one buffer serves all the lowercasing.
  std::string lower;
  auto in = [&](const std::unordered_set<std::string>& words, const Token& t) {
    NerLowercaseInto(text.substr(t.span.start, t.span.size()), lower);
    return words.count(lower) > 0;
  };
  std::vector<EntityMention> found;
  for (size_t v = 0; v + 1 < tokens.size(); ++v) {
    if (tokens[v].kind != TokenKind::kWord || !in(verbs_, tokens[v])) continue;
    size_t k = v + 1;
    // Past an addressee: "à l'AFP", "au journal Le Monde", "to Reuters".
    if (in(addressee_preps_, tokens[k])) {
      ++k;
      while (k < tokens.size() && !Capitalised(text, tokens[k]) &&
             tokens[k].kind == TokenKind::kWord && tokens[k].span.size() <= 3)
        ++k;  // "l'", "la", "le"
      if (k >= tokens.size()) continue;
      if (const EntityMention* m = mention_at(tokens[k].span.start)) {
        while (k < tokens.size() && tokens[k].span.start < m->span.end) ++k;
      } else if (Capitalised(text, tokens[k])) {
        ++k;
      } else {
        continue;
      }
    }
    // The name: capitalised words, particles between them, titles before.
    while (k < tokens.size() && in(titles_, tokens[k])) ++k;
    if (k >= tokens.size()) continue;
    size_t end = k, words = 0;
    for (size_t i = k; i < tokens.size() && words < kMaxNameWords; ++i) {
      if (Capitalised(text, tokens[i])) {
        ++words;
        end = i + 1;
      } else if (!(tokens[i].kind == TokenKind::kWord && in(particles_, tokens[i])) &&
                 !(tokens[i].kind == TokenKind::kPunctuation &&
                   text[tokens[i].span.start] == '-')) {
        break;
      }
    }
    if (words < kMinNameWords) continue;
    // The clause must end there (a comma, a full stop, a quotation): a name
    // running on into a lowercase word is likely a title of something else.
    if (end < tokens.size() && tokens[end].kind == TokenKind::kWord) continue;
    Span span{tokens[k].span.start, tokens[end - 1].span.end};
    const bool overlaps = std::any_of(
        mentions.begin(), mentions.end(),
        [&](const EntityMention& m) { return m.span.start < span.end && span.start < m.span.end; });
    if (overlaps) continue;
    EntityMention m;
    m.span = span;
    m.text = std::string(text.substr(span.start, span.size()));
    m.type = EntityType::kPer;
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  mentions.insert(mentions.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  std::sort(mentions.begin(), mentions.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.span.start < b.span.start;
  });
}

}  // namespace recoupe
