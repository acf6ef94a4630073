#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/segmenter.h"

namespace recoupe {
namespace {

std::vector<std::string> Sentences(std::string_view text, std::string_view lang) {
  TextLayout layout = Segment(text, lang);
  std::vector<std::string> out;
  for (const Sentence& s : layout.sentences)
    out.emplace_back(text.substr(s.span.start, s.span.size()));
  return out;
}

std::vector<std::string> Tokens(std::string_view text, std::string_view lang,
                                TokenKind* kinds_of = nullptr) {
  TextLayout layout = Segment(text, lang);
  std::vector<std::string> out;
  for (const Token& t : layout.tokens) out.emplace_back(text.substr(t.span.start, t.span.size()));
  (void)kinds_of;
  return out;
}

const Token* FindToken(const TextLayout& layout, std::string_view text, std::string_view s) {
  for (const Token& t : layout.tokens)
    if (text.substr(t.span.start, t.span.size()) == s) return &t;
  return nullptr;
}

using Strings = std::vector<std::string>;

TEST(SegmentTest, ParagraphsAreNonBlankLines) {
  std::string text = "Titre\n\n  Premier paragraphe.  \nSecond.\n";
  TextLayout layout = Segment(text, "fr");
  ASSERT_EQ(layout.paragraphs.size(), 3u);
  auto para = [&](int i) {
    return text.substr(layout.paragraphs[i].start, layout.paragraphs[i].size());
  };
  EXPECT_EQ(para(1), "Premier paragraphe.");
  EXPECT_EQ(layout.sentences[2].paragraph, 2u);
}

TEST(SegmentTest, FrenchAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("M. Tokayev a dit. Il part.", "fr"),
            (Strings{"M. Tokayev a dit.", "Il part."}));
  EXPECT_EQ(Sentences("MM. Dupont et Durand sont venus avec Mme Roux. Ils sont partis.", "fr"),
            (Strings{"MM. Dupont et Durand sont venus avec Mme Roux.", "Ils sont partis."}));
  EXPECT_EQ(Sentences("En 52 av. J.-C. César gagne. Puis il rentre.", "fr"),
            (Strings{"En 52 av. J.-C. César gagne.", "Puis il rentre."}));
  EXPECT_EQ(Sentences("Le Dr. Martin habite rue St. Jean. Il soigne.", "fr"),
            (Strings{"Le Dr. Martin habite rue St. Jean.", "Il soigne."}));
}

TEST(SegmentTest, EtcMayEndASentence) {
  EXPECT_EQ(Sentences("Des pommes, des poires, etc. Le reste suit.", "fr"),
            (Strings{"Des pommes, des poires, etc.", "Le reste suit."}));
  EXPECT_EQ(Sentences("Des pommes, etc. et des poires.", "fr"),
            (Strings{"Des pommes, etc. et des poires."}));
}

TEST(SegmentTest, EnglishAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("J. K. Rowling met Mr. Smith in the U.S. Senate. They talked.", "en"),
            (Strings{"J. K. Rowling met Mr. Smith in the U.S. Senate.", "They talked."}));
}

TEST(SegmentTest, UnknownLanguageFallsBackToEnglishAbbreviations) {
  EXPECT_EQ(Sentences("Mr. Smith left. He came back.", "xx"),
            (Strings{"Mr. Smith left.", "He came back."}));
}

TEST(SegmentTest, EllipsisAndQuotations) {
  EXPECT_EQ(Sentences("Il hésite… puis part. Il attend... Rien.", "fr"),
            (Strings{"Il hésite… puis part.", "Il attend...", "Rien."}));
  EXPECT_EQ(Sentences("« Partez ! », a-t-il dit. « Vite. » Ils sont partis.", "fr"),
            (Strings{"« Partez ! », a-t-il dit.", "« Vite. »", "Ils sont partis."}));
  EXPECT_EQ(Sentences("Il a dit : « Nous partons. Demain. » Puis rien.", "fr"),
            (Strings{"Il a dit : « Nous partons.", "Demain. »", "Puis rien."}));
}

TEST(SegmentTest, SentencesDoNotCrossParagraphs) {
  EXPECT_EQ(Sentences("Titre sans point\nTexte ici. Fin", "fr"),
            (Strings{"Titre sans point", "Texte ici.", "Fin"}));
}

