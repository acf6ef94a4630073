#include "extract/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>
#include <random>
#include <stdexcept>

#include "core/data_files.h"

namespace recoupe {
namespace {

constexpr char kMagic[8] = {'R', 'N', 'E', 'R', '0', '0', '0', '1'};
constexpr size_t kRows = size_t{1} << NerModel::kRowBits;

bool Allowed(int prev, int tag) {
  return !NerIsInside(tag) || (prev != 0 && NerTypeOf(prev) == NerTypeOf(tag));
}

// Picks the best allowed tag from per-tag scores.
int Best(const float* scores, int prev) {
  int best = 0;
  for (int t = 1; t < kNerTagCount; ++t)
    if (Allowed(prev, t) && scores[t] > scores[best]) best = t;
  return best;
}

}  // namespace

std::vector<NerSentence> ReadConll(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<NerSentence> out;
  NerSentence cur;
  std::string line;
  auto flush = [&] {
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = NerSentence();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    std::vector<std::string_view> cols;
    std::string_view rest(line);
    for (size_t tab; (tab = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(tab + 1))
      cols.push_back(rest.substr(0, tab));
    cols.push_back(rest);
    std::string_view word = cols.size() >= 3 ? cols[1] : cols[0];
    if (word == "-DOCSTART-") continue;
    int tag = NerTagFromName(cols.back());
    cur.words.emplace_back(word);
    cur.tags.push_back(tag < 0 ? 0 : tag);
  }
  flush();
  return out;
}

NerFeaturizer MakeNerFeaturizer(const std::string& lang) {
  std::unordered_set<std::string> titles;
  try {
    for (const auto& row : ReadTsv(DataPath(lang + "/titles.txt")))
      if (!row.empty() && !row[0].empty()) titles.insert(NerLowercase(row[0]));
  } catch (const std::exception&) {
    // No titles for this language: the feature simply never fires.
  }
  return NerFeaturizer(std::move(titles));
}

NerModel::NerModel(NerFeaturizer featurizer) : featurizer_(std::move(featurizer)) {}

std::vector<int> NerModel::Predict(const std::vector<std::string_view>& words) const {
  std::vector<int> tags(words.size(), 0);
  if (weights_.empty() || words.empty()) return tags;
  std::vector<NerTokenInfo> info = featurizer_.Analyze(words);
  std::vector<uint64_t> feats;
  feats.reserve(48);
  int prev = 0, prev2 = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    featurizer_.Features(info, i, prev, prev2, feats);
    int32_t acc[kNerTagCount] = {};
    for (uint64_t f : feats) {
      const int16_t* row = &weights_[Row(f) * kNerTagCount];
      for (int t = 0; t < kNerTagCount; ++t) acc[t] += row[t];
    }
    float scores[kNerTagCount];
    for (int t = 0; t < kNerTagCount; ++t) scores[t] = static_cast<float>(acc[t]);
    tags[i] = Best(scores, prev);
    prev2 = prev;
    prev = tags[i];
  }
  return tags;
}

void NerModel::Train(const std::vector<NerSentence>& data, int epochs,
                     const std::function<void(int, double)>& progress) {
  // Averaged perceptron with lazy averaging: avg = w - u / c.
  std::vector<float> w(kRows * kNerTagCount, 0.0f), u(kRows * kNerTagCount, 0.0f);
  double c = 1.0;
  std::vector<size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(12345);
  std::vector<uint64_t> feats;
  std::vector<std::string_view> views;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const NerSentence& s = data[idx];
      views.assign(s.words.begin(), s.words.end());
      std::vector<NerTokenInfo> info = featurizer_.Analyze(views);
      // Greedy decoding with the gold history (teacher forcing keeps the
      // features of previous tags clean; decoding at test time is greedy).
      int prev = 0, prev2 = 0;
      for (size_t i = 0; i < views.size(); ++i) {
        featurizer_.Features(info, i, prev, prev2, feats);
        float scores[kNerTagCount] = {};
        for (uint64_t f : feats) {
          const float* row = &w[Row(f) * kNerTagCount];
          for (int t = 0; t < kNerTagCount; ++t) scores[t] += row[t];
        }
        int guess = Best(scores, prev);
        int gold = s.tags[i];
        if (guess != gold) {
          for (uint64_t f : feats) {
            size_t r = Row(f) * kNerTagCount;
            w[r + gold] += 1.0f;
            u[r + gold] += static_cast<float>(c);
            w[r + guess] -= 1.0f;
            u[r + guess] -= static_cast<float>(c);
          }
        } else {
          ++correct;
        }
        ++total;
        c += 1.0;
        prev2 = prev;
        prev = gold;
      }
    }
    if (progress) progress(epoch, total ? static_cast<double>(correct) / total : 0.0);
  }
  float max_abs = 0.0f;
  for (size_t k = 0; k < w.size(); ++k) {
    w[k] = w[k] - static_cast<float>(u[k] / c);
    max_abs = std::max(max_abs, std::fabs(w[k]));
  }
  scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  weights_.assign(w.size(), 0);
  for (size_t k = 0; k < w.size(); ++k)
    weights_[k] = static_cast<int16_t>(std::lround(w[k] / scale_));
}

