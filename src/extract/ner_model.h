// The NER sequence model: a structured averaged perceptron over hashed
// features, decoded by first-order Viterbi over BILOU tags (see kModelTags;
// I- and L- only inside an entity begun by B-): per token, the local features
// are scored once; the tag-bigram transition scores once per sentence. A
// document is tagged sentence after sentence, and the types already given to
// a word in earlier sentences are features of its later occurrences.
// A second pass may follow, over the same features plus what the first pass
// said about every occurrence of each word in the whole document
// (NerAddFirstPass): "Leeds" tagged ORG in a results table and LOC in the
// first line gets one type. Training hashes features into 2^kRowBits rows; the saved model keeps
// only the rows with a non-zero weight, quantised to int8 with a power-of-two scale per row, and
// tagging looks them up in a compact open-addressing table (about 16 bytes a row: a model is a few
// MB in memory and mostly stays in cache).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
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
  // The tags the passes decode: BILOU (O, then B-, I-, L- and U- for each
  // type: a one-word entity is told from the first word of a longer one,
  // "Australian" U-MISC before "Tom" B-PER). Callers see BIO tags.
  static constexpr int kModelTags = 1 + 4 * 4;

  explicit NerModel(NerFeaturizer featurizer = NerFeaturizer());

  // Reads a model written by Save(); false (and the model unchanged) on error.
  bool Load(const std::string& path);
  // Writes the rows with a non-zero quantised weight.
  bool Save(const std::string& path) const;
  bool empty() const { return first_.rows == 0; }
  size_t rows() const { return first_.rows + second_.rows; }
  // Whether a second pass refines the first's tags.
  bool two_pass() const { return second_.rows > 0; }
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
  // With `folds` >= 2, a second pass is trained too, on the first pass's
  // tags of the training documents as given by `folds` first-pass models,
  // each trained without one fold of the documents: trained on the final
  // first pass's own output, which is nearly always right on its training
  // data, the second pass would learn to trust the first blindly.
  void Train(const std::vector<NerSentence>& data, int epochs,
             const std::function<void(int epoch, double token_accuracy)>& progress = {},
             double prune = 0.002, int folds = 0);

 private:
  struct Slot {
    uint32_t key = 0;  // row + 1; 0 marks an empty slot
    int8_t weights[kModelTags] = {};
    uint8_t shift = 0;  // weight = weights[t] << shift, in units of scale_
    uint8_t pad[24 - 5 - kModelTags] = {};
  };
  static_assert(sizeof(Slot) == 24);

  static uint32_t Row(uint64_t feature) {
    return static_cast<uint32_t>(feature >> (64 - kRowBits));
  }

  // The weights of one pass.
  struct Weights {
    std::vector<Slot> table;
    uint32_t table_bits = 0;
    size_t rows = 0;
    float scale = 1.0f;  // float weight = (int8 << shift) * scale

    // Rebuilds the lookup table from (row, weights) pairs. `weights` holds
    // kModelTags + 1 bytes a row: the int8 weights, then the shift.
    void Build(const std::vector<uint32_t>& rows, const std::vector<int8_t>& weights);
    const Slot* Find(uint32_t row) const;
    size_t SlotOf(uint32_t key) const { return (key * 0x9E3779B1u) >> (32 - table_bits); }
    // Adds the weights of `feats` into acc[kModelTags].
    void Score(const std::vector<uint64_t>& feats, int32_t* acc) const;
    void Write(std::ostream& out) const;
    bool Read(std::istream& in);
  };

  // One pass of training (`first_pass`: the first pass's tags of every
  // sentence of `data`, for a second pass; null for a first).
  Weights TrainPass(const std::vector<NerSentence>& data,
                    const std::vector<std::vector<int>>* first_pass, int epochs,
                    const std::function<void(int, double)>& progress, double prune) const;
  // Tags (BILOU) of every sentence of one analysed document by the weights
  // of one pass.
  void Decode(const Weights& weights, const std::vector<std::vector<NerTokenInfo>>& doc,
              std::vector<std::vector<int>>& tags) const;
  // Both passes over the sentences of one document.
  std::vector<std::vector<int>> PredictWith(
      const Weights& first, const Weights* second,
      const std::vector<std::vector<std::string_view>>& sentences) const;

  NerFeaturizer featurizer_;
  Weights first_, second_;
  bool document_level_ = false;
};

}  // namespace recoupe
