// Learns hierarchical word clusters from unlabelled text, for the NER tagger
// (data/clusters/<lang>.tsv): each word gets a bit path, and words sharing a
// long prefix occur in similar contexts ("Leeds" near "Chelsea", "Ford" near
// "Toyota"), so rare names borrow weight from frequent ones.
//
// Method (distributional, top-down, not Brown's agglomerative merging): each
// lowercased word of at least --min-count occurrences is a sparse vector of
// its left and right neighbours (one and two words away) among the
// --contexts most frequent words, weighted by positive pointwise mutual
// information and normalised; the vocabulary is then split into --branching
// groups by spherical k-means, recursively, down to --depth bits.
//
//   make_word_clusters --corpus corpus.txt --out data/clusters/en.tsv
// corpus: one tokenized sentence a line, tokens separated by spaces.
// output: `word<TAB>bits<TAB>count`, most frequent first.
//
// Or from word vectors learned elsewhere on a far larger corpus (GloVe: see
// data/clusters/README.md), which the same top-down split turns into paths:
//
//   make_word_clusters --vectors vectors.txt --max-words 200000 --out ...
// vectors: `word x1 x2 ... xN` a line, most frequent word first; the rank
// stands in for the count (Zipf: weight 1/sqrt(rank)), no count is written.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/ner_features.h"

namespace {

using SparseVector = std::vector<std::pair<uint32_t, float>>;

struct Split {
  std::vector<uint32_t> words;
  std::string path;
};

// Splits `words` into at most `k` groups by spherical k-means over `vectors`
// (unit length), centroids weighted by sqrt(count), seeded k-means++ style
// (each next seed drawn in proportion to its distance to the nearest seed).
std::vector<std::vector<uint32_t>> Partition(const std::vector<uint32_t>& words,
                                             const std::vector<SparseVector>& vectors,
                                             const std::vector<double>& weight, size_t dims, int k,
                                             int iterations, std::mt19937& rng) {
  auto dot = [](const std::vector<float>& c, const SparseVector& v) {
    double s = 0;
    for (auto [d, x] : v) s += c[d] * x;
    return s;
  };
  k = std::min<int>(k, static_cast<int>(words.size()));
  std::vector<std::vector<float>> centroids;
  std::vector<double> nearest(words.size(), 2.0);  // 1 - best cosine so far
  uint32_t seed = words[0];                        // the most frequent word
  for (int c = 0; c < k; ++c) {
    centroids.emplace_back(dims, 0.0f);
    for (auto [d, x] : vectors[seed]) centroids.back()[d] = x;
    double total = 0;
    for (size_t w = 0; w < words.size(); ++w) {
      nearest[w] = std::min(nearest[w], 1.0 - dot(centroids.back(), vectors[words[w]]));
      total += nearest[w] * nearest[w] * weight[words[w]];
    }
    std::uniform_real_distribution<double> pick(0.0, total);
    double r = pick(rng);
    for (size_t w = 0; w < words.size(); ++w) {
      r -= nearest[w] * nearest[w] * weight[words[w]];
      if (r <= 0) {
        seed = words[w];
        break;
      }
    }
  }
  std::vector<int> side(words.size(), -1);
  for (int it = 0; it < iterations; ++it) {
    bool changed = false;
    for (size_t w = 0; w < words.size(); ++w) {
      int best = 0;
      double best_score = -2.0;
      for (int c = 0; c < k; ++c) {
        double s = dot(centroids[c], vectors[words[w]]);
        if (s > best_score) best_score = s, best = c;
      }
      changed = changed || best != side[w];
      side[w] = best;
    }
    if (!changed) break;
    for (auto& c : centroids) std::fill(c.begin(), c.end(), 0.0f);
    for (size_t w = 0; w < words.size(); ++w)
      for (auto [d, x] : vectors[words[w]])
        centroids[side[w]][d] += static_cast<float>(x * weight[words[w]]);
    for (auto& c : centroids) {
      double n = 0;
      for (float x : c) n += double{x} * x;
      n = std::sqrt(n);
      if (n > 0)
        for (float& x : c) x = static_cast<float>(x / n);
    }
  }
  std::vector<std::vector<uint32_t>> out(k);
  for (size_t w = 0; w < words.size(); ++w) out[side[w]].push_back(words[w]);
  return out;
}

// Top-down: each group split into `branching` by k-means, log2(branching)
// bits a level, until `depth` bits. Returns each word's path ("" for none).
std::vector<std::string> SplitTopDown(const std::vector<SparseVector>& vectors,
                                      const std::vector<double>& weight, size_t dims, int depth,
                                      int branching, int iterations) {
  std::vector<uint32_t> all(vectors.size());
  std::iota(all.begin(), all.end(), 0);
  std::vector<std::string> path(vectors.size());
  std::mt19937 rng(20260);
  int bits_per_level = 0;
  while ((1 << bits_per_level) < branching) ++bits_per_level;
  std::vector<Split> todo = {{all, ""}};
  while (!todo.empty()) {
    Split s = std::move(todo.back());
    todo.pop_back();
    if (s.words.size() < 2 || static_cast<int>(s.path.size()) + bits_per_level > depth) {
      for (uint32_t w : s.words) path[w] = s.path;
      continue;
    }
    auto groups = Partition(s.words, vectors, weight, dims, branching, iterations, rng);
    for (size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].empty()) continue;
      std::string bits;
      for (int b = bits_per_level - 1; b >= 0; --b) bits.push_back((g >> b) & 1 ? '1' : '0');
      todo.push_back({std::move(groups[g]), s.path + bits});
    }
  }
  return path;
}

