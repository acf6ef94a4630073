// The fast paths of ingestion give what the straightforward versions give:
// the date pre-filter against the patterns run over the whole text, the
// code-point lower-casing against ICU, and the one-pass agency search and the
// lazy lowering of lines through the behaviour they feed.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/dates.h"
#include "ingest/lexicons.h"
#include "ingest/metadata.h"
#include "ingest/reader.h"
#include "text/normalize.h"

namespace recoupe {
namespace {

std::string Describe(const std::vector<FoundDate>& dates) {
  std::string out;
  for (const FoundDate& d : dates) {
    out += std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day) +
           " w" + std::to_string(d.weekday) + " [" + std::to_string(d.start) + "," +
           std::to_string(d.end) + ") ";
  }
  return out;
}

void ExpectSameDates(const std::string& text) {
  EXPECT_EQ(Describe(FindDates(text)), Describe(FindDatesFullScan(text))) << "text: " << text;
}

const std::vector<std::string> kDateTexts = {
    "",
    "Aucune date ici, mais des chiffres : 8 000 et 3,5 %.",
    "PARIS, 6 janvier (AFP) - Le ministre.",
    "(Rome, 06 janvier 2022). Le conseil.",
    "Le jeudi 6 janvier 2022, puis le 1er mai et le 14 juillet 1789.",
    "lundi, 6 mai 2024 mais 6 mais 2024, 6 mai2024, 6 mai 20221",
    "On Monday, January 6, 2022 and on Tuesday January 7th and on March 3rd, 2021.",
    "Am Donnerstag, 6. Januar 2022 und am 3. März; am 3. Maerz 2021; 1. Jänner.",
    "EN MAJUSCULES : JEUDI 6 JANVIER 2022, 6 DÉCEMBRE 2021, 6 FÉVRIER, 6 AOÛT.",
    "abrégés : 6 janv. 2022, 7 févr. 2021, 8 sept. 2020, 9 déc. 2019, Jan. 5, 2020, Sept. 9",
    "chiffres : 06.01.2022, 6.1.2022, 31.02.2022, 1.2.3.2022, 06.01.20221, 2022-01-06, "
    "2022-01-06T10:00, 2022-13-01, 12022-01-06, 2022-01-066, 1999-12-31.",
    "collés : x6 janvier 2022, 6janvier 2022, mai6 2022, _6 mai, é6 mai, 6\tmai\n2022, 6\n\nmai",
    "l'espace insécable : 6\u00A0janvier 2022, 6\u202Fmai, le 6 \u00ABjanvier\u00BB",
    "fin de texte : le 6 janvier",
    "6 janvier",
    "janvier 6",
    "mardi 6",
    "6 mai 7 juin 8 juillet 9 août 10 septembre 11 octobre 12 novembre 13 décembre 2020",
    "Monday, May 6, 2024, 2024-05-06 and 06.05.2024; Mayday 6, May6, MAY 6TH, 2024",
    "ſeptember 6, 2020 and \u212Aa 6 and ſept. 6",  // letters that fold to ASCII
    "Greek ΣΕΠΤΕΜΒΡΙΟΥ 6 and Cyrillic 6 января 2022",
};

TEST(IngestFastPaths, DatePrefilterAgreesWithFullScanOnHandWrittenTexts) {
  for (const std::string& text : kDateTexts) ExpectSameDates(text);
  // The texts do contain dates the filter must not lose.
  EXPECT_EQ(FindDates(kDateTexts[4]).size(), 2u);  // 1789 is out of range
  EXPECT_EQ(FindDates(kDateTexts[6]).size(), 3u);
  EXPECT_GE(FindDates(kDateTexts[10]).size(), 5u);
}

TEST(IngestFastPaths, DatePrefilterAgreesWithFullScanOnGeneratedTexts) {
  // Tokens that make and break dates, glued with every kind of separator.
  const std::vector<std::string> tokens = {
      "6",        "06",         "1er",      "31",          "2022",  "20221",      "6.",
      "3rd",      "janvier",    "JANVIER",  "Janv.",       "mai",   "mais",       "May",
      "mayday",   "août",       "AOÛT",     "décembre",    "déc.",  "März",       "Januar",
      "lundi",    "Lundi,",     "Monday,",  "Thursday",    "jeudi", "06.01.2022", "6.1.22",
      "1.2.2020", "2022-01-06", "2022-1-6", "1999-12-31x", "le",    "de",         "des",
      "sept",     "Sept.",      "(Rome,",   "PARIS,",      "(AFP)", "«",          "»",
      "l'armée",  "é",          "x",        "_",           "-",     ".",          ",",
  };
  const std::vector<std::string> separators = {" ",  " ", " ", "  ",     "\n",  "\n\n",
                                               "\t", "",  ",", "\u00A0", "\r\n"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> token(0, tokens.size() - 1);
  std::uniform_int_distribution<size_t> separator(0, separators.size() - 1);
  std::uniform_int_distribution<int> length(1, 120);
  size_t dates_seen = 0;
  for (int t = 0; t < 400; ++t) {
    std::string text;
    for (int w = length(rng); w > 0; --w) text += tokens[token(rng)] + separators[separator(rng)];
    ExpectSameDates(text);
    dates_seen += FindDatesFullScan(text).size();
    if (HasFailure()) break;
  }
  EXPECT_GT(dates_seen, 100u);  // the generator does make dates
}

TEST(IngestFastPaths, LowerUtf8MatchesIcu) {
  const std::vector<std::string> texts = {
      "",
      "Plain ASCII, With Capitals AND DIGITS 123.",
      "Éléphant À L'ÉCOLE, ŒUVRE, Ÿ, Ç",
      "Straße ẞ MÄRZ Ärger",
      "ΣΊΣΥΦΟΣ ΟΔΟΣ Σ ΑΣ",    // final sigma depends on what follows
      "İstanbul DİYARBAKIR",  // U+0130 lowers to two code points
      "Кремль МОСКВА ǅ ǈ Ⅻ ⓐⒶ 𐐀𐐨 ＡＢＣ",
      std::string("bad \xC3 bytes \xFF\xFE and \xE2\x82"),
      std::string("nul\0inside", 10),
  };
  for (const std::string& text : texts) EXPECT_EQ(LowerUtf8(text), LowerUtf8Icu(text)) << text;
  // Every code point of the first planes, in runs.
  std::string run;
  for (UChar32 c = 0x80; c < 0x20000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    char buffer[4];
    int32_t at = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), at, 4, c, error);
    run.append(buffer, static_cast<size_t>(at));
    run += c % 7 == 0 ? " A" : "";
    if (run.size() > 512) {
      ASSERT_EQ(LowerUtf8(run), LowerUtf8Icu(run)) << "near U+" << std::hex << c;
      run.clear();
    }
  }
  EXPECT_EQ(LowerUtf8(run), LowerUtf8Icu(run));
}

