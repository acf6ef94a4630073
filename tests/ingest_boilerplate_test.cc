// Line-level chrome removal: what goes, what stays, and the records kept.
#include <gtest/gtest.h>

#include "ingest/boilerplate.h"

namespace recoupe {
namespace {

std::string Paragraph(const std::string& topic) {
  std::string s;
  for (int i = 0; i < 4; ++i)
    s += "Le conseil municipal a débattu de " + topic + " pendant des heures. ";
  return s;
}

TEST(IngestBoilerplate, TopAndTailChromeRemovedBodyKept) {
  std::string input = "Accueil > Monde > Europe\n\nLe conseil vote le budget\n\n12\n3\n\n" +
                      Paragraph("la voirie") + "\n\n" + Paragraph("l'école") +
                      "\n\nArticle suivant Un autre sujet sans rapport\n"
                      "Journaliste passionné, nous sélectionnons pour vous l'essentiel !";
  Document doc;
  doc.text = input;
  doc.offsets.Add(0, 0);
  RemoveBoilerplateLines(doc);
  ASSERT_EQ(doc.boilerplate.size(), 5u);
  EXPECT_EQ(doc.boilerplate[0].text, "Accueil > Monde > Europe");
  EXPECT_EQ(doc.boilerplate[1].text, "12");
  EXPECT_EQ(doc.boilerplate[2].text, "3");
  // Original offsets point at the removed text in the input.
  for (const auto& bp : doc.boilerplate) {
    EXPECT_EQ(input.substr(bp.start, bp.end - bp.start), bp.text);
  }
  EXPECT_EQ(doc.text.find("Accueil"), std::string::npos);
  EXPECT_EQ(doc.text.find("Article suivant"), std::string::npos);
  EXPECT_NE(doc.text.find("Le conseil vote le budget"), std::string::npos);
  EXPECT_NE(doc.text.find("la voirie"), std::string::npos);
  // A kept byte maps to the same byte in the input.
  size_t at = doc.text.find("l'école");
  EXPECT_EQ(input.substr(doc.offsets.ToOriginal(at), 8), "l'école");
}

TEST(IngestBoilerplate, ShareBarAboveTheArticleGoesHeadlineStays) {
  std::string input =
      "Partager sur Facebook Partager sur X 12 commentaires\n\nPartager les richesses, le "
      "grand débat\n\n" +
      Paragraph("la voirie") + "\n\n" + Paragraph("l'école") + "\n\n" + Paragraph("la dette") +
      "\n\n" + Paragraph("l'eau") + "\n\n" + Paragraph("les routes");
  Document doc;
  doc.text = input;
  doc.offsets.Add(0, 0);
  RemoveBoilerplateLines(doc);
  ASSERT_EQ(doc.boilerplate.size(), 1u);
  EXPECT_EQ(doc.boilerplate[0].text, "Partager sur Facebook Partager sur X 12 commentaires");
  EXPECT_NE(doc.text.find("Partager les richesses, le grand débat"), std::string::npos);
}

TEST(IngestBoilerplate, NumbersInsideTheBodyStay) {
  std::string input = "Titre\n\n" + Paragraph("la dette") + "\n\n2021\n\n" + Paragraph("l'eau") +
                      "\n\n" + Paragraph("les routes");
  Document doc;
  doc.text = input;
  doc.offsets.Add(0, 0);
  RemoveBoilerplateLines(doc);
  EXPECT_TRUE(doc.boilerplate.empty());
  EXPECT_EQ(doc.text, input);
}

TEST(IngestBoilerplate, BreadcrumbWithTruncatedHeadlineKeepsHeadline) {
  std::string input =
      "Accueil Actualités Monde Le conseil municipal adopte le budget de la...\n\n"
      "Le conseil municipal adopte le budget de la ville.\n\n" +
      Paragraph("la voirie");
  Document doc;
  doc.text = input;
  doc.offsets.Add(0, 0);
  RemoveBoilerplateLines(doc);
  ASSERT_EQ(doc.boilerplate.size(), 1u);
  EXPECT_EQ(doc.boilerplate[0].text, "Accueil Actualités Monde");
  EXPECT_EQ(doc.text.substr(0, 30), "Le conseil municipal adopte le");
}

}  // namespace
}  // namespace recoupe
