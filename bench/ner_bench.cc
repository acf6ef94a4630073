// Entity tagging throughput (tokens/s) on French news-like text, through
// EntityTagger::Tag with the tagger's own tokenizer (layout without tokens).
#include <benchmark/benchmark.h>

#include "extract/entity_tagger.h"
#include "extract/ner_tokenizer.h"

namespace {

const char* const kParagraph =
    "Le président kazakh, Kassym-Jomart Tokaïev, a demandé mercredi l'aide de l'Organisation du "
    "traité de sécurité collective (OTSC), une alliance militaire dirigée par Moscou. Selon "
    "l'agence "
    "Interfax, des dizaines de manifestants ont été tués à Almaty, la plus grande ville du pays. "
    "M. Tokaïev a limogé le gouvernement, tandis que la porte-parole de la diplomatie russe, Maria "
    "Zakharova, dénonçait une tentative inspirée de l'étranger. Washington et Bruxelles ont appelé "
    "au calme, a indiqué l'AFP.\n";

recoupe::Document MakeDocument(int paragraphs) {
  recoupe::Document doc;
  doc.language = "fr";
  for (int i = 0; i < paragraphs; ++i) doc.text += kParagraph;
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

void BM_EntityTagger(benchmark::State& state) {
  static const recoupe::EntityTagger tagger;
  recoupe::Document doc = MakeDocument(static_cast<int>(state.range(0)));
  recoupe::TextLayout layout = OneSentencePerLine(doc.text);
  const auto tokens =
      recoupe::TokenizeForNer(doc.text, {0, static_cast<uint32_t>(doc.text.size())}, {});
  for (auto _ : state) benchmark::DoNotOptimize(tagger.Tag(doc, layout));
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(tokens.size()) * state.iterations(), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(doc.text.size()) * state.iterations());
}
BENCHMARK(BM_EntityTagger)->Arg(1)->Arg(50);

}  // namespace