TEST(IngestFastPaths, NavigationCueFoundWhateverTheCaseOfTheLine) {
  std::string body;
  for (int i = 0; i < 4; ++i)
    body += "Le conseil municipal a débattu du budget pendant des heures. ";
  const std::vector<std::string> cues = {"À LIRE AUSSI : le marché couvert rouvre",
                                         "À lire aussi : le marché couvert rouvre",
                                         "à Lire Aussi le marché couvert rouvre"};
  for (const std::string& cue : cues) {
    Document doc;
    doc.text = body + "\n\n" + body + "\n\n" + cue + "\n\n" + body + "\n\n" + body + "\n\n" + body;
    doc.offsets.Add(0, 0);
    RemoveBoilerplateLines(doc);
    ASSERT_EQ(doc.boilerplate.size(), 1u) << cue;
    EXPECT_EQ(doc.boilerplate[0].text, cue);
  }
  // A line whose start differs from every cue stays, even with a Greek capital sigma.
  Document doc;
  doc.text = body + "\n\nΣΑΣ à lire aussi\n\n" + body;
  doc.offsets.Add(0, 0);
  RemoveBoilerplateLines(doc);
  EXPECT_TRUE(doc.boilerplate.empty());
}

TEST(IngestFastPaths, AgenciesFoundInOnePassKeepTheirOrderAndForms) {
  Document doc;
  doc.text =
      "Le ministre est parti, selon l'AGENCE FRANCE-PRESSE. Citant l'agence Interfax, le "
      "journal. D'après DPA, le vote. L'ITAR-TASS a rapporté. Selon l'AAP et selon APAAFP.";
  doc.offsets.Add(0, 0);
  DetectWireSources(doc);
  // Lexicon order (data/agencies.tsv), one entry per agency.
  EXPECT_EQ(doc.wire_sources, (std::vector<std::string>{"AFP", "TASS", "Interfax", "dpa", "AAP"}));
}

