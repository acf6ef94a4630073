// Runs ExtractHtmlArticle over a folder of pages laid out like the public
// article-extraction benchmark (html/<id>.html.gz, ground-truth.json) and
// writes a prediction JSON for eval/score_extraction.py:
//   {"<id>": {"articleBody": ..., "title": ..., "published": ...}, ...}
// With --headline the headline paragraph is kept at the start of each body
// (the extractor's contract); by default it is dropped, because the benchmark's
// ground truth holds the body alone.
// A summary goes to stderr: how many pages gave a title, a publication date
// (and how many of those are ISO 8601), a canonical URL; and, as the
// benchmark has no dates, how many dates agree with the date in the
// ground-truth URL where it has one (/2019/11/19/).
#include <zlib.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/dates.h"
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
  nlohmann::json truth;
  {
    std::ifstream in(fs::path(dir) / "ground-truth.json");
    if (in) truth = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  }
  int pages = 0, titles = 0, dates = 0, iso_dates = 0, urls = 0, url_dated = 0, agree = 0;
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
    ++pages;
    titles += article.title.has_value();
    urls += article.canonical_url.has_value();
    if (article.published) {
      ++dates;
      iso_dates += recoupe::NormalizeIsoDate(*article.published).has_value();
    }
    if (truth.is_object() && truth.contains(id) && truth[id].contains("url") &&
        truth[id]["url"].is_string()) {
      if (auto expected = recoupe::DateFromUrl(truth[id]["url"].get<std::string>())) {
        ++url_dated;
        auto found =
            article.published ? recoupe::NormalizeIsoDate(*article.published) : std::nullopt;
        agree += found && found->substr(0, 10) == *expected;
      }
    }
  }
  if (ec) {
    std::cerr << "extract_html_eval: cannot read " << dir << ": " << ec.message() << "\n";
    return 2;
  }
  std::cerr << "pages " << pages << ", title " << titles << ", date " << dates << " (ISO "
            << iso_dates << "), url " << urls
            << "; dates agreeing with the ground-truth URL's: " << agree << "/" << url_dated
            << "\n";
  std::ofstream out(out_path);
  out << prediction.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return out ? 0 : 2;
}
