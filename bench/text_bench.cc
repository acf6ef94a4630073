// Throughput of the text path (NormalizeText + DetectLanguage + Segment) and of
// text-file ingestion (ReadDocuments, with and without segmentation) on a
// generated corpus of ~64 MB of French- and English-like news text with
// accents, typographic quotes, elisions, abbreviations and grouped numbers.
// Reports bytes/s, documents/s and peak resident memory (ru_maxrss). The same
// corpus as one gzipped JSONL file measures container reading: inflation a
// piece at a time and line-by-line JSON.
// RECOUPE_BENCH_CORPUS_MB sets another corpus size (a small one keeps runs
// under callgrind short; the documents are the first ones of the full corpus).
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <zlib.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "text/language.h"
#include "text/normalize.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

size_t CorpusTargetBytes() {
  const char* mb = std::getenv("RECOUPE_BENCH_CORPUS_MB");
  size_t value = mb != nullptr ? std::strtoul(mb, nullptr, 10) : 0;
  return (value > 0 ? value : 64) << 20;
}
constexpr size_t kDocumentBytes = 6000;

const std::vector<std::string> kFrenchWords = {"le",           "la",           "les",
                                               "des",          "du",           "un",
                                               "une",          "et",           "à",
                                               "en",           "dans",         "pour",
                                               "sur",          "par",          "avec",
                                               "gouvernement", "président",    "ministre",
                                               "armée",        "manifestants", "sécurité",
                                               "élection",     "réforme",      "économie",
                                               "santé",        "été",          "a",
                                               "déclaré",      "annoncé",      "selon",
                                               "autorités",    "région",       "capitale",
                                               "forces",       "opposition",   "été",
                                               "après",        "très",         "Kassym-Jomart",
                                               "aujourd'hui",  "l'ordre",      "d’État",
                                               "qu'il",        "l’armée",      "c'est",
                                               "n'a",          "pas",          "plus",
                                               "être",         "mère",         "fenêtre",
                                               "garçon",       "Noël",         "naïf",
                                               "œuvre",        "cœur",         "journée",
                                               "policiers",    "blessés",      "tués",
                                               "arrêtés",      "personnes",    "mardi",
                                               "janvier"};
const std::vector<std::string> kEnglishWords = {
    "the",        "of",        "and",         "to",         "in",        "a",         "for",
    "on",         "with",      "by",          "government", "president", "minister",  "army",
    "protesters", "security",  "election",    "reform",     "economy",   "health",    "said",
    "announced",  "according", "authorities", "region",     "capital",   "forces",    "opposition",
    "after",      "very",      "don't",       "it's",       "people",    "police",    "injured",
    "killed",     "arrested",  "Tuesday",     "January",    "officials", "statement", "spokesman"};
const std::vector<std::string> kNumbers = {"8 000",       "8\u202F000", "2.000", "6.846",
                                           "1,600",       "3,5",        "20 %",  "164",
                                           "12\u00A0345", "2022",       "1 600"};
const std::vector<std::string> kFrenchOpeners = {
    "M.", "Mme", "Le Dr.", "Selon l'AFP,", "En 52 av. J.-C.,", "« Nous"};
const std::vector<std::string> kEnglishOpeners = {"Mr.",   "Dr.",      "U.S. officials",
                                                  "J. K.", "\u201CWe", "The"};

std::string MakeDocument(std::mt19937& rng, bool french) {
  const auto& words = french ? kFrenchWords : kEnglishWords;
  const auto& openers = french ? kFrenchOpeners : kEnglishOpeners;
  std::string doc;
  doc.reserve(kDocumentBytes + 256);
  std::uniform_int_distribution<size_t> word(0, words.size() - 1);
  std::uniform_int_distribution<size_t> number(0, kNumbers.size() - 1);
  std::uniform_int_distribution<size_t> opener(0, openers.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  while (doc.size() < kDocumentBytes) {
    // A paragraph of 2-5 sentences.
    int sentences = 2 + percent(rng) % 4;
    for (int s = 0; s < sentences; ++s) {
      doc += openers[opener(rng)];
      int length = 8 + percent(rng) % 20;
      for (int w = 0; w < length; ++w) {
        doc.push_back(' ');
        int roll = percent(rng);
        if (roll < 6)
          doc += kNumbers[number(rng)];
        else if (roll < 8)
          doc += french ? "«\u00A0" + words[word(rng)] + "\u00A0»" : "\"" + words[word(rng)] + "\"";
        else
          doc += words[word(rng)];
        if (roll == 99) doc += ",";
      }
      doc += percent(rng) < 10 ? "…" : ".";
      if (s + 1 < sentences) doc.push_back(' ');
    }
    doc += percent(rng) < 50 ? "\n\n" : "\r\n";
  }
  return doc;
}

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> corpus = [] {
    std::vector<std::string> docs;
    std::mt19937 rng(42);
    size_t total = 0;
    const size_t target = CorpusTargetBytes();
    while (total < target) {
      docs.push_back(MakeDocument(rng, docs.size() % 3 != 2));  // 2/3 French
      total += docs.back().size();
    }
    return docs;
  }();
  return corpus;
}

size_t CorpusBytes() {
  size_t total = 0;
  for (const auto& d : Corpus()) total += d.size();
  return total;
}

void ReportCounters(benchmark::State& state, size_t docs_per_iteration) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * docs_per_iteration), benchmark::Counter::kIsRate);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_Normalize(benchmark::State& state) {
  const auto& corpus = Corpus();
  for (auto _ : state)
    for (const auto& doc : corpus) benchmark::DoNotOptimize(NormalizeText(doc));
  ReportCounters(state, corpus.size());
}

