// The HTTP API of `recoupe serve`, apart from any socket: a request (method,
// path, query parameters, body) becomes a response (status, content type,
// body). Routes:
//   GET  /health          {"status":"ok","version":...}
//   POST /analyze         the body is one input as `recoupe analyze` reads a
//                         file (text, HTML, JSONL with one article per line,
//                         WARC, gzip); the reply is the JSON report
//                         (schema recoupe.report/1). Query: with_text=1 adds
//                         each document's cleaned text; format=html returns
//                         the HTML page instead; name=FILE names the input
//                         (its extension helps choose the format).
//   POST /extract         same body; the reply is one JSON line per document
//                         with its facts, as `recoupe extract` prints.
// Errors are JSON objects {"error": "..."} with 400 (empty body), 404, 405
// or 413 (body over the limit). Requests are served one at a time: the
// analysis itself uses the cores of the machine, not the server.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "pipeline/analyzer.h"

namespace recoupe {

struct HttpRequestData {
  std::string method;  // "GET", "POST"...
  std::string path;    // "/analyze"
  std::map<std::string, std::string> params;
  std::string body;
};

struct HttpResponseData {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

struct ServerOptions {
  std::string report_language = "fr";
  uint64_t max_body_bytes = 64ull << 20;
  ReadOptions read;
};

class RequestHandler {
 public:
  explicit RequestHandler(ServerOptions options = {});

  // Thread-safe: requests that analyse are serialised.
  HttpResponseData Handle(const HttpRequestData& request) const;

  const ServerOptions& options() const { return options_; }

 private:
  HttpResponseData Analyze(const HttpRequestData& request) const;
  HttpResponseData Extract(const HttpRequestData& request) const;

  ServerOptions options_;
  Analyzer analyzer_;
  mutable std::mutex busy_;
};

}  // namespace recoupe
