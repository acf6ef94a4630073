#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "server/request_handler.h"

namespace recoupe {
namespace {

const char kArticle[] =
    "Séisme au large du Chili\n\nSANTIAGO, 3 mars 2024 (AFP) - Un séisme a fait au moins 12 morts "
    "dimanche, a annoncé le ministère de l'Intérieur.\n";

HttpRequestData Post(std::string path, std::string body) {
  return {"POST", std::move(path), {}, std::move(body)};
}

TEST(RequestHandlerTest, AnalyzeReturnsTheReport) {
  static const RequestHandler handler;
  HttpRequestData request = Post("/analyze", kArticle);
  request.params["name"] = "chili.txt";
  HttpResponseData response = handler.Handle(request);
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "application/json");
  auto report = nlohmann::json::parse(response.body);
  ASSERT_EQ(report["documents"].size(), 1u);
  EXPECT_EQ(report["documents"][0]["id"], "chili");
  EXPECT_EQ(report["documents"][0]["published"], "2024-03-03");
  ASSERT_EQ(report["stories"].size(), 1u);
  EXPECT_FALSE(report["stories"][0]["figures"].empty());
  EXPECT_FALSE(report["documents"][0].contains("text"));
  request.params["with_text"] = "1";
  EXPECT_TRUE(nlohmann::json::parse(handler.Handle(request).body)["documents"][0].contains("text"));
}

TEST(RequestHandlerTest, ExtractReturnsOneLinePerDocument) {
  static const RequestHandler handler;
  HttpRequestData request =
      Post("/extract", "{\"id\": \"a\", \"text\": \"Trois blessés à Lyon.\"}\nnot json\n");
  request.params["name"] = "feed.jsonl";
  HttpResponseData response = handler.Handle(request);
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "application/x-ndjson");
  std::istringstream lines(response.body);
  std::string line;
  std::vector<nlohmann::json> docs;
  while (std::getline(lines, line)) docs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["id"], "a");
  EXPECT_EQ(docs[1]["status"], "rejected");
}

TEST(RequestHandlerTest, BadRequestsGetAStatusAndASentence) {
  ServerOptions options;
  options.max_body_bytes = 16;
  const RequestHandler handler(options);
  EXPECT_EQ(handler.Handle({"GET", "/health", {}, ""}).status, 200);
  EXPECT_EQ(handler.Handle({"POST", "/health", {}, "x"}).status, 405);
  EXPECT_EQ(handler.Handle({"GET", "/analyze", {}, ""}).status, 405);
  EXPECT_EQ(handler.Handle(Post("/analyze", "")).status, 400);
  EXPECT_EQ(handler.Handle(Post("/nowhere", "x")).status, 404);
  HttpResponseData big = handler.Handle(Post("/analyze", std::string(17, 'x')));
  EXPECT_EQ(big.status, 413);
  EXPECT_NE(nlohmann::json::parse(big.body)["error"].get<std::string>().find("16 bytes"),
            std::string::npos);
}

}  // namespace
}  // namespace recoupe
