// Exact span-and-type F1 for BIO tag sequences (same rule as
// /work/shared/eval/score_ner.py), shared by train_ner and eval_ner.
#pragma once

#include <cstdio>
#include <functional>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/ner_features.h"
#include "extract/ner_model.h"

namespace recoupe {

struct NerScore {
  long tp[4] = {}, fp[4] = {}, fn[4] = {};

  static std::set<std::tuple<int, int, int>> Spans(const std::vector<int>& tags) {
    std::set<std::tuple<int, int, int>> out;
    int start = -1, type = -1;
    for (size_t i = 0; i <= tags.size(); ++i) {
      int t = i < tags.size() ? tags[i] : 0;
      bool inside_same = NerIsInside(t) && NerTypeOf(t) == type;
      if (!inside_same) {
        if (start >= 0) out.insert({start, static_cast<int>(i), type});
        start = -1;
        type = -1;
        if (t != 0) start = static_cast<int>(i), type = NerTypeOf(t);
      }
    }
    return out;
  }

  void Add(const std::vector<int>& gold, const std::vector<int>& pred) {
    auto g = Spans(gold), p = Spans(pred);
    for (const auto& s : p) (g.count(s) ? tp : fp)[std::get<2>(s)]++;
    for (const auto& s : g)
      if (!p.count(s)) fn[std::get<2>(s)]++;
  }

  static double F1(long a, long b, long c) { return a ? 2.0 * a / (2.0 * a + b + c) : 0.0; }

  double Overall() const {
    long a = 0, b = 0, c = 0;
    for (int k = 0; k < 4; ++k) a += tp[k], b += fp[k], c += fn[k];
    return F1(a, b, c);
  }

  void Print() const {
    static const char* names[4] = {"PER", "ORG", "LOC", "MISC"};
    for (int k = 0; k < 4; ++k)
      std::printf("%s: f1 %.3f (gold %ld)\n", names[k], F1(tp[k], fp[k], fn[k]), tp[k] + fn[k]);
    std::printf("overall: f1 %.3f\n", Overall());
  }
};

// Tags `data` one document at a time (runs of sentences with the same doc id),
// adds the result to `score` and hands each sentence's tags to `each`.
inline void ScoreByDocument(
    const NerModel& model, const std::vector<NerSentence>& data, NerScore& score,
    const std::function<void(const NerSentence&, const std::vector<int>&)>& each) {
  for (size_t begin = 0; begin < data.size();) {
    size_t end = begin + 1;
    while (end < data.size() && data[end].doc == data[begin].doc) ++end;
    std::vector<std::vector<std::string_view>> doc;
    for (size_t k = begin; k < end; ++k)
      doc.emplace_back(data[k].words.begin(), data[k].words.end());
    auto tags = model.PredictDocument(doc);
    for (size_t k = begin; k < end; ++k) {
      score.Add(data[k].tags, tags[k - begin]);
      if (each) each(data[k], tags[k - begin]);
    }
    begin = end;
  }
}

}  // namespace recoupe
