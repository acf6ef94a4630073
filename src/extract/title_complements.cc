#include "extract/title_complements.h"

#include <algorithm>

#include "extract/ner_features.h"

namespace recoupe {
namespace {

// Index of the first token starting at or after `pos`.
size_t TokenAt(const std::vector<Token>& tokens, uint32_t pos) {
  return std::lower_bound(tokens.begin(), tokens.end(), pos,
                          [](const Token& t, uint32_t p) { return t.span.start < p; }) -
         tokens.begin();
}

// A typographic apostrophe is read as the ASCII one.
std::string Lower(std::string_view text, Span span) {
  std::string out = NerLowercase(text.substr(span.start, span.size()));
  for (size_t at; (at = out.find("\u2019")) != std::string::npos;) out.replace(at, 3, "'");
  return out;
}

}  // namespace

TitleComplements::TitleComplements(std::unordered_set<std::string> titles,
                                   std::unordered_set<std::string> portfolios,
                                   std::unordered_set<std::string> joiners)
    : titles_(std::move(titles)),
      portfolios_(std::move(portfolios)),
      joiners_(std::move(joiners)) {}

void TitleComplements::Drop(std::string_view text, const std::vector<Token>& tokens,
                            std::vector<EntityMention>& mentions) const {
  if (portfolios_.empty() || titles_.empty()) return;
  auto named_with_title = [&](const EntityMention& m) {
    if (!portfolios_.count(Lower(text, m.span))) return false;
    const size_t first = TokenAt(tokens, m.span.start);
    // Before: a title, then joining words only ("ministre de l'", "chef de l'").
    size_t k = first;
    while (k > 0 && joiners_.count(Lower(text, tokens[k - 1].span))) --k;
    if (k < first && k > 0 && titles_.count(Lower(text, tokens[k - 1].span))) return true;
    // After: a title right away ("Energy Minister").
    size_t after = TokenAt(tokens, m.span.end);
    return after < tokens.size() && titles_.count(Lower(text, tokens[after].span));
  };
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), named_with_title),
                 mentions.end());
}

}  // namespace recoupe
