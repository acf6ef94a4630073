// STUB. Replaced by the extraction work (issue 3).
#include "extract/entity_tagger.h"

namespace recoupe {

struct EntityTagger::Impl {};

EntityTagger::EntityTagger() : impl_(std::make_unique<Impl>()) {}
EntityTagger::~EntityTagger() = default;
EntityTagger::EntityTagger(EntityTagger&&) noexcept = default;
EntityTagger& EntityTagger::operator=(EntityTagger&&) noexcept = default;

std::vector<EntityMention> EntityTagger::Tag(const Document&, const TextLayout&) const { return {}; }

}  // namespace recoupe
