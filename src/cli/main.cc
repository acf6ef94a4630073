// The `recoupe` command: a thin front end over librecoupe.
//
// Exit codes: 0 success (some inputs may be listed as rejected), 1 the run
// failed (unwritable output, missing data files), 2 bad command line,
// 3 every input was rejected.
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

#include "cli/progress.h"
#include "core/version.h"
#include "pipeline/analyzer.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "server/http_server.h"

namespace {

using namespace recoupe;

int RunAnalyze(const std::vector<std::string>& paths, const std::string& json_path,
               const std::string& html_path, bool with_text, const std::string& report_language,
               const ReadOptions& read) {
  Analyzer analyzer(report_language);
  AnalyzeOptions options;
  options.read = read;
  ProgressBar progress;
  options.on_progress = [&](uint64_t bytes, size_t docs) { progress.Update(bytes, docs); };
  Analysis analysis = analyzer.CrossCheck(analyzer.ReadAll(paths, options));

  if (!json_path.empty()) {
    std::ofstream out(json_path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + json_path);
    WriteJsonReport(analysis, {with_text}, out);
    if (!out) throw std::runtime_error("cannot write " + json_path);
  }
  if (!html_path.empty()) {
    std::ofstream out(html_path, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + html_path);
    WriteHtmlReport(analysis, Phrases::Load(report_language), out);
  }
  size_t ok = 0, rejected = 0;
  for (const AnalyzedDocument& d : analysis.documents) (d.doc.ok() ? ok : rejected)++;
  std::cout << ok << " documents analysed, " << rejected << " rejected, " << analysis.stories.size()
            << " stories, " << analysis.near_duplicates.size() << " near-duplicate pairs\n";
  for (const AnalyzedDocument& d : analysis.documents) {
    if (!d.doc.ok()) std::cout << "  rejected " << d.doc.source << ": " << d.doc.error << "\n";
  }
  if (!json_path.empty()) std::cout << "report: " << json_path << "\n";
  if (!html_path.empty()) std::cout << "page: " << html_path << "\n";
  return ok == 0 && rejected > 0 ? 3 : 0;
}

int RunExtract(const std::vector<std::string>& paths, const ReadOptions& read) {
  Analyzer analyzer;
  AnalyzeOptions options;
  options.read = read;
  bool any_ok = false, any = false;
  WalkInputs(paths, options.walk, [&](RawInput&& input) {
    ReadDocuments(input, options.read, [&](Document&& doc) {
      AnalyzedDocument ad = analyzer.Prepare(std::move(doc));
      any = true;
      any_ok |= ad.doc.ok();
      WriteDocumentFactsLine(ad, std::cout);
    });
  });
  return any && !any_ok ? 3 : 0;
}

int RunServe(const std::string& host, int port, const ServerOptions& options) {
  RequestHandler handler(options);
  bool ok = ServeHttp(host, port, handler, [&](int bound) {
    std::cout << "recoupe: listening on http://" << host << ":" << bound
              << " (POST /analyze, POST /extract, GET /health)" << std::endl;
  });
  if (!ok) {
    std::cerr << "recoupe: cannot listen on " << host << ":" << port << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"recoupe: cross-check news coverage across sources"};
  app.set_version_flag("--version", std::string("recoupe ") + recoupe::kVersion);
  app.require_subcommand(1);

  recoupe::ReadOptions read;
  std::vector<std::string> paths;
  std::string json_path, html_path, report_language = "fr";
  bool with_text = false;

  CLI::App* analyze =
      app.add_subcommand("analyze", "Analyse articles and write the cross-check report");
  analyze->add_option("paths", paths, "Files, folders or - for stdin")->required();
  analyze->add_option("--json", json_path, "Write the JSON report (schema recoupe.report/1) here");
  analyze->add_option("--html", html_path, "Write a self-contained HTML page here");
  analyze->add_flag("--with-text", with_text, "Include each document's cleaned text in the report");
  analyze
      ->add_option("--report-language", report_language,
                   "Language of the page's headings and of comparison notes (fr, en)")
      ->capture_default_str();
  analyze->add_option("--max-document-bytes", read.max_document_bytes,
                      "Reject documents larger than this");

  CLI::App* extract = app.add_subcommand("extract", "Print per-document facts as JSON lines");
  extract->add_option("paths", paths, "Files, folders or - for stdin")->required();
  extract->add_option("--max-document-bytes", read.max_document_bytes,
                      "Reject documents larger than this");

  recoupe::ServerOptions serve_options;
  std::string host = "127.0.0.1";
  int port = 8080;
  CLI::App* serve = app.add_subcommand("serve", "Answer analyses over HTTP (see README)");
  serve->add_option("--host", host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", port, "Port (0: any free port, printed)")->capture_default_str();
  serve
      ->add_option("--max-body-bytes", serve_options.max_body_bytes,
                   "Answer 413 to larger request bodies")
      ->capture_default_str();
  serve
      ->add_option("--report-language", serve_options.report_language,
                   "Language of comparison notes and of the HTML page (fr, en)")
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    if (analyze->parsed())
      return RunAnalyze(paths, json_path, html_path, with_text, report_language, read);
    if (extract->parsed()) return RunExtract(paths, read);
    if (serve->parsed()) return RunServe(host, port, serve_options);
  } catch (const std::exception& e) {
    std::cerr << "recoupe: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
