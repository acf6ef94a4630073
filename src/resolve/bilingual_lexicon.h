// Word translations from one language to another, read from a dictionary in
// the dictd format (an `.index` of "headword TAB base64 offset TAB base64
// length" lines and a gzip or dictzip `.dict.dz`), such as Debian's FreeDict
// packages (dict-freedict-fra-eng). Used to match one statement quoted in two
// languages (resolve/cross_language.h).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace recoupe {

class BilingualLexicon {
 public:
  // Maps a lower-cased source word to its lookup key (its stem), so that an
  // inflected word ("récente") finds its headword ("récent").
  using KeyFn = std::function<std::string(const std::string&)>;

  // Reads `<base>.index` and `<base>.dict.dz`. A missing or unreadable file
  // gives an empty lexicon (Size() == 0), never an error: cross-language
  // matching is then weaker, not broken.
  BilingualLexicon(const std::string& base, const KeyFn& key);

  // Lower-cased words of the translations of the headwords whose key is `key`,
  // or null when there is none.
  const std::vector<std::string>* Translations(const std::string& key) const;

  size_t Size() const { return translations_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::string>> translations_;
};

// The lower-cased words of the translations in one dictd entry
// ("histoire /istwaʀ/ <n, fem>\n1. history\n2. story, tale"): every line
// after the headword line, numbering and punctuation dropped.
std::vector<std::string> DictdEntryWords(std::string_view entry);

// A dictd base64 number ("cGP"), or UINT64_MAX when malformed.
uint64_t DictdNumber(std::string_view digits);

}  // namespace recoupe
