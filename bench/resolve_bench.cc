// Story building speed: a synthetic story of N documents, each with 60 entity
// mentions (spelling variants of 80 names), 10 quotations and 10 figures.
#include <benchmark/benchmark.h>

#include "resolve/story_builder.h"

namespace recoupe {
namespace {

Analysis SyntheticStory(int documents) {
  static const char* kFirst[] = {"Aïdar",  "Erlan", "Bolat", "Djamila",
                                 "Nurlan", "Saule", "Marat", "Gulnar"};
  static const char* kLast[] = {"Sultanbekov",    "Kenjebaïev", "Rakhimova", "Abdykalykov",
                                "Tasmagambetov",  "Ibraïmova",  "Ospanov",   "Jaksybekov",
                                "Nourmaganbetov", "Seitkali"};
  Analysis analysis;
  for (int d = 0; d < documents; ++d) {
    AnalyzedDocument ad;
    ad.doc.id = "d" + std::to_string(d);
    ad.doc.language = "fr";
    ad.doc.published = "2023-03-1" + std::to_string(d % 7);
    for (int m = 0; m < 60; ++m) {
      int name = (m * 7 + d) % 80;
      std::string text = (m % 3 == 0) ? std::string(kLast[name % 10])
                                      : std::string(kFirst[name / 10]) + " " + kLast[name % 10];
      if (d % 2) {
        for (char& c : text) {
          if (c == 'j') c = 'y';
        }
      }
      EntityMention e;
      e.span = {static_cast<uint32_t>(ad.doc.text.size()),
                static_cast<uint32_t>(ad.doc.text.size() + text.size())};
      e.text = text;
      e.type = EntityType::kPer;
      ad.doc.text += text + " a dit : « ";
      ad.facts.entities.push_back(e);
      if (m % 6 == 0) {
        std::string said = "Nous voulons la stabilité de la région et le retour au calme numéro " +
                           std::to_string(m);
        Quote q;
        q.span = {static_cast<uint32_t>(ad.doc.text.size()),
                  static_cast<uint32_t>(ad.doc.text.size() + said.size())};
        q.text = said;
        q.speaker_name = text;
        q.speaker_mention = e.span;
        ad.doc.text += said;
        ad.facts.quotes.push_back(q);
        Figure f;
        f.span = q.span;
        f.value = 10 + m + d % 3;
        f.category = m % 12 ? "killed" : "injured";
        ad.facts.figures.push_back(f);
      }
      ad.doc.text += " ». ";
    }
    analysis.documents.push_back(std::move(ad));
  }
  return analysis;
}

void BM_BuildStory(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  Analysis base = SyntheticStory(n);
  std::vector<size_t> members(n);
  for (int i = 0; i < n; ++i) members[i] = i;
  TimeExtractor times;
  const Phrases phrases = Phrases::Load("fr");
  for (auto _ : state) {
    Analysis a = base;
    benchmark::DoNotOptimize(BuildStory("s1", members, a, times, phrases));
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_BuildStory)->Arg(10)->Arg(40)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace recoupe
