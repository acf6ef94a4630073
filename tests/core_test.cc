#include <gtest/gtest.h>

#include "core/document.h"

namespace recoupe {
namespace {

TEST(OffsetMapTest, MapsLinearlyFromPrecedingAnchor) {
  OffsetMap map;
  map.Add(0, 10);   // 10 bytes of header removed before the text
  map.Add(50, 80);  // 20 more bytes removed after clean offset 50
  EXPECT_EQ(map.ToOriginal(0), 10u);
  EXPECT_EQ(map.ToOriginal(49), 59u);
  EXPECT_EQ(map.ToOriginal(50), 80u);
  EXPECT_EQ(map.ToOriginal(60), 90u);
}

TEST(DocumentTest, RejectKeepsReasonAndDropsText) {
  Document doc;
  doc.text = "abc";
  Reject(doc, "The file is empty.");
  EXPECT_FALSE(doc.ok());
  EXPECT_EQ(doc.error, "The file is empty.");
  EXPECT_TRUE(doc.text.empty());
}

}  // namespace
}  // namespace recoupe
