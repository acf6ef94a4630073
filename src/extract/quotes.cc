// STUB. Replaced by the extraction work (issue 3).
#include "extract/quotes.h"

namespace recoupe {

struct QuoteExtractor::Impl {};

QuoteExtractor::QuoteExtractor() : impl_(std::make_unique<Impl>()) {}
QuoteExtractor::~QuoteExtractor() = default;
QuoteExtractor::QuoteExtractor(QuoteExtractor&&) noexcept = default;
QuoteExtractor& QuoteExtractor::operator=(QuoteExtractor&&) noexcept = default;

std::vector<Quote> QuoteExtractor::Extract(const Document&, const TextLayout&, const std::vector<EntityMention>&) const { return {}; }

}  // namespace recoupe
