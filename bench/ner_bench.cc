// Entity tagging throughput (tokens/s, CPU time): through EntityTagger::Tag
// with the tagger's own tokenizer (layout without tokens) on French and
// English news-like text, NerModel::Predict alone on English sentences, and
// the time to load every model (EntityTagger construction).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <sstream>

#include "core/data_files.h"
#include "extract/entity_tagger.h"
#include "extract/ner_model.h"
#include "extract/ner_tokenizer.h"

namespace {

const char* const kFrench =
    "Le président kazakh, Kassym-Jomart Tokaïev, a demandé mercredi l'aide de l'Organisation du "
    "traité de sécurité collective (OTSC), une alliance militaire dirigée par Moscou. Selon "
    "l'agence "
    "Interfax, des dizaines de manifestants ont été tués à Almaty, la plus grande ville du pays. "
    "M. Tokaïev a limogé le gouvernement, tandis que la porte-parole de la diplomatie russe, Maria "
    "Zakharova, dénonçait une tentative inspirée de l'étranger. Washington et Bruxelles ont appelé "
    "au calme, a indiqué l'AFP.\n";

const char* const kEnglish =
    "Shares of Deutsche Telekom fell 3 percent in Frankfurt on Tuesday after the company said "
    "its chief executive, Ron Sommer, would step down. Analysts at Merrill Lynch in London said "
    "the move had been expected since the German government, which holds a stake, criticised "
    "the group's debt. The European Commission in Brussels declined to comment, a spokesman "
    "told Reuters.\n";

recoupe::Document MakeDocument(const char* paragraph, const char* lang, int paragraphs) {
  recoupe::Document doc;
  doc.language = lang;
  for (int i = 0; i < paragraphs; ++i) doc.text += paragraph;
  return doc;
}

recoupe::TextLayout OneSentencePerLine(const std::string& text) {
  recoupe::TextLayout layout;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    recoupe::Sentence s;
    s.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(nl)};
    layout.sentences.push_back(s);
    start = nl + 1;
  }
  return layout;
}

const recoupe::EntityTagger& Tagger() {
  static const recoupe::EntityTagger tagger;
  return tagger;
}

void RunTagger(benchmark::State& state, const char* paragraph, const char* lang) {
  const recoupe::EntityTagger& tagger = Tagger();
  recoupe::Document doc = MakeDocument(paragraph, lang, static_cast<int>(state.range(0)));
  recoupe::TextLayout layout = OneSentencePerLine(doc.text);
  const auto tokens =
      recoupe::TokenizeForNer(doc.text, {0, static_cast<uint32_t>(doc.text.size())}, {});
  for (auto _ : state) benchmark::DoNotOptimize(tagger.Tag(doc, layout));
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(tokens.size()) * state.iterations(), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(doc.text.size()) * state.iterations());
}

void BM_EntityTagger(benchmark::State& state) {
  RunTagger(state, kFrench, "fr");
}
BENCHMARK(BM_EntityTagger)->Arg(1)->Arg(50);

void BM_EntityTaggerEnglish(benchmark::State& state) {
  RunTagger(state, kEnglish, "en");
}
BENCHMARK(BM_EntityTaggerEnglish)->Arg(1)->Arg(50);

// The model alone, one sentence at a time, on 50 paragraphs' worth of words.
void BM_NerPredictEnglish(benchmark::State& state) {
  recoupe::NerModel model(recoupe::MakeNerFeaturizer("en"));
  if (!model.Load(recoupe::DataPath("models/ner-en.bin"))) {
    state.SkipWithError("no English model");
    return;
  }
  std::vector<std::string> storage;
  std::istringstream in(kEnglish);
  for (std::string w; in >> w;) storage.push_back(w);
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;
  for (int copy = 0; copy < 50; ++copy) {
    sentences.emplace_back();
    for (const std::string& w : storage) {
      sentences.back().push_back(w);
      if (sentences.back().size() == 25) sentences.emplace_back();
    }
    tokens += storage.size();
  }
  for (auto _ : state)
    for (const auto& s : sentences) benchmark::DoNotOptimize(model.Predict(s));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerPredictEnglish);

// The model alone over a whole CoNLL file (varied text, so the weight table
// does not sit in cache as with repeated paragraphs), one sentence at a time:
// RECOUPE_NER_BENCH_CONLL=../shared/corpus/ner/en-conll2003/val.conllu.
void BM_NerPredictCorpus(benchmark::State& state) {
  const char* path = std::getenv("RECOUPE_NER_BENCH_CONLL");
  if (!path) {
    state.SkipWithError("RECOUPE_NER_BENCH_CONLL not set");
    return;
  }
  recoupe::NerModel model(recoupe::MakeNerFeaturizer("en"));
  if (!model.Load(recoupe::DataPath("models/ner-en.bin"))) {
    state.SkipWithError("no English model");
    return;
  }
  const auto data = recoupe::ReadConll(path);
  std::vector<std::vector<std::string_view>> sentences;
  size_t tokens = 0;
  for (const auto& s : data) {
    sentences.emplace_back(s.words.begin(), s.words.end());
    tokens += s.words.size();
  }
  for (auto _ : state)
    for (const auto& s : sentences) benchmark::DoNotOptimize(model.Predict(s));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NerPredictCorpus)->Unit(benchmark::kMillisecond);

// Loading both languages' models, titles, gazetteers and rules.
void BM_EntityTaggerLoad(benchmark::State& state) {
  for (auto _ : state) {
    recoupe::EntityTagger tagger;
    benchmark::DoNotOptimize(tagger.HasModel("en"));
  }
}
BENCHMARK(BM_EntityTaggerLoad)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