// --vectors mode: dense vectors, unit length, split like the corpus vectors.
// Only words with a letter are kept (numbers and punctuation have shape
// features already).
int ClusterVectors(const std::string& file, int max_words, int depth, int branching, int iterations,
                   const std::string& out) {
  std::ifstream in(file);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", file.c_str());
    return 1;
  }
  std::vector<std::string> words;
  std::vector<SparseVector> vectors;
  std::vector<double> weight;
  size_t dims = 0;
  std::string line, word;
  long rank = 0;
  while ((max_words <= 0 || rank < max_words) && std::getline(in, line)) {
    std::istringstream fields(line);
    if (!(fields >> word)) continue;
    ++rank;
    if (std::none_of(word.begin(), word.end(),
                     [](unsigned char c) { return std::isalpha(c) || c >= 0x80; }))
      continue;
    SparseVector v;
    double x, norm = 0;
    for (uint32_t d = 0; fields >> x; ++d) v.push_back({d, static_cast<float>(x)}), norm += x * x;
    if (v.empty() || norm <= 0) continue;
    if (dims == 0) dims = v.size();
    if (v.size() != dims) {
      std::fprintf(stderr, "%s: %s has %zu values, expected %zu\n", file.c_str(), word.c_str(),
                   v.size(), dims);
      return 1;
    }
    norm = std::sqrt(norm);
    for (auto& e : v) e.second = static_cast<float>(e.second / norm);
    words.push_back(recoupe::NerLowercase(word));
    vectors.push_back(std::move(v));
    weight.push_back(1.0 / std::sqrt(static_cast<double>(rank)));
  }
  std::vector<std::string> path = SplitTopDown(vectors, weight, dims, depth, branching, iterations);
  std::ofstream o(out);
  o << "# word\tcluster bits (tools/make_word_clusters --vectors; see data/clusters/README.md)\n";
  for (size_t w = 0; w < words.size(); ++w)
    o << words[w] << '\t' << (path[w].empty() ? "0" : path[w]) << '\n';
  std::printf("%zu words clustered from %s\n", words.size(), file.c_str());
  return o ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Learn hierarchical word clusters for NER features");
  std::string corpus, out;
  int min_count = 3, contexts = 1000, depth = 12, iterations = 12, branching = 8;
  std::string vectors_file;
  int max_words = 0;
  auto* corpus_option = app.add_option("--corpus", corpus, "Tokenized text, one sentence a line");
  app.add_option("--vectors", vectors_file, "Word vectors instead of a corpus, most frequent first")
      ->excludes(corpus_option);
  app.add_option("--max-words", max_words,
                 "With --vectors: read the first (most frequent) lines only");
  app.add_option("--out", out, "Cluster table to write")->required();
  app.add_option("--min-count", min_count, "Words seen fewer times are left out");
  app.add_option("--contexts", contexts, "Most frequent words used as contexts");
  app.add_option("--depth", depth, "Bits of the deepest path");
  app.add_option("--iterations", iterations, "k-means iterations per split");
  app.add_option("--branching", branching, "Groups per split (a power of two)");
  CLI11_PARSE(app, argc, argv);
  if (!vectors_file.empty())
    return ClusterVectors(vectors_file, max_words, depth, branching, iterations, out);
  if (corpus.empty()) {
    std::fprintf(stderr, "give --corpus or --vectors\n");
    return 2;
  }

  std::ifstream in(corpus);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", corpus.c_str());
    return 1;
  }
  // Sentences as word ids over the lowercased vocabulary.
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> names;
  std::vector<long> counts;
  std::vector<std::vector<uint32_t>> sentences;
  std::string line, token;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::vector<uint32_t> s;
    while (words >> token) {
      std::string lower = recoupe::NerLowercase(token);
      auto [it, added] = ids.emplace(lower, static_cast<uint32_t>(names.size()));
      if (added) names.push_back(lower), counts.push_back(0);
      ++counts[it->second];
      s.push_back(it->second);
    }
    sentences.push_back(std::move(s));
  }
  const uint32_t n = static_cast<uint32_t>(names.size());
  std::vector<uint32_t> by_count(n);
  std::iota(by_count.begin(), by_count.end(), 0);
  std::stable_sort(by_count.begin(), by_count.end(),
                   [&](uint32_t a, uint32_t b) { return counts[a] > counts[b]; });
  // Context slot of each word (-1: not a context word); 4 positions each.
  std::vector<int> context(n, -1);
  for (int k = 0; k < contexts && k < static_cast<int>(n); ++k) context[by_count[k]] = k;
  const size_t dims = static_cast<size_t>(contexts) * 4 + 4;  // + "other word" per position
  std::vector<uint32_t> vocab;
  for (uint32_t w : by_count)
    if (counts[w] >= min_count) vocab.push_back(w);
  std::vector<int> row(n, -1);
  for (size_t k = 0; k < vocab.size(); ++k) row[vocab[k]] = static_cast<int>(k);

  std::vector<std::unordered_map<uint32_t, float>> co(vocab.size());
  const uint32_t kBoundary = static_cast<uint32_t>(-1);
  for (const auto& s : sentences)
    for (long i = 0; i < static_cast<long>(s.size()); ++i) {
      if (row[s[i]] < 0) continue;
      auto& m = co[row[s[i]]];
      const long offsets[4] = {-2, -1, 1, 2};
      for (int p = 0; p < 4; ++p) {
        long j = i + offsets[p];
        uint32_t other = j < 0 || j >= static_cast<long>(s.size()) ? kBoundary : s[j];
        int c = other == kBoundary ? contexts : (context[other] < 0 ? contexts : context[other]);
        // Near neighbours count more than those two words away.
        m[static_cast<uint32_t>(p * (contexts + 1) + c)] += (p == 1 || p == 2) ? 1.0f : 0.5f;
      }
    }
  // PPMI weighting, then unit length.
  std::vector<double> dim_total(dims, 0.0);
  double total = 0;
  for (const auto& m : co)
    for (auto [d, x] : m) dim_total[d] += x, total += x;
  std::vector<SparseVector> vectors(vocab.size());
  std::vector<double> weight(vocab.size());
  for (size_t w = 0; w < vocab.size(); ++w) {
    double row_total = 0;
    for (auto [d, x] : co[w]) row_total += x;
    double norm = 0;
    for (auto [d, x] : co[w]) {
      double pmi = std::log(x * total / (row_total * dim_total[d]));
      if (pmi <= 0) continue;
      vectors[w].push_back({d, static_cast<float>(pmi)});
      norm += pmi * pmi;
    }
    norm = std::sqrt(norm);
    for (auto& e : vectors[w]) e.second = static_cast<float>(e.second / norm);
    std::sort(vectors[w].begin(), vectors[w].end());
    weight[w] = std::sqrt(static_cast<double>(counts[vocab[w]]));
  }
  co.clear();

  std::vector<std::string> path = SplitTopDown(vectors, weight, dims, depth, branching, iterations);
  std::ofstream o(out);
  o << "# word\tcluster bits\tcount (tools/make_word_clusters; see data/clusters/README.md)\n";
  for (size_t w = 0; w < vocab.size(); ++w)
    o << names[vocab[w]] << '\t' << (path[w].empty() ? "0" : path[w]) << '\t' << counts[vocab[w]]
      << '\n';
  std::printf("%zu words clustered from %zu sentences\n", vocab.size(), sentences.size());
  return o ? 0 : 1;
}
