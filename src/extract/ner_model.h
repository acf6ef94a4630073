// The NER sequence model: an averaged perceptron over hashed features, decoded
// greedily left to right (previous tags are features), with the BIO
// constraint that I-X only follows B-X or I-X. Weights live in a flat table
// of 2^kRowBits rows of kNerTagCount int16 values (quantised on save), so a
// model file is a few MB and tagging is a few table lookups per feature.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner_features.h"

namespace recoupe {

struct NerSentence {
  std::vector<std::string> words;
  std::vector<int> tags;  // NerTagFromName values
};

// Reads `INDEX<TAB>TOKEN<TAB>TAG` (or TOKEN<TAB>TAG) sentences separated by
// blank lines; -DOCSTART- lines are skipped. Throws std::runtime_error when
// the file cannot be read.
std::vector<NerSentence> ReadConll(const std::string& path);

// A featurizer with the title and role words of `lang` (data/<lang>/titles.txt,
// empty when absent).
NerFeaturizer MakeNerFeaturizer(const std::string& lang);

class NerModel {
 public:
  static constexpr int kRowBits = 20;

  explicit NerModel(NerFeaturizer featurizer = NerFeaturizer());

  // Reads a model written by Save(); false (and the model unchanged) on error.
  bool Load(const std::string& path);
  // Writes non-zero rows only; weights whose magnitude is below
  // `prune` (relative to the largest) are dropped.
  bool Save(const std::string& path, double prune = 0.002) const;
  bool empty() const { return weights_.empty(); }

  std::vector<int> Predict(const std::vector<std::string_view>& words) const;

  // Trains `epochs` passes of the averaged perceptron over `data` (shuffled
  // each epoch with a fixed seed); `progress` is called after each epoch.
  void Train(const std::vector<NerSentence>& data, int epochs,
             const std::function<void(int epoch, double token_accuracy)>& progress = {});

 private:
  static size_t Row(uint64_t feature) { return static_cast<size_t>(feature >> (64 - kRowBits)); }

  NerFeaturizer featurizer_;
  std::vector<int16_t> weights_;  // rows * kNerTagCount
  float scale_ = 1.0f;            // float weight = int16 * scale_
};

}  // namespace recoupe
