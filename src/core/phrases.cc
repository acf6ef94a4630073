#include "core/phrases.h"

#include "core/data_files.h"

namespace recoupe {
namespace {

void ReadInto(const std::string& lang, std::map<std::string, std::string, std::less<>>& texts) {
  try {
    for (const auto& row : ReadTsv(DataPath(lang + "/report_phrases.tsv")))
      if (row.size() >= 2 && !texts.count(row[0])) texts.emplace(row[0], row[1]);
  } catch (const std::exception&) {
    // No file for this language: the fallback language fills in.
  }
}

}  // namespace

Phrases Phrases::Load(const std::string& lang) {
  Phrases p;
  p.language_ = lang;
  ReadInto(lang, p.texts_);
  if (lang != "en") ReadInto("en", p.texts_);
  return p;
}

std::string Phrases::Get(std::string_view key) const {
  auto it = texts_.find(key);
  return it != texts_.end() ? it->second : std::string(key);
}

std::string Phrases::Fill(
    std::string_view key,
    std::initializer_list<std::pair<std::string_view, std::string>> slots) const {
  std::string out = Get(key);
  for (const auto& [name, value] : slots) {
    const std::string slot = "{" + std::string(name) + "}";
    for (size_t at = out.find(slot); at != std::string::npos;
         at = out.find(slot, at + value.size()))
      out.replace(at, slot.size(), value);
  }
  return out;
}

}  // namespace recoupe