TEST(SegmentTest, WordsKeepInnerHyphensAndApostrophes) {
  EXPECT_EQ(Tokens("Kassym-Jomart a-t-il dit aujourd'hui", "fr"),
            (Strings{"Kassym-Jomart", "a-t-il", "dit", "aujourd'hui"}));
  EXPECT_EQ(Tokens("don't O'Brien", "en"), (Strings{"don't", "O'Brien"}));
}

TEST(SegmentTest, ElisionsAreSplit) {
  std::string text = "l'ordre d’État L'armée qu'il jusqu'à aujourd’hui c'est-à-dire";
  EXPECT_EQ(Tokens(text, "fr"), (Strings{"l'", "ordre", "d’", "État", "L'", "armée", "qu'", "il",
                                         "jusqu'", "à", "aujourd’hui", "c'est-à-dire"}));
  TextLayout layout = Segment(text, "fr");
  EXPECT_TRUE(FindToken(layout, text, "l'")->elision);
  EXPECT_TRUE(FindToken(layout, text, "d’")->elision);
  EXPECT_FALSE(FindToken(layout, text, "ordre")->elision);
}

TEST(SegmentTest, NumbersWithSeparatorsAreOneToken) {
  std::string text =
      "8 000 et 8\u00A0000 et 8\u202F000 et 2.000 et 6.846 et 1,600 et 1 600 et 3,5 et 20% "
      "et 12 345 678 et en 2022 300 morts.";
  TextLayout layout = Segment(text, "fr");
  Strings numbers;
  for (const Token& t : layout.tokens)
    if (t.kind == TokenKind::kNumber)
      numbers.emplace_back(text.substr(t.span.start, t.span.size()));
  EXPECT_EQ(numbers, (Strings{"8 000", "8\u00A0000", "8\u202F000", "2.000", "6.846", "1,600",
                              "1 600", "3,5", "20", "12 345 678", "2022", "300"}));
  const Token* percent = FindToken(layout, text, "%");
  ASSERT_NE(percent, nullptr);
  EXPECT_EQ(percent->kind, TokenKind::kSymbol);
}

TEST(SegmentTest, PunctuationIsOneTokenEach) {
  std::string text = "« Oui », dit-il (enfin)...";
  TextLayout layout = Segment(text, "fr");
  EXPECT_EQ(Tokens(text, "fr"),
            (Strings{"«", "Oui", "»", ",", "dit-il", "(", "enfin", ")", "..."}));
  EXPECT_EQ(layout.tokens[0].kind, TokenKind::kPunctuation);
}

TEST(SegmentTest, SentenceTokenIndicesCoverAllTokens) {
  std::string text = "Un. Deux trois.\nQuatre !";
  TextLayout layout = Segment(text, "fr");
  uint32_t next = 0;
  for (const Sentence& s : layout.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_EQ(layout.tokens[s.first_token].span.start, s.span.start);
    next += s.token_count;
  }
  EXPECT_EQ(next, layout.tokens.size());
}

}  // namespace
}  // namespace recoupe

namespace recoupe {
namespace {

// Whatever the input, spans stay in bounds, tokens are ordered and disjoint,
// and sentences partition the tokens.
void ExpectWellFormed(std::string_view text, const TextLayout& layout) {
  uint32_t previous_end = 0;
  for (const Token& t : layout.tokens) {
    ASSERT_LE(previous_end, t.span.start);
    ASSERT_LT(t.span.start, t.span.end);
    ASSERT_LE(t.span.end, text.size());
    previous_end = t.span.end;
  }
  uint32_t next = 0;
  for (const Sentence& s : layout.sentences) {
    ASSERT_EQ(s.first_token, next);
    ASSERT_GT(s.token_count, 0u);
    next += s.token_count;
  }
  ASSERT_EQ(next, layout.tokens.size());
}

TEST(SegmentTest, RobustOnArbitraryBytes) {
  uint32_t state = 12345;
  const char alphabet[] =
      "ab .,'\n\xC3\xA9\xE2\x80\xAF\xC2\xA0"
      "09-!?\xC2\xAB\xE2\x80\xA6\xFF";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int i = 0; i < 80; ++i) {
      state = state * 1103515245u + 12345u;
      text.push_back(alphabet[(state >> 16) % (sizeof(alphabet) - 1)]);
    }
    ExpectWellFormed(text, Segment(text, round % 2 ? "fr" : "en"));
  }
}

}  // namespace
}  // namespace recoupe