void BM_DetectLanguage(benchmark::State& state) {
  const auto& corpus = Corpus();
  for (auto _ : state)
    for (const auto& doc : corpus) benchmark::DoNotOptimize(DetectLanguage(doc));
  ReportCounters(state, corpus.size());
}

void BM_Segment(benchmark::State& state) {
  const auto& corpus = Corpus();
  for (auto _ : state)
    for (size_t i = 0; i < corpus.size(); ++i)
      benchmark::DoNotOptimize(Segment(corpus[i], i % 3 != 2 ? "fr" : "en"));
  ReportCounters(state, corpus.size());
}

// The whole text path, as the analyser runs it per document.
void BM_TextPath(benchmark::State& state) {
  const auto& corpus = Corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& doc : corpus) {
      NormalizedText clean = NormalizeText(doc);
      std::string language = DetectLanguage(clean.text).value_or("");
      TextLayout layout = Segment(clean.text, language);
      tokens += layout.tokens.size();
      benchmark::DoNotOptimize(layout);
    }
  }
  ReportCounters(state, corpus.size());
  state.counters["tokens_per_doc"] =
      static_cast<double>(tokens) / static_cast<double>(state.iterations() * corpus.size());
}

std::vector<RawInput> TextFileInputs() {
  const auto& corpus = Corpus();
  std::vector<RawInput> inputs(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    inputs[i].source = "doc" + std::to_string(i) + ".txt";
    inputs[i].id = "doc" + std::to_string(i);
    inputs[i].bytes = corpus[i];
  }
  return inputs;
}

// Reads every text input once per benchmark iteration, handing each document
// and the index of its input to `use`; reports throughput and the analysable
// documents of one pass.
template <typename Use>
void ReadEachDocument(benchmark::State& state, Use&& use) {
  const std::vector<RawInput> inputs = TextFileInputs();
  ReadOptions options;
  size_t ok = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < inputs.size(); ++i) {
      ReadDocuments(inputs[i], options, [&](Document&& doc) {
        ok += doc.ok();
        use(i, std::move(doc));
      });
    }
  }
  ReportCounters(state, inputs.size());
  state.counters["ok_docs"] = static_cast<double>(ok) / static_cast<double>(state.iterations());
}

// Reading alone (ReadDocuments: format sniffing, binary check, NFC, header
// metadata, boilerplate lines, publication date, wire agencies).
void BM_ReadTextFiles(benchmark::State& state) {
  ReadEachDocument(state, [](size_t, Document&& doc) { benchmark::DoNotOptimize(doc); });
}

// Ingestion, normalisation and segmentation (the measure), the
// language given as the corpus has it instead of detected.
void BM_ReadAndSegmentTextFiles(benchmark::State& state) {
  ReadEachDocument(state, [](size_t input, Document&& doc) {
    if (!doc.ok()) return;
    TextLayout layout = Segment(doc.text, input % 3 != 2 ? "fr" : "en");
    benchmark::DoNotOptimize(layout);
  });
}

// The whole ingestion of a text file as `recoupe analyze` does it: format
// sniffing, binary check, NFC, header metadata, boilerplate lines, publication
// date and wire agencies (ReadDocuments), then language and segmentation.
void BM_IngestTextFiles(benchmark::State& state) {
  ReadEachDocument(state, [](size_t, Document&& doc) {
    if (!doc.ok()) return;
    std::string language = DetectLanguage(doc.text).value_or("");
    TextLayout layout = Segment(doc.text, language);
    benchmark::DoNotOptimize(layout);
  });
}

// The corpus as one .jsonl.gz input, one article per line.
const RawInput& JsonlGzInput() {
  static const RawInput input = [] {
    std::string jsonl;
    for (const auto& doc : Corpus()) jsonl += nlohmann::json{{"text", doc}}.dump() + "\n";
    RawInput in;
    in.source = "corpus.jsonl.gz";
    in.id = "corpus";
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    in.bytes.resize(deflateBound(&zs, jsonl.size()));
    zs.next_in = reinterpret_cast<Bytef*>(jsonl.data());
    zs.avail_in = static_cast<uInt>(jsonl.size());
    zs.next_out = reinterpret_cast<Bytef*>(in.bytes.data());
    zs.avail_out = static_cast<uInt>(in.bytes.size());
    deflate(&zs, Z_FINISH);
    in.bytes.resize(zs.total_out);
    deflateEnd(&zs);
    return in;
  }();
  return input;
}

// Reading a gzipped JSONL container: inflation through the bounded window,
// one JSON line at a time, then the per-document reading as for text files.
void BM_ReadJsonlGz(benchmark::State& state) {
  const RawInput& input = JsonlGzInput();
  ReadOptions options;
  size_t ok = 0;
  for (auto _ : state) {
    ReadDocuments(input, options, [&](Document&& doc) {
      ok += doc.ok();
      benchmark::DoNotOptimize(doc);
    });
  }
  ReportCounters(state, Corpus().size());
  state.counters["ok_docs"] = static_cast<double>(ok) / static_cast<double>(state.iterations());
  state.counters["gz_MB"] = static_cast<double>(input.bytes.size()) / (1 << 20);
}

BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_DetectLanguage)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_TextPath)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadTextFiles)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadAndSegmentTextFiles)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_IngestTextFiles)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReadJsonlGz)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace recoupe
