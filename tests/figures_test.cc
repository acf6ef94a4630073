#include "extract/figures.h"

#include <gtest/gtest.h>

namespace recoupe {
namespace {

class FigureExtractorTest : public ::testing::Test {
 protected:
  std::vector<Figure> Run(const std::string& text, const std::string& lang = "fr") {
    doc_.text = text;
    doc_.language = lang;
    return extractor_.Extract(doc_, TextLayout{}, {});
  }
  // The single figure found in `text` (fails when there is not exactly one).
  Figure One(const std::string& text, const std::string& lang = "fr") {
    auto all = Run(text, lang);
    EXPECT_EQ(all.size(), 1u) << text;
    return all.empty() ? Figure{} : all[0];
  }
  FigureExtractor extractor_;
  Document doc_;
};

TEST_F(FigureExtractorTest, NumberAndCountedNoun) {
  Figure f = One("Selon M. Tokaev, ces 2 030 soldats doivent quitter le pays.");
  EXPECT_EQ(f.value, 2030);
  EXPECT_EQ(f.category, "troops");
  EXPECT_EQ(f.qualifier, Qualifier::kExact);
  EXPECT_EQ(f.text, "2 030 soldats");
  EXPECT_EQ(One("Ils ont saisi 250 pièces de matériel militaire.").category, "vehicles");
  EXPECT_EQ(One("Les chars : 40 blindés détruits.").category, "vehicles");
  EXPECT_EQ(One("Il y a eu 300 arrestations.").category, "arrested");
}

TEST_F(FigureExtractorTest, ALoneArticleBeforeASingularFateNounIsOne) {
  auto both = Run("L'explosion a fait un mort et trois blessés mardi.");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].value, 1);
  EXPECT_EQ(both[0].category, "killed");
  EXPECT_EQ(both[0].text, "un mort");
  EXPECT_EQ(both[1].value, 3);
  EXPECT_EQ(both[1].category, "injured");
  Figure least = One("Le bilan provisoire fait état d'au moins une blessée.");
  EXPECT_EQ(least.value, 1);
  EXPECT_EQ(least.category, "injured");
  EXPECT_EQ(least.qualifier, Qualifier::kAtLeast);
  // Before any other noun the article is an article.
  EXPECT_TRUE(Run("Un habitant a vu un policier et un pompier.").empty());
}

TEST_F(FigureExtractorTest, ALoneArticleCountsAPersonWithAFate) {
  Figure injured = One("Un pompier a également été blessé.");
  EXPECT_EQ(injured.value, 1);
  EXPECT_EQ(injured.category, "injured");
  EXPECT_EQ(One("La police a interpellé un homme.").category, "arrested");
  auto en = Run("A police officer was killed and a man was arrested.", "en");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_EQ(en[0].category, "killed");
  EXPECT_EQ(en[1].category, "arrested");
  // With no fate, a person is no count.
  EXPECT_TRUE(Run("Un habitant a raconté la scène.").empty());
  EXPECT_TRUE(Run("A resident said the blast was loud.", "en").empty());
}

TEST_F(FigureExtractorTest, PersonNounWithParticiple) {
  Figure f = One("Le calme revient après que près de 8 000 personnes ont été arrêtées.");
  EXPECT_EQ(f.category, "arrested");
  EXPECT_EQ(f.qualifier, Qualifier::kApprox);
  EXPECT_EQ(f.text, "près de 8 000 personnes ont été arrêtées");
  Figure en = One("At least 20 people were killed in the clashes.", "en");
  EXPECT_EQ(en.category, "killed");
  EXPECT_EQ(en.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("La police a interpellé 50 personnes.").category, "arrested");
  EXPECT_EQ(One("Troops killed more than 30 civilians.", "en").category, "killed");
}