bool NerModel::Save(const std::string& path, double prune) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return false;
  int16_t max_q = 0;
  for (int16_t v : weights_) max_q = std::max<int16_t>(max_q, static_cast<int16_t>(std::abs(v)));
  const int16_t threshold = static_cast<int16_t>(prune * max_q);
  std::vector<uint32_t> rows;
  for (size_t r = 0; r < kRows && !weights_.empty(); ++r) {
    for (int t = 0; t < kNerTagCount; ++t)
      if (std::abs(weights_[r * kNerTagCount + t]) > threshold) {
        rows.push_back(static_cast<uint32_t>(r));
        break;
      }
  }
  uint32_t bits = kRowBits, count = static_cast<uint32_t>(rows.size());
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(&bits), 4);
  out.write(reinterpret_cast<const char*>(&scale_), 4);
  out.write(reinterpret_cast<const char*>(&count), 4);
  // Rows as deltas (uint32) followed by their int16 weights; pruned weights are 0.
  uint32_t last = 0;
  for (uint32_t r : rows) {
    uint32_t delta = r - last;
    last = r;
    out.write(reinterpret_cast<const char*>(&delta), 4);
    int16_t vals[kNerTagCount];
    for (int t = 0; t < kNerTagCount; ++t) {
      int16_t v = weights_[r * kNerTagCount + t];
      vals[t] = std::abs(v) > threshold ? v : 0;
    }
    out.write(reinterpret_cast<const char*>(vals), sizeof vals);
  }
  return static_cast<bool>(out);
}

bool NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  char magic[8];
  uint32_t bits = 0, count = 0;
  float scale = 0;
  in.read(magic, 8);
  in.read(reinterpret_cast<char*>(&bits), 4);
  in.read(reinterpret_cast<char*>(&scale), 4);
  in.read(reinterpret_cast<char*>(&count), 4);
  if (!in || std::memcmp(magic, kMagic, 8) != 0 || bits != kRowBits || count > kRows) return false;
  std::vector<int16_t> weights(kRows * kNerTagCount, 0);
  uint32_t row = 0;
  for (uint32_t k = 0; k < count; ++k) {
    uint32_t delta = 0;
    in.read(reinterpret_cast<char*>(&delta), 4);
    row += delta;
    if (!in || row >= kRows) return false;
    in.read(reinterpret_cast<char*>(&weights[size_t{row} * kNerTagCount]),
            sizeof(int16_t) * kNerTagCount);
  }
  if (!in) return false;
  weights_ = std::move(weights);
  scale_ = scale;
  return true;
}

}  // namespace recoupe
