#include "extract/figures_lexicon.h"

#include <map>
#include <stdexcept>

#include "core/data_files.h"

namespace recoupe::figures_internal {
namespace {

uint32_t ParseRoles(const std::string& field, const std::string& path) {
  uint32_t roles = 0;
  size_t start = 0;
  while (start <= field.size()) {
    size_t comma = field.find(',', start);
    std::string role =
        field.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (role == "noun")
      roles |= kNoun;
    else if (role == "person")
      roles |= kPerson;
    else if (role == "after")
      roles |= kAfter;
    else if (role == "before")
      roles |= kBefore;
    else if (role == "one")
      roles |= kOne;
    else
      throw std::runtime_error(path + ": unknown role '" + role + "'");
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return roles;
}

uint32_t ParseCue(const std::string& name, const std::string& path) {
  static const std::pair<const char*, Cue> kNames[] = {{"group_link", kGroupLink},
                                                       {"place", kPlace},
                                                       {"source", kSource},
                                                       {"range_start", kRangeStart},
                                                       {"range_join", kRangeJoin},
                                                       {"filler", kFiller},
                                                       {"same_group", kSameGroup},
                                                       {"quantity", kQuantity},
                                                       {"stop", kStop},
                                                       {"toll", kToll},
                                                       {"aside", kAside},
                                                       {"anaphor", kAnaphor},
                                                       {"count_end", kCountEnd},
                                                       {"auxiliary", kAuxiliary},
                                                       {"protest_event", kProtestEvent}};
  for (const auto& [n, c] : kNames)
    if (name == n) return c;
  throw std::runtime_error(path + ": unknown cue role '" + name + "'");
}

Qualifier ParseQualifier(const std::string& name, const std::string& path) {
  static const std::pair<const char*, Qualifier> kNames[] = {
      {"approx", Qualifier::kApprox},      {"more_than", Qualifier::kMoreThan},
      {"at_least", Qualifier::kAtLeast},   {"at_most", Qualifier::kAtMost},
      {"less_than", Qualifier::kLessThan}, {"exact", Qualifier::kExact}};
  for (const auto& [n, q] : kNames)
    if (name == n) return q;
  throw std::runtime_error(path + ": unknown qualifier '" + name + "'");
}

}  // namespace

void FigureLexicon::AddLanguage(const std::string& lang) {
  std::string path = DataPath(lang + "/figure_categories.tsv");
  for (const auto& row : ReadTsv(path)) {
    if (row.size() < 3) throw std::runtime_error(path + ": expected 3 fields");
    CategoryEntry entry{row[1], ParseRoles(row[2], path)};
    if (row.size() > 3 && row[3] == "@protest")
      entry.needs_protest_after = true;
    else if (row.size() > 3)
      entry.only_group = row[3];
    categories.Add(row[0], std::move(entry));
  }
  path = DataPath(lang + "/figure_groups.tsv");
  for (const auto& row : ReadTsv(path)) {
    if (row.size() < 2) throw std::runtime_error(path + ": expected 2 fields");
    groups.Add(row[0], row[1]);
  }
  path = DataPath(lang + "/figure_cues.tsv");
  std::map<std::string, uint32_t> cue_roles;
  for (const auto& row : ReadTsv(path)) {
    if (row.size() < 2) throw std::runtime_error(path + ": expected 2 fields");
    cue_roles[row[0]] |= ParseCue(row[1], path);
  }
  for (const auto& [phrase, roles] : cue_roles) cues.Add(phrase, roles);
  path = DataPath(lang + "/qualifiers.tsv");
  for (const auto& row : ReadTsv(path)) {
    if (row.size() < 2) throw std::runtime_error(path + ": expected 2 fields");
    qualifiers.Add(row[0], ParseQualifier(row[1], path));
  }
}

bool TollBefore(const CueIndex& cues, const std::vector<ScanToken>& tokens, uint32_t begin,
                uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxTollDistance = 16;
  if (LooksLikeYear(tokens[first])) return false;
  for (uint32_t t = first; t > begin && first - t < kMaxTollDistance;) {
    --t;
    uint32_t len = 0;
    if (IsPunct(tokens[t]) || tokens[t].kind == ScanKind::kNumber) return false;
    if (cues.At(t, end, kToll, &len)) return true;
  }
  return false;
}

bool AsideBefore(const CueIndex& cues, const std::vector<ScanToken>& tokens, uint32_t begin,
                 uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxAsideCueTokens = 3;
  for (uint32_t n = 1; n <= kMaxAsideCueTokens && first >= begin + n + 1; ++n) {
    uint32_t len = 0;
    if (cues.At(first - n, end, kAside, &len) && len == n && IsPunct(tokens[first - n - 1]))
      return true;
  }
  return false;
}

const std::string* NounlessFate(const FigureLexicon& lex, const CueIndex& cues,
                                const std::vector<ScanToken>& tokens, uint32_t begin,
                                uint32_t first, uint32_t after, uint32_t end) {
  if (LooksLikeYear(tokens[first])) return nullptr;
  uint32_t len = 0;
  if (after < end && !IsPunct(tokens[after]) &&
      !cues.At(after, end, kStop | kPlace | kCountEnd, &len))
    return nullptr;
  uint32_t q = first;
  if (auto qual = lex.qualifiers.EndingAt(tokens, q, begin)) q -= qual.length;
  for (uint32_t k = 1; k <= 3 && q >= begin + k; ++k) {
    auto verb = lex.categories.Longest(tokens, q - k, q);
    if (verb && verb.length == k && (verb.payload->roles & kBefore)) return &verb.payload->category;
  }
  return nullptr;
}

const CategoryEntry* ParticipleAfterAuxiliary(const FigureLexicon& lex, const CueIndex& cues,
                                              const std::vector<ScanToken>& tokens, uint32_t after,
                                              uint32_t end, uint32_t* last) {
  uint32_t t = after, len = 0;
  while (t < end && cues.At(t, end, kAuxiliary, &len)) t += len;
  if (t == after || t >= end) return nullptr;
  auto verb = lex.categories.Longest(tokens, t, end);
  if (!verb || !(verb.payload->roles & kAfter) || !verb.payload->only_group.empty() ||
      verb.payload->needs_protest_after)
    return nullptr;
  *last = t + verb.length - 1;
  return verb.payload;
}

bool ProtestAfter(const CueIndex& cues, const std::vector<ScanToken>& tokens, uint32_t from,
                  uint32_t end) {
  constexpr uint32_t kMaxWords = 5;  // "took part in Wednesday's rally"
  uint32_t len = 0;
  for (uint32_t t = from; t < end && t < from + kMaxWords; ++t) {
    if (IsPunct(tokens[t])) return false;
    if (cues.At(t, end, kProtestEvent, &len)) return true;
  }
  return false;
}

}  // namespace recoupe::figures_internal
