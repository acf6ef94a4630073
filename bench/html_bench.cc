// Throughput of ExtractHtmlArticle (parse + metadata + main content) over the
// public scrapinghub pages; skipped when the shared corpus is absent.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/html_extractor.h"

namespace {

std::vector<std::string> LoadPages() {
  std::vector<std::string> pages;
  std::error_code ec;
  // $RECOUPE_SHARED_DIR, else the shared/ folder beside the source tree.
  const char* env = std::getenv("RECOUPE_SHARED_DIR");
  std::filesystem::path shared =
      env != nullptr
          ? std::filesystem::path(env)
          : std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "shared";
  const std::filesystem::path dir = shared / "corpus" / "html" / "scrapinghub" / "html";
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (!entry.path().string().ends_with(".html.gz")) continue;
    gzFile f = gzopen(entry.path().c_str(), "rb");
    if (f == nullptr) continue;
    std::string page;
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) page.append(buf, n);
    gzclose(f);
    pages.push_back(std::move(page));
  }
  return pages;
}

void BM_ExtractHtmlArticle(benchmark::State& state) {
  static const std::vector<std::string> pages = LoadPages();
  if (pages.empty()) {
    state.SkipWithError("shared scrapinghub corpus absent");
    return;
  }
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& page : pages) {
      recoupe::HtmlArticle article = recoupe::ExtractHtmlArticle(page);
      benchmark::DoNotOptimize(article.text.data());
      bytes += page.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ExtractHtmlArticle)->Unit(benchmark::kMillisecond);

}  // namespace
