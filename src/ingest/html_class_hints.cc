#include "ingest/html_class_hints.h"

#include <cctype>
#include <cstdint>
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

struct Hints {
  std::vector<Hint> all;  // in file order, which is the order weights are summed in
  // Substring hints by their first byte: one pass over a class list finds
  // them all, instead of one search per hint.
  std::vector<uint16_t> substr_by_first_byte[256];
};

const Hints& BoilerplateHints() {
  static const Hints hints = [] {
    Hints out;
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
        if (h.match == Hint::kSubstr) {
          out.substr_by_first_byte[static_cast<unsigned char>(h.token[0])].push_back(
              static_cast<uint16_t>(out.all.size()));
        }
        out.all.push_back(std::move(h));
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
  const Hints& hints = BoilerplateHints();
  std::vector<uint8_t> hit(hints.all.size(), 0);
  const std::string_view text(class_id);
  for (size_t i = 0; i < text.size(); ++i) {
    for (uint16_t h : hints.substr_by_first_byte[static_cast<unsigned char>(text[i])]) {
      if (!hit[h] && text.substr(i).starts_with(hints.all[h].token)) hit[h] = 1;
    }
  }
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
  for (size_t k = 0; k < hints.all.size(); ++k) {
    const Hint& h = hints.all[k];
    if (h.match != Hint::kSubstr) {
      for (std::string_view w : words) {
        if (h.match == Hint::kToken ? w == h.token : w.starts_with(h.token)) {
          hit[k] = 1;
          break;
        }
      }
    }
    if (!hit[k]) continue;
    verdict.weight += h.weight;
    verdict.drop = verdict.drop || h.drop;
  }
  return verdict;
}

}  // namespace recoupe::html