TEST_F(FigureExtractorTest, GroupsAndInheritedGroup) {
  auto all =
      Run("Il a annoncé que 16 membres des forces de sécurité avaient été tués et plus de 1 600 "
          "autres blessés.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].category, "killed");
  EXPECT_EQ(all[0].group, "security_forces");
  EXPECT_EQ(all[0].text, "16 membres des forces de sécurité avaient été tués");
  EXPECT_EQ(all[1].category, "injured");
  EXPECT_EQ(all[1].value, 1600);
  EXPECT_EQ(all[1].qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(all[1].group, "security_forces");

  auto two =
      Run("La crise a fait dix-huit tués chez les forces de l'ordre et 700 blessés parmi les "
          "manifestants.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].value, 18);
  EXPECT_EQ(two[0].group, "security_forces");
  EXPECT_EQ(two[1].group, "protesters");
  EXPECT_EQ(One("Some 40 police officers were injured.", "en").group, "security_forces");
}

TEST_F(FigureExtractorTest, Qualifiers) {
  EXPECT_EQ(One("au moins un millier de blessés").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("plus d'un millier de blessés").qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("plus d’un millier de blessés").value, 1000);
  EXPECT_EQ(One("un millier de blessés").qualifier, Qualifier::kApprox);
  EXPECT_EQ(One("jusqu'à 500 soldats").qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("moins de 10 morts").qualifier, Qualifier::kLessThan);
  EXPECT_EQ(One("environ 2.000 arrestations").qualifier, Qualifier::kApprox);
  EXPECT_EQ(One("more than 2,000 troops", "en").qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("up to 300 arrests", "en").qualifier, Qualifier::kAtMost);
  Figure range = One("entre 10 et 20 morts");
  EXPECT_EQ(range.value, 10);
  EXPECT_EQ(range.value_max, 20);
  EXPECT_EQ(range.text, "entre 10 et 20 morts");
  EXPECT_EQ(One("between 5 and 8 people were arrested", "en").value_max, 8);
}

TEST_F(FigureExtractorTest, VagueAmounts) {
  Figure f = One("Cette crise a fait des dizaines de morts.");
  EXPECT_FALSE(f.value.has_value());
  EXPECT_EQ(f.qualifier, Qualifier::kVague);
  EXPECT_EQ(f.category, "killed");
  EXPECT_EQ(One("Des dizaines de personnes auraient été tuées.").category, "killed");
  EXPECT_EQ(One("Plusieurs véhicules blindés sont entrés.").category, "vehicles");
  EXPECT_EQ(One("Hundreds of protesters gathered.", "en").category, "protesters");
}

TEST_F(FigureExtractorTest, NotCounts) {
  for (const char* text :
       {"l'ancien président Nazarbayev, 81 ans, a dirigé le pays de 1989 à 2019.",
        "Partageant 6.846 km de frontières communes avec le pays.",
        "20% de la population est d'origine russe.", "la pire violence des 30 ans d'histoire",
        "En à peine trois jours, la crise a éclaté.", "Un budget de 500 millions d'euros.",
        "le 6 janvier 2022 à 10h30", "27", "He was 81 years old and paid $300."}) {
    EXPECT_TRUE(Run(text).empty()) << text;
  }
}

TEST_F(FigureExtractorTest, PlaceAndSource) {
  Figure f =
      One("Les affrontements, d'après les autorités qui ont procédé à environ 2.000 arrestations à "
          "Almaty.");
  EXPECT_EQ(f.place, "Almaty");
  ASSERT_TRUE(f.place_span.has_value());
  EXPECT_EQ(doc_.Slice(*f.place_span), "Almaty");
  EXPECT_EQ(f.attributed_to, "les autorités");
  Figure g = One(
      "Plus de 8 000 arrestations ont été effectuées, selon le ministère kazakh de l'Intérieur.");
  EXPECT_EQ(g.attributed_to, "le ministère kazakh de l'Intérieur");
  EXPECT_EQ(One("At least 12 people were killed in Almaty, according to the health ministry.", "en")
                .attributed_to,
            "the health ministry");
}

TEST_F(FigureExtractorTest, DeathTollWithoutCountedNoun) {
  Figure f = One("The death toll rose to 225, officials said.", "en");
  EXPECT_EQ(f.value, 225);
  EXPECT_EQ(f.category, "killed");
  EXPECT_EQ(One("Le bilan s'élève désormais à 40.").category, "killed");
  EXPECT_TRUE(Run("Le bilan humain depuis 1991, reste inconnu.").empty());
  EXPECT_TRUE(Run("Le bilan de 12 mois de travaux.").empty());
}

TEST_F(FigureExtractorTest, UnknownLanguageUsesAllLexicons) {
  doc_.text = "Au moins 12 morts et 40 people injured.";
  doc_.language.reset();
  auto all = extractor_.Extract(doc_, TextLayout{}, {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].category, "killed");
  EXPECT_EQ(all[1].category, "injured");
}

}  // namespace
}  // namespace recoupe

namespace recoupe {
namespace {

TEST_F(FigureExtractorTest, OthersOfTheSameGroupTakeTheirParticiplesCategory) {
  auto all =
      Run("Au moins 5 300 personnes ont péri et quelque 10 000 autres sont portées disparues.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, 10000);
  EXPECT_EQ(all[1].category, "missing");
  EXPECT_EQ(all[1].qualifier, Qualifier::kApprox);
  EXPECT_EQ(all[1].text, "quelque 10 000 autres sont portées disparues");
  EXPECT_EQ(Run("Il en reste 10 000 autres à la maison.").size(), 0u);  // no participle: no count
}

}  // namespace
}  // namespace recoupe

namespace recoupe {
namespace {

TEST_F(FigureExtractorTest, VagueAmountsOfVagueAmounts) {
  Figure f = One("Tens of thousands of protesters marched.", "en");
  EXPECT_FALSE(f.value.has_value());
  EXPECT_EQ(f.text, "Tens of thousands of protesters marched");
  f = One("Des dizaines de milliers de manifestants ont défilé.");
  EXPECT_EQ(f.text, "dizaines de milliers de manifestants ont défilé");
  EXPECT_EQ(f.category, "protesters");
  // A vague count of nothing in particular is not a figure.
  EXPECT_TRUE(Run("De nombreux habitants sont venus.").empty());
}

// "killed 23 people and wounded dozens": the verb before a count with no
// noun after it says what it counts.
TEST_F(FigureExtractorTest, ACountWithoutNounAfterAnActiveVerb) {
  auto all = Run("Gunmen killed at least 23 people and wounded dozens in an attack.", "en");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].category, "injured");
  EXPECT_EQ(all[1].qualifier, Qualifier::kVague);
  EXPECT_EQ(all[1].text, "dozens");
  // A year after the verb is no count.
  EXPECT_TRUE(Run("Troops killed in 2019, the report said.", "en").empty());
}

// An aside after a count with a fate is part of that count: ", dont trois
// grièvement", ", including 15 police officers".
TEST_F(FigureExtractorTest, AnAsideAfterTheCountSharesItsFate) {
  auto all = Run("Une vingtaine de personnes ont été blessées, dont trois grièvement.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, 3);
  EXPECT_EQ(all[1].category, "injured");
  all = Run("At least 40 people were injured, including 15 police officers.", "en");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].category, "injured");
  EXPECT_EQ(all[1].group, "security_forces");
}

// "Nearly two dozen journalists were among them": the count before's fate.
TEST_F(FigureExtractorTest, ACountPointingBackSharesTheFate) {
  auto all =
      Run("More than 500 people have been detained. Nearly two dozen journalists were among them.",
          "en");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, 24);
  EXPECT_EQ(all[1].category, "arrested");
  EXPECT_EQ(all[1].group, "journalists");
  all = Run("Plus de 500 personnes ont été arrêtées. Deux journalistes figurent parmi eux.");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].category, "arrested");
}

