// Debug helper: prints what ExtractHtmlArticle finds in one HTML file
// (metadata lines, then the article text). RECOUPE_HTML_DEBUG=1 adds the top
// scoring candidates on stderr.
#include <fstream>
#include <iostream>

#include "ingest/html_extractor.h"
int main(int, char** argv) {
  std::ifstream in(argv[1], std::ios::binary);
  std::string h((std::istreambuf_iterator<char>(in)), {});
  auto a = recoupe::ExtractHtmlArticle(h);
  std::cout << "TITLE " << a.title.value_or("-") << "\nDATE " << a.published.value_or("-")
            << "\nLANG " << a.language.value_or("-") << "\nSITE " << a.site_name.value_or("-")
            << "\nURL " << a.canonical_url.value_or("-") << "\n"
            << a.text << "\n";
}
