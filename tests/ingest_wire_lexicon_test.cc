// Wire agencies found through the lexicons (data/agencies.tsv,
// data/<lang>/wire_cues.tsv): an agency the speaker told, national agencies
// beyond the big four.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/metadata.h"

namespace recoupe {
namespace {

std::vector<std::string> Wires(const std::string& text, const std::string& lang) {
  Document doc;
  doc.text = text;
  doc.language = lang;
  doc.offsets.Add(0, 0);
  DetectWireSources(doc);
  return doc.wire_sources;
}

TEST(WireLexiconTest, TheAgencyASpeakerToldIsASource) {
  EXPECT_EQ(Wires("« Le bateau était surchargé », a expliqué à l'AFP le responsable.", "fr"),
            std::vector<std::string>{"AFP"});
  EXPECT_EQ(Wires("Le ministre a raconté à Reuters comment le navire avait chaviré.", "fr"),
            std::vector<std::string>{"Reuters"});
}

TEST(WireLexiconTest, NationalAgencies) {
  EXPECT_EQ(Wires("Interrogé par l'agence Antara, un survivant a raconté la nuit.", "fr"),
            std::vector<std::string>{"Antara"});
  EXPECT_EQ(Wires("The blast killed three people, the Saudi Press Agency reported.", "en"),
            std::vector<std::string>{"SPA"});
  // A bare acronym that is also a common word elsewhere is only listed by its full name.
  EXPECT_TRUE(Wires("The MAP of the region was reported lost.", "en").empty());
}

TEST(WireLexiconTest, HouseSignatureNamesItsAgency) {
  EXPECT_EQ(Wires("The House voted on Tuesday.\n\n(Reporting by Valerie Volcovici; Editing by "
                  "Will Dunham.)",
                  "en"),
            std::vector<std::string>{"Reuters"});
  EXPECT_TRUE(Wires("Editing a newspaper by hand is slow.", "en").empty());
}

}  // namespace
}  // namespace recoupe