TEST_F(FigureExtractorTest, ATollFarBeforeItsNumberAndCountsOfOthers) {
  Figure f =
      One("The death toll from the collapse of an underground copper mine in northern Zambia rose "
          "to 14 on Friday.",
          "en");
  EXPECT_EQ(f.value, 14);
  EXPECT_EQ(f.category, "killed");
  auto all = Run("He drove into the crowd, killing three people and injuring 11 others.", "en");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].value, 11);
  EXPECT_EQ(all[1].category, "injured");
}

TEST_F(FigureExtractorTest, CoordinatedCountedNounsShareTheParticiple) {
  Figure f = One("Une centaine de policiers et de gendarmes ont été déployés dans le quartier.");
  EXPECT_EQ(f.category, "troops");
  EXPECT_EQ(f.group, "security_forces");
}

// "dozens were missing": the participle after the count's auxiliary.
TEST_F(FigureExtractorTest, ACountWithoutNounBeforeAuxiliaryAndParticiple) {
  auto all = Run("At least 17 people died and dozens were missing after the ferry sank.", "en");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].category, "missing");
  EXPECT_EQ(all[1].qualifier, Qualifier::kVague);
  Figure f = One("Selon la police, 17 ont été tués.");
  EXPECT_EQ(f.category, "killed");
  // An active verb says what the count did, not what befell it; a year is
  // no count; a noun that is no person blocks it.
  EXPECT_TRUE(Run("Trois ont tué deux policiers.").size() <= 1u);
  EXPECT_TRUE(Run("En 2014 sont morts des milliers de gens.").size() <= 1u);
  EXPECT_TRUE(Run("Un garçon de 14 ans a été tué.").empty());
}

TEST_F(FigureExtractorTest, AModifierBeforeTheCountedNounAndJoinedObjects) {
  Figure f = One("At least 1,100 garment workers had died in factory fires.", "en");
  EXPECT_EQ(f.value, 1100);
  EXPECT_EQ(f.category, "killed");
  auto all = Run("Police had detained the factory manager and two security guards.", "en");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].value, 2);
  EXPECT_EQ(all[0].category, "arrested");
  // No modifier is skipped before a word that is no counted person.
  EXPECT_TRUE(Run("Un garçon de 14 ans a été tué.").empty());
}

}  // namespace
}  // namespace recoupe
