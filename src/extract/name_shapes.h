// Shapes of the words names are made of, for the entity rules: capitals,
// acronyms and their letters, initials, particles, function words. UTF-8 in,
// ICU character properties underneath.
#pragma once

#include <unicode/umachine.h>

#include <string>
#include <string_view>
#include <vector>

namespace recoupe::name_shapes {

UChar32 FirstCodePoint(std::string_view s);
bool IsCapitalized(std::string_view s);
bool StartsLower(std::string_view s);
// Lowercase base letter of a code point ("É" -> 'e'), for matching initials.
UChar32 BaseLetter(UChar32 c);
// An acronym: 2-10 code points, letters all uppercase (digits and '&' allowed).
bool IsAcronym(std::string_view s);
std::vector<UChar32> AcronymLetters(std::string_view s);
// A name part after the first: capitalised, or a lowercase article joined by
// a hyphen to a capitalised part ("al-Ghaithi", "el-Sissi", "ad-Dawla").
bool ContinuesName(std::string_view w);
// Every letter uppercase, at least four of them: "PORTO ALEGRE", "ATHÈNES".
bool IsAllCapitals(std::string_view s);
// Short lowercase words and elisions ("de", "l'", "of", "the") may be skipped
// when matching an acronym against its expansion.
bool IsFunctionWord(std::string_view w, bool elision);
// Initials a word can supply: its first letter, then the first letter of each
// hyphenated part ("Nord-Atlantique" -> n, a).
std::vector<UChar32> Initials(std::string_view w);
// Whether words[from..to) spell `letters`, every content word giving its
// initial (or the initials of its hyphenated parts), function words optional.
bool Spells(const std::vector<std::string_view>& words, const std::vector<bool>& elision,
            size_t from, size_t to, const std::vector<UChar32>& letters, size_t j);
// `word` with each run of one repeated byte kept once ("Massimov" -> "Masimov").
std::string CollapseDoubledLetters(std::string_view word);

}  // namespace recoupe::name_shapes
