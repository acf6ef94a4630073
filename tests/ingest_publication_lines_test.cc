// Publication dates read from the top of a text dump: a date line under the
// title, a dateline naming region and country, and the rule that a date
// further down the text is history, not the publication date.
#include <gtest/gtest.h>

#include "ingest/metadata.h"

namespace recoupe {
namespace {

Document Resolved(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.offsets.Add(0, 0);
  ResolvePublicationDate(doc);
  return doc;
}

TEST(PublicationLinesTest, DateLineUnderTheTitleIsAHeader) {
  Document fr = Resolved(
      "Un titre\n\nPublié le 15/10/2022 à 09h12\n\nUne explosion a fait 22 morts vendredi.");
  EXPECT_EQ(fr.published, "2022-10-15");
  EXPECT_EQ(fr.published_from, PublishedFrom::kHeader);
  Document two = Resolved(
      "Un titre\n\nPublié le 5 juillet 2024 à 07h40 | Mis à jour le 5 juillet 2024 à 11h02\n\n"
      "Le bilan s'est alourdi.");
  EXPECT_EQ(two.published, "2024-07-05");
  Document en = Resolved("A headline\nUpdated: Oct. 16, 2022 at 5:02 p.m. GMT\n\nThe toll rose.");
  EXPECT_EQ(en.published, "2022-10-16");
}

TEST(PublicationLinesTest, DatelineWithRegionAndCountry) {
  Document doc = Resolved(
      "Floods in Brazil\n\nPORTO ALEGRE, Brazil, May 3, 2024 (Reuters) - Rains have killed 40.");
  EXPECT_EQ(doc.published, "2024-05-03");
  EXPECT_EQ(doc.published_from, PublishedFrom::kDateline);
}

TEST(PublicationLinesTest, DatesFurtherDownAreHistory) {
  std::string long_text = "A headline\n\n" + std::string(700, 'x') +
                          "\n\nHe was born on Tuesday, June 14, 1966, in Queens.";
  EXPECT_FALSE(Resolved(long_text).published.has_value());
  Document lead = Resolved("A headline\n\nWASHINGTON - On Tuesday, Dec. 1, 2015, the House voted.");
  EXPECT_EQ(lead.published, "2015-12-01");
  EXPECT_EQ(lead.published_from, PublishedFrom::kText);
  // A lead date with a later one further down: the article is newer than both.
  EXPECT_FALSE(Resolved("A headline\n\nOn Dec. 1, 2015, the House voted.\n\n" +
                        std::string(700, 'x') + "\n\nThe Senate followed on Jan. 12, 2016.")
                   .published.has_value());
}

}  // namespace
}  // namespace recoupe
