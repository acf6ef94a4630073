// STUB. Replaced by the extraction work (issue 3).
#include "extract/figures.h"

namespace recoupe {

struct FigureExtractor::Impl {};

FigureExtractor::FigureExtractor() : impl_(std::make_unique<Impl>()) {}
FigureExtractor::~FigureExtractor() = default;
FigureExtractor::FigureExtractor(FigureExtractor&&) noexcept = default;
FigureExtractor& FigureExtractor::operator=(FigureExtractor&&) noexcept = default;

std::vector<Figure> FigureExtractor::Extract(const Document&, const TextLayout&, const std::vector<EntityMention>&) const { return {}; }

}  // namespace recoupe
