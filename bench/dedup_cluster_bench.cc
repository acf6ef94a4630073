// Near-duplicate detection + story clustering on a synthetic stream.
//
// Plain executable with its own main (defining main takes precedence over
// benchmark_main, which the bench CMakeLists links to every *_bench.cc):
//   dedup_cluster_bench --docs 100000 [--window 5]
// prints near-duplicate precision/recall, clustering pairwise F1 and BCubed
// F1, documents/s and peak memory (ru_maxrss). Run it at 25k/50k/100k in
// separate processes to see that memory stays flat. Without --docs it runs
// a Google Benchmark case over 2,000 documents.
//
// Corpus: stories (topic + event) each get one wire article generated from
// word pools (function words, general vocabulary, topic words, event names
// and numbers), then copies of it (exact, wrapped in site chrome, truncated,
// lightly edited: known near-duplicates) and independent rewrites (same
// story, not duplicates), published over consecutive days.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/online_clusterer.h"
#include "dedup/near_duplicate_index.h"

namespace recoupe {
namespace {

class WordPools {
 public:
  explicit WordPools(uint64_t seed) : rng_(seed) {
    const char* fn[] = {"le", "la",  "les",  "de",  "des",  "du",    "et",   "à",   "en",
                        "un", "une", "pour", "sur", "dans", "par",   "avec", "qui", "que",
                        "a",  "est", "ont",  "au",  "aux",  "selon", "après"};
    for (const char* f : fn) function_.push_back(f);
    for (int i = 0; i < 4000; ++i) general_.push_back(MakeWord(2 + i % 3, false));
    for (int t = 0; t < kTopics; ++t) {
      topics_.emplace_back();
      for (int i = 0; i < 150; ++i) topics_.back().push_back(MakeWord(2 + i % 3, false));
    }
  }
  std::string MakeWord(int syllables, bool name) {
    static const char* on[] = {"b", "c", "d", "f", "g",  "l",  "m",  "n", "p",
                               "r", "s", "t", "v", "ch", "tr", "pl", "gr"};
    static const char* nu[] = {"a", "e", "i", "o", "u", "é", "ou", "ai", "eu", "an", "on", "in"};
    std::string w;
    for (int s = 0; s < syllables; ++s) {
      w += on[rng_() % 17];
      w += nu[rng_() % 12];
    }
    if (rng_() % 3 == 0) w += "s";
    if (name) w[0] = static_cast<char>(w[0] - 32);
    return w;
  }
  static constexpr int kTopics = 40;
  std::mt19937_64 rng_;
  std::vector<std::string> function_, general_;
  std::vector<std::vector<std::string>> topics_;
};

struct Event {
  int topic;
  std::vector<std::string> words;  // names, specific terms, numbers
};

std::string Article(WordPools& pools, const Event& ev, std::mt19937_64& rng) {
  std::string text;
  std::uniform_real_distribution<double> u(0, 1);
  int paragraphs = 3 + rng() % 4;
  for (int p = 0; p < paragraphs; ++p) {
    int sentences = 2 + rng() % 3;
    for (int s = 0; s < sentences; ++s) {
      int words = 12 + rng() % 14;
      for (int w = 0; w < words; ++w) {
        double r = u(rng);
        std::string word;
        if (r < 0.42) {
          word = pools.function_[rng() % pools.function_.size()];
        } else if (r < 0.70) {
          // Zipf-ish: low indices far more frequent.
          size_t i = static_cast<size_t>(pools.general_.size() * std::pow(u(rng), 2.5));
          word = pools.general_[i];
        } else if (r < 0.88) {
          word = pools.topics_[ev.topic][rng() % pools.topics_[ev.topic].size()];
        } else {
          word = ev.words[rng() % ev.words.size()];
        }
        if (w == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
        text += word;
        text += w + 1 == words ? ". " : " ";
      }
    }
    text += "\n\n";
  }
  return text;
}

struct Doc {
  std::string text;
  int64_t day;
  size_t story;
  size_t family;  // wire original and its copies share a family
  bool copy;
};

// Generates the documents of one story.
std::vector<Doc> StoryDocs(WordPools& pools, size_t story, int64_t day, std::mt19937_64& rng,
                           size_t* family) {
  Event ev{static_cast<int>(rng() % WordPools::kTopics), {}};
  for (int i = 0; i < 6; ++i) ev.words.push_back(pools.MakeWord(2 + i % 2, true));
  for (int i = 0; i < 10; ++i) ev.words.push_back(pools.MakeWord(3, false));
  for (int i = 0; i < 3; ++i) ev.words.push_back(std::to_string(10 + rng() % 5000));
  std::vector<Doc> docs;
  int wires = 1 + rng() % 2;
  for (int w = 0; w < wires; ++w) {
    size_t fam = (*family)++;
    std::string wire = Article(pools, ev, rng);
    docs.push_back({wire, day, story, fam, false});
    int copies = rng() % 4;
    for (int c = 0; c < copies; ++c) {
      std::string t;
      switch (rng() % 4) {
        case 0: t = wire; break;
        case 1:
          t = "Accueil Monde Publié le " + std::to_string(day) + " Partager\n\n" + wire +
              "\n\nLire aussi nos autres articles abonnez-vous à la lettre du matin.";
          break;
        case 2: t = wire.substr(0, wire.size() * (40 + rng() % 40) / 100); break;
        default: {
          t = wire;  // a few words replaced
          for (int e = 0; e < 4; ++e) {
            size_t at = t.find(' ', rng() % t.size());
            if (at != std::string::npos) t.insert(at, " " + pools.general_[rng() % 200]);
          }
        }
      }
      docs.push_back({t, day + static_cast<int64_t>(rng() % 2), story, fam, true});
    }
  }
  int rewrites = 1 + rng() % 5;
  for (int r = 0; r < rewrites; ++r) {
    docs.push_back({Article(pools, ev, rng), day + static_cast<int64_t>(rng() % 3), story,
                    (*family)++, false});
  }
  return docs;
}

struct Result {
  size_t docs = 0;
  double seconds = 0;
  size_t true_dup_pairs = 0, found_pairs = 0, found_correct = 0, found_true = 0;
  double pair_f1 = 0, bcubed_f1 = 0;
  long max_rss_kb = 0;
  size_t stories_created = 0, max_active_stories = 0, max_indexed = 0;
};

Result Run(size_t n_docs, int64_t window) {
  WordPools pools(42);
  std::mt19937_64 rng(7);
  NearDuplicateIndex dedup;
  ClusterOptions copt;
  copt.window_days = window;
  OnlineStoryClusterer clusterer(copt);
  Result res;
  std::vector<uint32_t> family_of, pred_story, true_story;  // per doc, 12 bytes: the truth
  std::vector<uint8_t> is_copy;
  family_of.reserve(n_docs);
  size_t family = 0, story = 0;
  const std::optional<std::string> lang = "fr";
  double seconds = 0;
  while (res.docs < n_docs) {
    int64_t day = 20000 + static_cast<int64_t>(story / 60);  // ~60 stories start per day
    std::vector<Doc> docs = StoryDocs(pools, story, day, rng, &family);
    for (const Doc& d : docs) {
      if (res.docs >= n_docs) break;
      size_t id = res.docs++;
      family_of.push_back(d.family);
      true_story.push_back(d.story);
      is_copy.push_back(d.copy);
      if (d.copy) ++res.true_dup_pairs;  // one pair (wire, copy) per copy
      auto t0 = std::chrono::steady_clock::now();
      auto matches = dedup.Add(id, d.text, d.day);
      size_t s = clusterer.Add(d.text, lang, {}, d.day);
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      pred_story.push_back(s);
      for (const auto& m : matches) {
        ++res.found_pairs;
        if (family_of[m.earlier] == d.family) {
          ++res.found_correct;
          if (d.copy && !is_copy[m.earlier]) ++res.found_true;
        }
      }
      res.max_active_stories = std::max(res.max_active_stories, clusterer.active_stories());
      res.max_indexed = std::max(res.max_indexed, dedup.indexed());
    }
    ++story;
  }
  res.seconds = seconds;
  res.stories_created = clusterer.stories_created();
  // Pairwise F1 and BCubed from the contingency table.
  std::unordered_map<uint64_t, uint32_t> cell, pred_size, true_size;
  for (size_t i = 0; i < res.docs; ++i) {
    ++cell[(uint64_t{pred_story[i]} << 32) | true_story[i]];
    ++pred_size[pred_story[i]];
    ++true_size[true_story[i]];
  }
  auto pairs = [](double n) { return n * (n - 1) / 2; };
  double tp = 0, pp = 0, tt = 0, bp = 0, br = 0;
  for (auto& [k, n] : cell) {
    tp += pairs(n);
    bp += static_cast<double>(n) * n / pred_size[k >> 32];
    br += static_cast<double>(n) * n / true_size[k & 0xFFFFFFFF];
  }
  for (auto& [k, n] : pred_size) pp += pairs(n);
  for (auto& [k, n] : true_size) tt += pairs(n);
  double p = pp ? tp / pp : 1, r = tt ? tp / tt : 1;
  res.pair_f1 = p + r ? 2 * p * r / (p + r) : 0;
  bp /= res.docs;
  br /= res.docs;
  res.bcubed_f1 = 2 * bp * br / (bp + br);
  std::printf("pairwise precision %.3f recall %.3f; bcubed precision %.3f recall %.3f\n", p, r, bp,
              br);
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  res.max_rss_kb = ru.ru_maxrss;
  return res;
}

void BM_DedupCluster(benchmark::State& state) {
  for (auto _ : state) {
    Result r = Run(static_cast<size_t>(state.range(0)), 5);
    benchmark::DoNotOptimize(r.found_pairs);
    state.counters["docs_per_s"] = r.docs / r.seconds;
    state.counters["dup_recall"] = static_cast<double>(r.found_true) / r.true_dup_pairs;
    state.counters["pair_f1"] = r.pair_f1;
  }
}
BENCHMARK(BM_DedupCluster)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace recoupe

int main(int argc, char** argv) {
  size_t docs = 0;
  int64_t window = 5;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--docs") == 0) docs = std::stoul(argv[i + 1]);
    if (std::strcmp(argv[i], "--window") == 0) window = std::stol(argv[i + 1]);
  }
  if (docs == 0) {
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
  }
  recoupe::Result r = recoupe::Run(docs, window);
  std::printf("docs %zu  time %.2f s  docs/s %.0f\n", r.docs, r.seconds, r.docs / r.seconds);
  std::printf(
      "near-dup: true pairs %zu, found %zu, same-family %zu (precision %.4f), wire-copy recall "
      "%.4f\n",
      r.true_dup_pairs, r.found_pairs, r.found_correct,
      r.found_pairs ? static_cast<double>(r.found_correct) / r.found_pairs : 1.0,
      static_cast<double>(r.found_true) / r.true_dup_pairs);
  std::printf("clustering: pairwise F1 %.3f  BCubed F1 %.3f  stories created %zu  max active %zu\n",
              r.pair_f1, r.bcubed_f1, r.stories_created, r.max_active_stories);
  std::printf("dedup max indexed docs %zu  peak RSS %.1f MB\n", r.max_indexed,
              r.max_rss_kb / 1024.0);
  return 0;
}
