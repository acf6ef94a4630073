// Segment (with its shortcuts for ASCII letters and spaces, words ended by
// plain ASCII, sentence-end candidates noted while scanning) gives exactly
// what SegmentWithoutFastPaths gives: same paragraphs, tokens (spans, kinds,
// elisions) and sentences, on tricky generated text and on real articles.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/segmentation_lexicon.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

std::string Describe(const TextLayout& layout) {
  std::ostringstream out;
  for (const Span& p : layout.paragraphs) out << "P" << p.start << "," << p.end << " ";
  for (const Token& t : layout.tokens) {
    out << "T" << t.span.start << "," << t.span.end << ":" << static_cast<int>(t.kind)
        << (t.elision ? "e" : "") << " ";
  }
  for (const Sentence& s : layout.sentences) {
    out << "S" << s.span.start << "," << s.span.end << "/" << s.first_token << "+" << s.token_count
        << "p" << s.paragraph << " ";
  }
  return out.str();
}

void ExpectSameLayout(const std::string& text, std::string_view language) {
  EXPECT_EQ(Describe(Segment(text, language)), Describe(SegmentWithoutFastPaths(text, language)))
      << "language " << language << ", text: " << text.substr(0, 400);
}

// Pieces whose boundaries the fast paths decide: ASCII words followed by
// every kind of byte, elisions and their exceptions, acronyms, abbreviations,
// initials, terminators, quotes, numbers, non-Latin scripts, ill-formed bytes.
const std::vector<std::string> kPieces = {
    "le",
    "Le",
    "gouvernement",
    "l'",
    "L'",
    "l’",
    "qu'",
    "qu’il",
    "aujourd'hui",
    "aujourd’hui",
    "c'est-à-dire",
    "d'État",
    "don't",
    "it's",
    "O'Neill",
    "Kassym-Jomart",
    "a-t-il",
    "-",
    "--",
    "—",
    "–",
    "U.S.",
    "U.S",
    "e.g.",
    "J.",
    "K.",
    "M.",
    "Mme",
    "Dr.",
    "etc.",
    "J.-C.",
    "av.",
    "St.",
    "Mr.",
    ".",
    "..",
    "...",
    "…",
    "!",
    "?",
    "!?",
    "‼",
    ",",
    ";",
    ":",
    "«",
    "»",
    "\u00A0",
    "\u202F",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "]",
    "8 000",
    "8\u202F000",
    "2.000",
    "1,600",
    "3,5",
    "20",
    "%",
    "20e",
    "10h30",
    "2022",
    "$",
    "€",
    "é",
    "É",
    "ça",
    "œuvre",
    "naïve",
    "Noël",
    "Ελλάδα",
    "Москва",
    "北京",
    "。",
    "😀",
    "a\u0301",
    "\u00AD",
    "x\u200Dy",
    "\t",
    " ",
    "  ",
    "\r",
    "\n",
    "\n\n",
    "\xC3",
    "\xE2\x80",
    "\xFF",
    "\x80",
    "_",
    "@",
    "#",
    "a.b",
    "A.B.C.",
    "3.5",
    "fin.Il",
    "'90",
    "x'",
    "l'-",
    "×",
    "÷",
    "2×3",
    "a÷b",
    "ĀȀȿ",
    "ɏ",
    "Ǆ",
    "été",
    "garçon",
    "Ökonomie",
    "żółć",
    "ß",
};

std::string RandomText(std::mt19937& rng, size_t pieces) {
  std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> glue(0, 3);
  std::string text;
  for (size_t k = 0; k < pieces; ++k) {
    text += kPieces[piece(rng)];
    if (glue(rng) != 0) text += ' ';  // mostly spaced, sometimes glued
  }
  return text;
}

TEST(SegmentFastPathsTest, HandWrittenCases) {
  const std::vector<std::string> texts = {
      "",
      " ",
      "a",
      "Il part. Elle reste.",
      "M. Dupont, l'AFP et qu’il dit « Partez ! » à J. K. Rowling aux U.S. Puis rien…",
      "Selon l'AFP, 8 000 manifestants (20 %) ont défilé. Le Dr. Martin a-t-il dit : « Non. »",
      "En 52 av. J.-C. César gagne. Puis il rentre.\r\nLigne deux\n\n  Trois.  ",
      "word-\nword' word. word.. word... word.\"Next\" word.) Next",
      "aujourd'hui c'est-à-dire d'aujourd'hui l'-x l'' l'é",
  };
  for (const std::string& text : texts) {
    for (std::string_view language : {"fr", "en", "de", "xx", ""}) ExpectSameLayout(text, language);
  }
}

TEST(SegmentFastPathsTest, RandomTexts) {
  std::mt19937 rng(20261123);
  for (int round = 0; round < 3000; ++round) {
    std::string text = RandomText(rng, 1 + static_cast<size_t>(round % 60));
    for (std::string_view language : {"fr", "en"}) ExpectSameLayout(text, language);
    if (HasFailure()) return;
  }
}

TEST(SegmentFastPathsTest, RealArticles) {
#ifndef RECOUPE_SHARED_DIR
  GTEST_SKIP() << "no shared corpus";
#else
  std::filesystem::path seeds = std::filesystem::path(RECOUPE_SHARED_DIR) / "corpus" / "seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no " << seeds;
  int read = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::string_view language : {"fr", "en"}) ExpectSameLayout(text, language);
    ++read;
  }
  EXPECT_GT(read, 0);
#endif
}

// The integer lookup of short elision prefixes and exception heads answers
// what the hash sets answer, for every entry, every cut of one, and strings
// the keys could confuse (inner NUL bytes, seven and eight bytes).
TEST(SegmentFastPathsTest, ShortKeyLookupMatchesTheSets) {
  for (std::string_view language : {"fr", "en", "it", "xx"}) {
    const SegmentationLexicon& lex = SegmentationLexiconFor(language);
    std::vector<std::string> probes = {"",
                                       "l",
                                       "L",
                                       std::string("\0l", 2),
                                       std::string("l\0", 2),
                                       "qu",
                                       "jusqu",
                                       "aujourd",
                                       "abcdefg",
                                       "abcdefgh",
                                       "lorsqu'",
                                       "c"};
    for (const auto* set : {&lex.elision_prefixes, &lex.elision_exception_heads}) {
      for (const std::string& entry : *set) {
        for (size_t cut = 0; cut <= entry.size(); ++cut) probes.push_back(entry.substr(0, cut));
        probes.push_back(entry + "x");
      }
    }
    for (const std::string& probe : probes) {
      EXPECT_EQ(ContainsShort(lex.elision_prefixes, lex.short_elision_prefixes, probe),
                lex.elision_prefixes.contains(probe))
          << language << " prefix " << probe;
      EXPECT_EQ(ContainsShort(lex.elision_exception_heads, lex.short_exception_heads, probe),
                lex.elision_exception_heads.contains(probe))
          << language << " head " << probe;
    }
  }
}

}  // namespace
}  // namespace recoupe
