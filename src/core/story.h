// Cross-document results: stories, resolved entities, statements, figure
// comparisons, timeline, near-duplicates. Written by dedup/, cluster/ and
// resolve/, read by report/. Field meanings follow ../shared/spec/report.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/facts.h"

namespace recoupe {

// Provenance of one item: which document and where in its cleaned text.
struct DocSpan {
  std::string doc;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

struct SharedPassage {
  uint32_t a_start = 0, a_end = 0, b_start = 0, b_end = 0;
};

struct NearDuplicate {
  std::string a, b;  // document ids
  double similarity = 0;
  std::vector<SharedPassage> shared_passages;
};

struct EntityVariant {
  std::string form;
  int count = 0;
};

struct Entity {
  std::string id;
  EntityType type = EntityType::kMisc;
  std::string name;  // canonical form
  std::vector<EntityVariant> variants;
  std::vector<std::string> documents;
  std::vector<DocSpan> mentions;
};

struct StoryQuote {
  std::string id;
  DocSpan where;
  std::string speaker;  // entity id or empty
  std::string speaker_text;
  std::string statement;  // shared by quotes rendering the same statement
  bool partial = false;
};

struct StoryFigure {
  std::string id;
  DocSpan where;
  Figure figure;
  std::string place;  // entity id or empty
  std::string attributed_to;  // entity id or empty
};

enum class Verdict : uint8_t { kAgree, kDisagree, kEvolving, kDifferentScope };
const char* VerdictName(Verdict v);

struct Comparison {
  std::string id;
  std::string category, group, place;  // place: entity id or empty
  std::vector<std::string> figures;      // StoryFigure ids
  std::vector<std::optional<double>> values;
  Verdict verdict = Verdict::kAgree;
  std::string note;
};

struct TimelineEvent {
  std::string date;
  std::string text;
  std::vector<std::string> documents;
  std::vector<DocSpan> evidence;
};

struct Story {
  std::string id;
  std::string title;
  std::vector<std::string> documents;
  std::optional<std::string> first_published, last_published;
  std::vector<Entity> entities;
  std::vector<StoryQuote> quotes;
  std::vector<StoryFigure> figures;
  std::vector<Comparison> comparisons;
  std::vector<TimelineEvent> timeline;
};

}  // namespace recoupe
