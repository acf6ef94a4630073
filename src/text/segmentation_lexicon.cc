#include "text/segmentation_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "core/data_files.h"

namespace recoupe {
namespace {

constexpr std::string_view kFallbackLanguage = "en";

// Rows of data/<lang>/<name>, or nothing when the file does not exist.
std::vector<std::vector<std::string>> ReadIfPresent(std::string_view language,
                                                    std::string_view name) {
  if (language.empty()) return {};
  std::string path = DataPath(std::string(language) + "/" + std::string(name));
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  return ReadTsv(path);
}

std::unique_ptr<SegmentationLexicon> Load(std::string_view language) {
  auto lexicon = std::make_unique<SegmentationLexicon>();
  auto abbreviations = ReadIfPresent(language, "abbreviations.txt");
  if (abbreviations.empty()) abbreviations = ReadIfPresent(kFallbackLanguage, "abbreviations.txt");
  for (const auto& row : abbreviations) {
    if (row.empty() || row[0].empty()) continue;
    lexicon->abbreviations.insert(row[0]);
    if (row.size() > 1 && row[1] == "may_end") lexicon->sentence_final_abbreviations.insert(row[0]);
  }
  for (const auto& row : ReadIfPresent(language, "elisions.txt"))
    if (!row.empty() && !row[0].empty()) lexicon->elision_prefixes.insert(row[0]);
  for (const auto& row : ReadIfPresent(language, "elision_exceptions.txt")) {
    if (row.empty() || row[0].empty()) continue;
    lexicon->elision_exceptions.insert(row[0]);
    size_t apostrophe = row[0].find('\'');
    if (apostrophe != std::string::npos)
      lexicon->elision_exception_heads.insert(row[0].substr(0, apostrophe));
  }
  auto short_keys = [](const StringSet& set) {
    std::vector<uint64_t> keys;
    for (const std::string& entry : set)
      if (entry.size() <= 7) keys.push_back(ShortKey(entry));
    std::sort(keys.begin(), keys.end());
    return keys;
  };
  lexicon->short_elision_prefixes = short_keys(lexicon->elision_prefixes);
  lexicon->short_exception_heads = short_keys(lexicon->elision_exception_heads);
  return lexicon;
}

}  // namespace

const SegmentationLexicon& SegmentationLexiconFor(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<SegmentationLexicon>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(language);
  if (it == cache.end()) it = cache.emplace(std::string(language), Load(language)).first;
  return *it->second;
}

}  // namespace recoupe
