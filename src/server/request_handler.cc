#include "server/request_handler.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/phrases.h"
#include "core/version.h"
#include "ingest/input_walker.h"
#include "report/html_report.h"
#include "report/json_report.h"

namespace recoupe {
namespace {

HttpResponseData Error(int status, const std::string& message) {
  return {status, "application/json", nlohmann::json{{"error", message}}.dump() + "\n"};
}

std::string Param(const HttpRequestData& r, const std::string& key, const std::string& fallback) {
  auto it = r.params.find(key);
  return it == r.params.end() || it->second.empty() ? fallback : it->second;
}

// The body as one input named after the `name` parameter: the reader picks
// the format from the content, and from the extension when the content
// leaves it open.
RawInput BodyInput(const HttpRequestData& r) {
  RawInput input;
  input.source = Param(r, "name", "request");
  input.id = input.source;
  if (size_t dot = input.id.find('.'); dot != std::string::npos && dot > 0) input.id.resize(dot);
  input.bytes = r.body;
  return input;
}

}  // namespace

RequestHandler::RequestHandler(ServerOptions options)
    : options_(std::move(options)), analyzer_(options_.report_language) {}

HttpResponseData RequestHandler::Handle(const HttpRequestData& r) const {
  const bool get = r.method == "GET", post = r.method == "POST";
  if (r.path == "/health") {
    if (!get) return Error(405, "Use GET for /health.");
    return {200, "application/json",
            nlohmann::json{{"status", "ok"}, {"version", kVersion}}.dump() + "\n"};
  }
  if (r.path != "/analyze" && r.path != "/extract") {
    return Error(404, "Unknown path " + r.path + ": use /analyze, /extract or /health.");
  }
  if (!post) return Error(405, "Use POST with the articles as the body.");
  if (r.body.empty()) return Error(400, "The request body is empty: send the articles in it.");
  if (r.body.size() > options_.max_body_bytes) {
    return Error(413, "The body is over the limit of " + std::to_string(options_.max_body_bytes) +
                          " bytes.");
  }
  std::lock_guard<std::mutex> lock(busy_);
  return r.path == "/analyze" ? Analyze(r) : Extract(r);
}

HttpResponseData RequestHandler::Analyze(const HttpRequestData& r) const {
  std::vector<AnalyzedDocument> docs;
  ReadDocuments(BodyInput(r), options_.read,
                [&](Document&& doc) { docs.push_back(analyzer_.Prepare(std::move(doc))); });
  Analysis analysis = analyzer_.CrossCheck(std::move(docs));
  std::ostringstream out;
  if (Param(r, "format", "json") == "html") {
    WriteHtmlReport(analysis, Phrases::Load(options_.report_language), out);
    return {200, "text/html; charset=utf-8", out.str()};
  }
  WriteJsonReport(analysis, {Param(r, "with_text", "0") == "1"}, out);
  return {200, "application/json", out.str()};
}

HttpResponseData RequestHandler::Extract(const HttpRequestData& r) const {
  std::ostringstream out;
  ReadDocuments(BodyInput(r), options_.read, [&](Document&& doc) {
    WriteDocumentFactsLine(analyzer_.Prepare(std::move(doc)), out);
  });
  return {200, "application/x-ndjson", out.str()};
}

}  // namespace recoupe
