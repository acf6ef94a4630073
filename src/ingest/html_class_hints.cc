#include "ingest/html_class_hints.h"

#include <cctype>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/data_files.h"

namespace recoupe::html {
namespace {

struct Hint {
  std::string token;
  double weight = 0;
  enum Match { kToken, kPrefix, kSubstr } match = kSubstr;
  bool drop = false;
};

const std::vector<Hint>& BoilerplateHints() {
  static const std::vector<Hint> hints = [] {
    std::vector<Hint> out;
    try {
      for (const auto& row : ReadTsv(DataPath("html_boilerplate_hints.tsv"))) {
        if (row.size() < 4 || row[0].empty()) continue;
        Hint h;
        h.token = row[0];
        h.weight = std::atof(row[1].c_str());
        h.match = row[2] == "token"    ? Hint::kToken
                  : row[2] == "prefix" ? Hint::kPrefix
                                       : Hint::kSubstr;
        h.drop = row[3] == "drop";
        out.push_back(std::move(h));
      }
    } catch (const std::exception&) {
      // Without hints the extractor still works on text statistics alone.
    }
    return out;
  }();
  return hints;
}

}  // namespace

ClassVerdict JudgeClassAndId(const std::string& class_id) {
  ClassVerdict verdict;
  if (class_id.size() <= 1) return verdict;
  // Split into words on anything that is not a letter or digit.
  std::vector<std::string_view> words;
  size_t start = std::string::npos;
  for (size_t i = 0; i <= class_id.size(); ++i) {
    bool alnum = i < class_id.size() && std::isalnum(static_cast<unsigned char>(class_id[i]));
    if (alnum && start == std::string::npos) start = i;
    if (!alnum && start != std::string::npos) {
      words.emplace_back(class_id.data() + start, i - start);
      start = std::string::npos;
    }
  }
  for (const Hint& h : BoilerplateHints()) {
    bool hit = false;
    if (h.match == Hint::kSubstr) {
      hit = class_id.find(h.token) != std::string::npos;
    } else {
      for (std::string_view w : words) {
        if (h.match == Hint::kToken ? w == h.token : w.starts_with(h.token)) {
          hit = true;
          break;
        }
      }
    }
    if (!hit) continue;
    verdict.weight += h.weight;
    verdict.drop = verdict.drop || h.drop;
  }
  return verdict;
}

}  // namespace recoupe::html
