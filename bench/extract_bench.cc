// Throughput of figure and time-expression extraction over generated
// news-like documents (French and English sentences mixing counts, dates,
// weekdays, ages, distances and plain prose). Reports documents/s and bytes/s.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/text_layout.h"
#include "extract/figures.h"
#include "extract/time_expressions.h"

namespace recoupe {
namespace {

constexpr size_t kDocuments = 20000;

const std::vector<std::string>& FrenchSentences() {
  static const std::vector<std::string> s = {
      "Selon le ministère de l'Intérieur, près de {N} personnes ont été arrêtées depuis dimanche.",
      "Les affrontements ont fait plus de {N} blessés et des dizaines de morts à Almaty.",
      "Il a annoncé que {N} membres des forces de sécurité avaient été tués et {N} autres blessés.",
      "Une mission qui comptait {N} soldats et {N} véhicules doit quitter le pays mardi.",
      "L'ancien président, {A} ans, a dirigé le pays de 1989 à 2019.",
      "Le pays partage {N} km de frontières et 20% de la population parle russe.",
      "Le 6 janvier, une réunion a eu lieu ; la semaine dernière le gouvernement a démissionné.",
      "Les protestations ont commencé le jour de l'an contre la hausse du prix du carburant.",
      "Ce lundi 10 janvier, le président a fait le bilan devant ses alliés.",
      "La vie reprend peu à peu son cours normal dans la plus grande ville du pays.",
      "Des milliers de manifestants sont descendus dans les rues hier soir.",
      "Environ {N} arrestations ont été effectuées, d'après les autorités locales."};
  return s;
}

const std::vector<std::string>& EnglishSentences() {
  static const std::vector<std::string> s = {
      "At least {N} people were killed in clashes on Sunday, according to the health ministry.",
      "Police said more than {N} protesters had been detained since January 2, 2022.",
      "The alliance sent {N} troops and {N} armoured vehicles last week.",
      "The former leader, {A} years old, ruled the country for three decades.",
      "Hundreds of people gathered yesterday in the main square.",
      "The president will address parliament on Tuesday.",
      "Markets fell 3.5 percent and the currency lost 20% of its value."};
  return s;
}

std::vector<Document> MakeDocuments() {
  std::mt19937 rng(42);
  std::vector<Document> docs(kDocuments);
  for (size_t d = 0; d < kDocuments; ++d) {
    bool english = d % 4 == 3;
    const auto& pool = english ? EnglishSentences() : FrenchSentences();
    Document& doc = docs[d];
    doc.id = "doc" + std::to_string(d);
    doc.language = english ? "en" : "fr";
    int sentences = 8 + static_cast<int>(rng() % 12);
    for (int k = 0; k < sentences; ++k) {
      std::string s = pool[rng() % pool.size()];
      for (size_t at; (at = s.find("{N}")) != std::string::npos;) {
        unsigned n = 1 + rng() % 9000;
        std::string num = std::to_string(n);
        if (n >= 1000 && !english) num.insert(num.size() - 3, " ");
        if (n >= 1000 && english) num.insert(num.size() - 3, ",");
        s.replace(at, 3, num);
      }
      for (size_t at; (at = s.find("{A}")) != std::string::npos;)
        s.replace(at, 3, std::to_string(40 + rng() % 50));
      doc.text += s;
      doc.text += k % 3 == 2 ? "\n\n" : " ";
    }
  }
  return docs;
}

void BM_FiguresAndTimes(benchmark::State& state) {
  static const std::vector<Document> docs = MakeDocuments();
  FigureExtractor figures;
  TimeExtractor times;
  TextLayout layout;
  const std::optional<std::string> reference = "2022-01-10";
  size_t bytes = 0, found = 0;
  for (const Document& doc : docs) bytes += doc.text.size();
  for (auto _ : state) {
    for (const Document& doc : docs) {
      auto f = figures.Extract(doc, layout, {});
      auto t = times.Extract(doc, layout, reference);
      found += f.size() + t.size();
      benchmark::DoNotOptimize(f.data());
      benchmark::DoNotOptimize(t.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["items_per_doc"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_FiguresAndTimes)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace recoupe
