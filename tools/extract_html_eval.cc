// Runs ExtractHtmlArticle over a folder of pages laid out like the public
// article-extraction benchmark (html/<id>.html.gz, ground-truth.json) and
// writes a prediction JSON for eval/score_extraction.py:
//   {"<id>": {"articleBody": ..., "title": ..., "published": ...}, ...}
// With --headline the headline paragraph is kept at the start of each body
// (the extractor's contract); by default it is dropped, because the benchmark's
// ground truth holds the body alone.
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/html_extractor.h"

namespace {

std::string ReadGzip(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Extract article bodies from a folder of HTML pages"};
  std::string dir, out_path;
  bool headline = false;
  app.add_option("dir", dir, "folder with html/*.html.gz")->required();
  app.add_option("-o,--output", out_path, "prediction JSON")->required();
  app.add_flag("--headline", headline, "keep the headline paragraph");
  CLI11_PARSE(app, argc, argv);

  namespace fs = std::filesystem;
  nlohmann::json prediction = nlohmann::json::object();
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(fs::path(dir) / "html", ec)) {
    std::string name = entry.path().filename().string();
    std::string id;
    std::string html;
    if (name.ends_with(".html.gz")) {
      id = name.substr(0, name.size() - 8);
      html = ReadGzip(entry.path().string());
    } else if (name.ends_with(".html")) {
      id = name.substr(0, name.size() - 5);
      std::ifstream in(entry.path(), std::ios::binary);
      html.assign(std::istreambuf_iterator<char>(in), {});
    } else {
      continue;
    }
    recoupe::HtmlArticle article = recoupe::ExtractHtmlArticle(html);
    std::string body = article.text;
    if (!headline && article.title) {
      size_t end = body.find("\n\n");
      if (body.substr(0, end) == *article.title)
        body = end == std::string::npos ? "" : body.substr(end + 2);
    }
    nlohmann::json row = {{"articleBody", body}};
    if (article.title) row["title"] = *article.title;
    if (article.published) row["published"] = *article.published;
    if (article.canonical_url) row["url"] = *article.canonical_url;
    if (article.language) row["language"] = *article.language;
    prediction[id] = std::move(row);
  }
  if (ec) {
    std::cerr << "extract_html_eval: cannot read " << dir << ": " << ec.message() << "\n";
    return 2;
  }
  std::ofstream out(out_path);
  out << prediction.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return out ? 0 : 2;
}
