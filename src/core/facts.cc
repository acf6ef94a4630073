#include "core/facts.h"

#include "core/story.h"

namespace recoupe {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

const char* QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kLessThan: return "less_than";
    case Qualifier::kVague: return "vague";
  }
  return "exact";
}

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kAgree: return "agree";
    case Verdict::kDisagree: return "disagree";
    case Verdict::kEvolving: return "evolving";
    case Verdict::kDifferentScope: return "different_scope";
  }
  return "agree";
}

}  // namespace recoupe
