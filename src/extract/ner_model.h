// The NER sequence model: a structured averaged perceptron over hashed
// features, decoded by first-order Viterbi over the BIO tags (with the
// constraint that I-X only follows B-X or I-X): per token, the local features
// are scored once; the tag-bigram transition scores once per sentence. A
// document is tagged sentence after sentence, and the types already given to
// a word in earlier sentences are features of its later occurrences.
// Training hashes features into 2^kRowBits rows; the saved model keeps only
// the rows with a non-zero weight, quantised to int8 with a power-of-two scale
// per row, and tagging looks them up in a compact open-addressing table
// (about 16 bytes a row: a model is a few MB in memory and mostly stays in
// cache).
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
  int doc = 0;            // sentences of one document share it
};

// Reads `INDEX<TAB>TOKEN<TAB>TAG` (or TOKEN<TAB>TAG) sentences separated by
// blank lines. -DOCSTART- lines start a new document; in files without them
// every sentence is its own document. Throws std::runtime_error when the file
// cannot be read.
std::vector<NerSentence> ReadConll(const std::string& path);

// A featurizer with the title and role words of `lang` (data/<lang>/titles.txt)
// and its gazetteer (data/gazetteers/<lang>.tsv), each empty when absent.
NerFeaturizer MakeNerFeaturizer(const std::string& lang);

class NerModel {
 public:
  static constexpr int kRowBits = 20;

  explicit NerModel(NerFeaturizer featurizer = NerFeaturizer());

  // Reads a model written by Save(); false (and the model unchanged) on error.
  bool Load(const std::string& path);
  // Writes the rows with a non-zero quantised weight.
  bool Save(const std::string& path) const;
  bool empty() const { return rows_ == 0; }
  size_t rows() const { return rows_; }
  // Whether the model was trained on multi-sentence documents; when not (a
  // corpus of lone sentences), documents are tagged one sentence at a time,
  // as in training, and document features see one sentence only.
  bool document_level() const { return document_level_; }

  // Tags of one sentence standing alone.
  std::vector<int> Predict(const std::vector<std::string_view>& words) const;
  // Tags of every sentence of one document, in order.
  std::vector<std::vector<int>> PredictDocument(
      const std::vector<std::vector<std::string_view>>& sentences) const;

  // Trains `epochs` passes of the structured averaged perceptron over `data`
  // (each sentence decoded, then the gold path's features promoted and the
  // decoded path's demoted where they differ; documents
  // shuffled each epoch with a fixed seed); `progress` is called after each
  // epoch. Rows whose largest weight is below `prune` times the largest of
  // the model are dropped (smaller table, more of it in cache).
  void Train(const std::vector<NerSentence>& data, int epochs,
             const std::function<void(int epoch, double token_accuracy)>& progress = {},
             double prune = 0.002);

 private:
  struct Slot {
    uint32_t key = 0;  // row + 1; 0 marks an empty slot
    int8_t weights[kNerTagCount] = {};
    uint8_t shift = 0;  // weight = weights[t] << shift, in units of scale_
    uint8_t pad[16 - 5 - kNerTagCount] = {};
  };
  static_assert(sizeof(Slot) == 16);

  static uint32_t Row(uint64_t feature) {
    return static_cast<uint32_t>(feature >> (64 - kRowBits));
  }
  // Rebuilds the lookup table from (row, weights) pairs.
  // `weights` holds kNerTagCount + 1 bytes a row: the int8 weights, then the shift.
  void BuildTable(const std::vector<uint32_t>& rows, const std::vector<int8_t>& weights);
  const Slot* Find(uint32_t row) const;
  size_t SlotOf(uint32_t key) const { return (key * 0x9E3779B1u) >> (32 - table_bits_); }

  NerFeaturizer featurizer_;
  std::vector<Slot> table_;
  uint32_t table_bits_ = 0;
  size_t rows_ = 0;
  float scale_ = 1.0f;  // float weight = (int8 << shift) * scale_
  bool document_level_ = false;
};

}  // namespace recoupe
