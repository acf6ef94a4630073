// STUB. Replaced by the extraction work (issue 3).
#include "extract/time_expressions.h"

namespace recoupe {

struct TimeExtractor::Impl {};

TimeExtractor::TimeExtractor() : impl_(std::make_unique<Impl>()) {}
TimeExtractor::~TimeExtractor() = default;
TimeExtractor::TimeExtractor(TimeExtractor&&) noexcept = default;
TimeExtractor& TimeExtractor::operator=(TimeExtractor&&) noexcept = default;

std::vector<TimeExpression> TimeExtractor::Extract(const Document&, const TextLayout&, const std::optional<std::string>&) const { return {}; }

}  // namespace recoupe
