// Content words of a passage for comparing passages across outlets: words are
// lower-cased, split at apostrophes, function words dropped
// (data/<lang>/statement_stopwords.tsv), stemmed with Snowball (libstemmer) and
// mapped to a light synonym class (data/<lang>/statement_synonyms.tsv).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

class ContentWords {
 public:
  ContentWords();
  ~ContentWords();
  ContentWords(ContentWords&&) noexcept;
  ContentWords& operator=(ContentWords&&) noexcept;

  // Stem classes of `text`, a passage in `language` (ISO 639-1; unknown
  // languages are compared on lower-cased words).
  std::set<std::string> Of(std::string_view text, const std::string& language) const;

  // Lower-cased words of `text` that are not function words, in order, unstemmed.
  std::vector<std::string> Words(std::string_view text, const std::string& language) const;
  // Snowball stem of a lower-cased word (the word itself without a stemmer).
  std::string Stem(const std::string& word, const std::string& language) const;
  bool IsStopword(const std::string& word, const std::string& language) const;

 private:
  struct Language;
  const Language& For(const std::string& language) const;
  mutable std::map<std::string, std::unique_ptr<Language>> languages_;
};

// Lower-cased words of UTF-8 text (letters and digits), split at anything else.
std::vector<std::string> LowerWords(std::string_view text);

// |a ∩ b| / min(|a|, |b|): how much of the shorter passage the longer holds.
double OverlapCoefficient(const std::set<std::string>& a, const std::set<std::string>& b,
                          size_t* shared = nullptr);

}  // namespace recoupe