// The agencies found by looking only where a name can start (sixteen or
// eight bytes at a time) are those found by looking at every byte, wherever
// the names fall relative to those blocks.
TEST(IngestFastPaths, AgencySearchAgreesWithEveryByteSearch) {
  const std::vector<std::string> pieces = {
      "AFP",
      "(AFP)",
      "Reuters",
      "REUTERS",
      "AP",
      "ap",
      "Agence France-Presse",
      "dpa",
      "DPA",
      "EFE",
      "ATS",
      "Keystone-ATS",
      "Xinhua",
      "agence Anadolu",
      "selon",
      "Selon",
      "a indiqué",
      "told",
      "said",
      "according to",
      "Photo",
      "photo",
      "/",
      "|",
      "-",
      "—",
      ".",
      ",",
      "\n",
      " ",
      "é",
      "Élysée",
      "xAFP",
      "AFPx",
      "l'AFP",
      "d’après",
      "©",
      "crédit",
      "Le",
      "Ministre",
      "ÀFP",
      "8 000",
  };
  std::mt19937 rng(77);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> glue(0, 4);
  for (int round = 0; round < 3000; ++round) {
    Document fast, plain;
    std::string text;
    size_t count = 1 + static_cast<size_t>(round % 50);
    for (size_t k = 0; k < count; ++k) {
      text += pieces[pick(rng)];
      if (glue(rng) != 0) text += ' ';
    }
    fast.text = plain.text = text;
    DetectWireSources(fast);
    DetectWireSourcesWithoutFastPaths(plain);
    ASSERT_EQ(fast.wire_sources, plain.wire_sources) << text;
  }
}

TEST(IngestFastPaths, BinaryCheckCountsControlBytesOverTheFirst64KiB) {
  auto read = [](const std::string& bytes) {
    RawInput input;
    input.source = "doc.txt";
    input.id = "doc";
    input.bytes = bytes;
    std::vector<Document> docs;
    ReadDocuments(input, {}, [&](Document&& d) { docs.push_back(std::move(d)); });
    return docs.at(0);
  };
  std::string text(1000, 'a');
  for (size_t i = 0; i < text.size(); i += 50) text[i] = '\n';
  EXPECT_TRUE(read(text).ok());
  std::string few = text;
  for (size_t i = 1; i < few.size(); i += 20) few[i] = '\x01';  // 5 %: text with noise
  EXPECT_TRUE(read(few).ok());
  std::string many = text;
  for (size_t i = 1; i < many.size(); i += 8) many[i] = '\x01';  // 12.5 %: binary
  EXPECT_FALSE(read(many).ok());
  std::string nul = text;
  nul[999] = '\0';
  EXPECT_FALSE(read(nul).ok());
  // Past 64 KiB nothing is looked at.
  std::string long_text(70000, 'a');
  for (size_t i = 0; i < long_text.size(); i += 60) long_text[i] = ' ';
  long_text[69000] = '\0';
  EXPECT_TRUE(read(long_text).ok());
}

// The reader trusts the normaliser's count of ill-formed sequences: it must be
// the count ICU's U8_NEXT gives (one per maximal subpart).
TEST(IngestFastPaths, NormaliserCountsIllFormedSequencesAsIcuDoes) {
  auto icu_count = [](const std::string& s) {
    size_t invalid = 0;
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
      if (c < 0) ++invalid;
    }
    return invalid;
  };
  const std::vector<std::string> texts = {"plain",
                                          "caf\xC3\xA9",
                                          "\xC3",
                                          "\xC3(",
                                          "\xE2\x82",
                                          "\xE2\x82(",
                                          "\xF0\x9F\x98",
                                          "\xED\xA0\x80 surrogate",
                                          "\xC0\xAF overlong",
                                          "\xE0\x80\xAF",
                                          "\xF4\x90\x80\x80",
                                          "\xF8\x88\x80\x80\x80",
                                          "\xFF\xFE",
                                          "\x80\x80\x80"};
  for (const std::string& text : texts) {
    EXPECT_EQ(NormalizeText(text).invalid_sequences, icu_count(text)) << text;
  }
  // Random bytes biased towards UTF-8 lead and continuation bytes.
  std::mt19937 rng(11);
  const std::vector<uint8_t> bytes = {'a',  ' ',  '\n', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                      0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  size_t invalid_seen = 0;
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    for (int k = static_cast<int>(rng() % 24); k >= 0; --k) {
      text.push_back(static_cast<char>(bytes[rng() % bytes.size()]));
    }
    size_t expected = icu_count(text);
    ASSERT_EQ(NormalizeText(text).invalid_sequences, expected) << testing::PrintToString(text);
    invalid_seen += expected;
  }
  EXPECT_GT(invalid_seen, 1000u);
}

}  // namespace
}  // namespace recoupe
