// Words the report shows a reader: headings, verdict labels, the notes that
// explain a figure comparison. They live in data/<lang>/report_phrases.tsv
// ("key TAB text"), so a report in another language is a data file more.
// Texts may hold slots, "{a}", filled by Fill().
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace recoupe {

class Phrases {
 public:
  // The phrases of `lang` (ISO 639-1); keys missing there come from English;
  // a key missing in both reads as itself. Never throws.
  static Phrases Load(const std::string& lang);

  const std::string& language() const { return language_; }
  std::string Get(std::string_view key) const;
  // Get(key) with every "{name}" replaced by its value.
  std::string Fill(std::string_view key,
                   std::initializer_list<std::pair<std::string_view, std::string>> slots) const;

 private:
  std::string language_;
  std::map<std::string, std::string, std::less<>> texts_;
};

}  // namespace recoupe
