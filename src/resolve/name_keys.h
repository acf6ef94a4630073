// Comparison keys for names: a name is transliterated to Latin, stripped of
// accents and lower-cased with ICU (Any-Latin; Latin-ASCII; Lower), split into
// tokens at spaces, hyphens and apostrophes, and each token is folded with the
// phonetic-ish rules of data/name_folding.tsv (kh/h, zh/j, y/i, ou/u, -iev/-ev,
// doubled letters...). Two spellings of one name then share tokens or differ by
// an edit or two, which NameSimilarity measures.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

struct NameKey {
  std::vector<std::string> tokens;  // folded, titles removed
  std::string Joined() const;       // tokens without separators ("nursultan")
};

class NameKeyMaker {
 public:
  NameKeyMaker();  // loads data/name_folding.tsv and data/name_stopwords.tsv; throws if missing
  ~NameKeyMaker();
  NameKeyMaker(NameKeyMaker&&) noexcept;
  NameKeyMaker& operator=(NameKeyMaker&&) noexcept;

  // Transliterated, accent-free, lower-cased text (no folding rules).
  std::string Ascii(std::string_view text) const;
  // The folded key of a name; leading titles ("M.", "Dr") are dropped.
  NameKey Key(std::string_view name) const;
  // Upper-case initials of the significant words of an expansion
  // ("Organisation du traité de sécurité collective" -> "OTSC").
  std::string Initials(std::string_view expansion) const;
  bool IsStopWord(std::string_view ascii_lower_word) const;
  // The ISO 3166-1 code of the country `key` names in any language of
  // data/country_names.tsv ("Turquie", "Turkey", "Türkei" -> "TR"), or "".
  // The table is read on the first call.
  std::string_view CountryCode(const NameKey& key) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Similarity in [0, 1] of two folded tokens: 1 - edit distance / longer length;
// tokens of 4 letters or fewer only match exactly (OTSC is not Otan).
double TokenSimilarity(std::string_view a, std::string_view b);

// Whether two names may denote the same entity, judging only their keys:
// same joined key; or, token by token, every aligned token similar (first
// names may be initials); or one is the other's last token (surname only).
// Surname-only matching is controlled by `allow_surname_only`.
bool NameKeysMatch(const NameKey& a, const NameKey& b, bool allow_surname_only);

}  // namespace recoupe
