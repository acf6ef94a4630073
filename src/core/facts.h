// What the per-document extractors (src/extract/) find in one document. Every
// item carries its byte span in Document::text; the document is implicit.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace recoupe {

enum class EntityType : uint8_t { kPer, kOrg, kLoc, kMisc };
const char* EntityTypeName(EntityType t);  // "PER", "ORG", "LOC", "MISC"

struct EntityMention {
  Span span;
  std::string text;  // surface form
  EntityType type = EntityType::kMisc;
  // For an acronym defined in the same text ("OTSC") the expansion, and the
  // reverse; empty otherwise. Lets resolve/ merge acronym and expansion.
  std::string expansion;
  std::string acronym;
};

enum class SpeakerKind : uint8_t { kNone, kName, kRole, kPronoun };

struct Quote {
  Span span;         // the words inside the quotation marks
  std::string text;  // exact surface of span
  // One- or two-word citations and scare quotes: kept, never a statement.
  bool partial = false;
  bool unclosed = false;  // closing mark missing; span runs to paragraph end
  SpeakerKind speaker_kind = SpeakerKind::kNone;
  Span speaker_cue;          // the words naming the speaker ("a-t-il assuré", "Vladimir Poutine")
  std::string speaker_text;  // surface of speaker_cue
  // Resolved speaker: the name of a person or organisation as it appears in
  // this document (after role/pronoun resolution), empty when unknown, with the
  // span of that name's mention.
  std::string speaker_name;
  std::optional<Span> speaker_mention;
};

enum class Qualifier : uint8_t { kExact, kApprox, kAtLeast, kMoreThan, kAtMost, kLessThan, kVague };
const char* QualifierName(Qualifier q);

// The category of a count of people or things whose fate the text does not
// say ("80 passagers"): kept with its provenance, never compared.
inline constexpr std::string_view kOtherFigureCategory = "other";

struct Figure {
  Span span;  // the number and its counted noun ("plus de 8 000 arrestations")
  std::string text;
  std::optional<double> value;  // null when no number ("des dizaines de morts")
  std::optional<double> value_max;
  Qualifier qualifier = Qualifier::kExact;
  std::string category;  // killed, injured, arrested, troops, vehicles, missing,
                         // displaced, protesters, evacuated, kOtherFigureCategory
  std::string group;     // security_forces, protesters, civilians... or empty
  std::string place;     // place name as written in the sentence, or empty
  std::optional<Span> place_span;
  std::optional<std::string> as_of;  // ISO date the figure is stated for
  std::string attributed_to;         // source name as written, or empty
};

enum class TimeRelation : uint8_t { kUnknown, kBefore, kSame, kAfter };

struct TimeExpression {
  Span span;
  std::string text;
  std::optional<std::string> value;  // ISO 8601 (possibly partial); null when unresolved
  TimeRelation relation = TimeRelation::kUnknown;  // relative to publication
  uint32_t sentence = 0;                           // index into TextLayout::sentences
  // Governed by a "since" word ("depuis lundi", "since the protests began on
  // Monday"): the start of a span that runs up to the time of reporting.
  bool opens_interval = false;
};

// Everything extracted from one document.
struct DocumentFacts {
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
  std::vector<Figure> figures;
  std::vector<TimeExpression> times;
};

}  // namespace recoupe
