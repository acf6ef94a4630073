// Each rejected JSONL line says in one sentence what is wrong with it.
#include <gtest/gtest.h>

#include "ingest/jsonl_reader.h"

namespace recoupe {
namespace {

std::vector<std::string> Errors(const std::string& jsonl) {
  std::vector<std::string> errors;
  ReadJsonlArticles(jsonl, [&](JsonlArticle&& a) { errors.push_back(a.error); });
  return errors;
}

TEST(JsonlReasonsTest, MissingEmptyAndBrokenBodiesAreToldApart) {
  auto errors = Errors(
      "{\"id\": \"a\", \"text\": \"Un article.\"}\n"
      "{\"id\": \"b\", \"title\": \"Sans corps\"}\n"
      "{\"id\": \"c\", \"text\": \"\"}\n"
      "{\"id\": \"d\", \"text\": \"coupé\n");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "The JSON line has no text, html, content or body field.");
  EXPECT_EQ(errors[2], "The JSON line's text field is empty.");
  EXPECT_EQ(errors[3], "The line is not a valid JSON object.");
}

}  // namespace
}  // namespace recoupe
