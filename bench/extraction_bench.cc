// Whole per-document extraction throughput (entities, quotes with speakers,
// figures, time expressions) with the same Extractor the CLI runs.
//
// Plain executable with its own main (it takes precedence over the
// benchmark_main the bench CMakeLists links in):
//   extraction_bench [--docs 20000] [--stages] [--dump DIR]
// generates news-like French and English articles (3/4 French), loads the
// models once, then for each document segments the text (timed apart: the
// text stage) and runs Extractor::Extract (timed). Prints documents/s and
// MB/s per core in thread CPU time, facts found per document, and peak
// memory (ru_maxrss) before and after the loop. --stages adds a second pass
// timing each extractor on its own (entities, quotes, the word scan figures
// and times share, figures, times).
// --dump writes the corpus as text files into DIR and exits.
//
// Articles: paragraphs of 2 to 4 sentences drawn from pools of quotation
// sentences (guillemets, curly and straight quotes, incises, colons,
// "selon"/"according to", pronouns and roles), figure sentences (counts,
// ranges, qualifiers, ages, years, shares), dated sentences (weekdays, day
// month, relative days) and plain prose, with generated person names.
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/entity_tagger.h"
#include "extract/extractor.h"
#include "extract/figures.h"
#include "extract/quotes.h"
#include "extract/time_expressions.h"
#include "text/segmenter.h"

namespace recoupe {
namespace {

double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// Placeholders: {P} full person name, {S} its surname, {R} a role, {C} a
// place, {N} a count, {A} an age, {Q} a quoted clause.
const std::vector<std::string>& FrenchQuotes() {
  static const std::vector<std::string> s = {
      "« {Q} », a déclaré {P} lors d'une conférence de presse.",
      "{P} a affirmé que « {Q} ».",
      "« {Q}. {Q} », a-t-il assuré devant les journalistes.",
      "Selon {P}, « {Q} ».",
      "{R}, {P}, a indiqué : « {Q} ».",
      "« {Q} », estime {R}.",
      "« {Q}, a-t-elle ajouté. {Q} »",
      "{S} a dénoncé une « opération préparée » contre le pays.",
      "« {Q} », a expliqué {S} à l'Agence France-Presse."};
  return s;
}

const std::vector<std::string>& FrenchClauses() {
  static const std::vector<std::string> s = {
      "Nous ne laisserons personne déstabiliser le pays",
      "la situation est désormais sous contrôle dans toutes les régions",
      "Les responsables devront rendre des comptes devant la justice",
      "il faut rétablir l'ordre constitutionnel au plus vite",
      "Ces événements font partie d'un plan préparé de longue date",
      "nous attendons des réponses claires du gouvernement",
      "La population a le droit de manifester pacifiquement"};
  return s;
}

const std::vector<std::string>& FrenchFacts() {
  static const std::vector<std::string> s = {
      "Selon le ministère de l'Intérieur, près de {N} personnes ont été arrêtées depuis dimanche.",
      "Les affrontements ont fait plus de {N} blessés et des dizaines de morts à {C}.",
      "Il a annoncé que {N} membres des forces de sécurité avaient été tués et {N} autres blessés.",
      "Une mission qui comptait {N} soldats et {N} véhicules doit quitter le pays mardi.",
      "L'ancien président, {A} ans, a dirigé le pays de 1989 à 2019.",
      "Le pays partage {N} km de frontières et 20% de la population vit à {C}.",
      "Le 6 janvier, une réunion a eu lieu ; la semaine dernière le gouvernement a démissionné.",
      "Les protestations ont commencé le jour de l'an contre la hausse du prix du carburant.",
      "Ce lundi 10 janvier, {R} a fait le bilan devant ses alliés à {C}.",
      "La vie reprend peu à peu son cours normal dans la plus grande ville du pays.",
      "Des milliers de manifestants sont descendus dans les rues de {C} hier soir.",
      "Environ {N} arrestations ont été effectuées, d'après les autorités locales.",
      "Entre {N} et {N} personnes ont été évacuées vendredi dernier.",
      "Le bilan s'élève à {N}, a précisé {P} mercredi.",
      "Les transports publics reprennent et internet a été rétabli après cinq jours de coupure."};
  return s;
}

const std::vector<std::string>& EnglishQuotes() {
  static const std::vector<std::string> s = {"“{Q},” said {P}, a spokesman for the ministry.",
                                             "{P} told reporters: “{Q}.”",
                                             "“{Q},” {S} said on Monday.",
                                             "According to {P}, “{Q}.”",
                                             "\"{Q},\" she added.",
                                             "{R} {P} warned that \"{Q}\".",
                                             "“{Q}. {Q},” he said."};
  return s;
}

const std::vector<std::string>& EnglishClauses() {
  static const std::vector<std::string> s = {
      "We will not allow anyone to destabilise the country",
      "the situation is now under control in every region",
      "Those responsible will have to answer for their actions",
      "we expect clear answers from the government", "People have the right to protest peacefully"};
  return s;
}

const std::vector<std::string>& EnglishFacts() {
  static const std::vector<std::string> s = {
      "At least {N} people were killed in clashes on Sunday, according to the health ministry.",
      "Police said more than {N} protesters had been detained since January 2, 2022.",
      "The alliance sent {N} troops and {N} armoured vehicles to {C} last week.",
      "The former leader, {A} years old, ruled the country for three decades.",
      "Hundreds of people gathered yesterday in the main square of {C}.",
      "The president will address parliament on Tuesday.",
      "Markets fell 3.5 percent and the currency lost 20% of its value.",
      "The death toll rose to {N} on Wednesday, officials in {C} said.",
      "Between {N} and {N} residents were evacuated last Friday."};
  return s;
}

class ArticleGenerator {
 public:
  explicit ArticleGenerator(uint64_t seed) : rng_(seed) {}

  std::string Article(bool french) {
    const char* first_fr[] = {"Jean",  "Marie", "Claire", "Pierre", "Sophie",
                              "Ahmed", "Nadia", "Lucien", "Hélène", "Yves"};
    const char* first_en[] = {"John", "Sarah", "Michael", "Emma", "David", "Laura", "Peter"};
    const char* last[] = {"Martin",   "Durand",   "Lefèvre", "Moreau", "Benali", "Garnier",
                          "Rousseau", "Fontaine", "Walker",  "Harris", "Okafor", "Novak"};
    const char* roles_fr[] = {"le porte-parole de la police", "le ministre de l'Intérieur",
                              "la présidente de la région", "le procureur"};
    const char* roles_en[] = {"The police spokesman", "Interior Minister", "The prosecutor"};
    const char* cities[] = {"Lyon",  "Marseille",  "Almaty", "Bichkek",
                            "Dakar", "Manchester", "Porto",  "Tachkent"};
    // Two or three people per article, named in full once then by surname.
    std::vector<std::pair<std::string, std::string>> people;
    for (int k = 0; k < 3; ++k) {
      std::string f = french ? first_fr[rng_() % 10] : first_en[rng_() % 7];
      std::string l = last[rng_() % 12];
      people.emplace_back(f + " " + l, l);
    }
    const auto& quotes = french ? FrenchQuotes() : EnglishQuotes();
    const auto& clauses = french ? FrenchClauses() : EnglishClauses();
    const auto& facts = french ? FrenchFacts() : EnglishFacts();
    std::string text;
    int paragraphs = 14 + static_cast<int>(rng_() % 8);
    for (int p = 0; p < paragraphs; ++p) {
      int sentences = 2 + static_cast<int>(rng_() % 3);
      for (int s = 0; s < sentences; ++s) {
        bool quote = rng_() % 4 == 0;
        std::string t = quote ? quotes[rng_() % quotes.size()] : facts[rng_() % facts.size()];
        const auto& person = people[rng_() % people.size()];
        Fill(&t, "{P}", [&] { return person.first; });
        Fill(&t, "{S}", [&] { return person.second; });
        Fill(&t, "{R}",
             [&] { return std::string(french ? roles_fr[rng_() % 4] : roles_en[rng_() % 3]); });
        Fill(&t, "{C}", [&] { return std::string(cities[rng_() % 8]); });
        Fill(&t, "{Q}", [&] { return clauses[rng_() % clauses.size()]; });
        Fill(&t, "{A}", [&] { return std::to_string(40 + rng_() % 50); });
        Fill(&t, "{N}", [&] {
          unsigned n = 2 + rng_() % 9000;
          std::string num = std::to_string(n);
          if (n >= 1000) num.insert(num.size() - 3, french ? "\u00A0" : ",");
          return num;
        });
        if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 32);
        text += t;
        text += s + 1 < sentences ? " " : "\n\n";
      }
    }
    return text;
  }

 private:
  template <typename F>
  static void Fill(std::string* t, const char* key, F value) {
    for (size_t at; (at = t->find(key)) != std::string::npos;) t->replace(at, 3, value());
  }
  std::mt19937_64 rng_;
};

std::vector<Document> MakeCorpus(size_t n) {
  ArticleGenerator gen(42);
  std::vector<Document> docs(n);
  for (size_t d = 0; d < n; ++d) {
    bool french = d % 4 != 3;
    docs[d].id = "doc" + std::to_string(d);
    docs[d].language = french ? "fr" : "en";
    docs[d].published = "2022-01-10";
    docs[d].text = gen.Article(french);
  }
  return docs;
}

struct Counts {
  size_t entities = 0, quotes = 0, attributed = 0, figures = 0, dated = 0, times = 0;
};

void Report(const char* what, double seconds, size_t docs, size_t bytes) {
  std::printf("%-22s %8.2f s CPU  %8.0f docs/s  %6.2f MB/s\n", what, seconds, docs / seconds,
              static_cast<double>(bytes) / 1e6 / seconds);
}

void StagePass(const std::vector<Document>& docs, size_t bytes) {
  EntityTagger entities;
  QuoteExtractor quotes;
  FigureExtractor figures;
  TimeExtractor times;
  double t_ent = 0, t_quo = 0, t_scan = 0, t_fig = 0, t_tim = 0;
  for (const Document& doc : docs) {
    TextLayout layout = Segment(doc.text, *doc.language);
    double t0 = ThreadSeconds();
    auto e = entities.Tag(doc, layout);
    double t1 = ThreadSeconds();
    auto q = quotes.Extract(doc, layout, e);
    double t2 = ThreadSeconds();
    const ScannedText scan = ScannedText::Of(doc.text);  // shared by figures and times
    double t3 = ThreadSeconds();
    auto f = figures.Extract(doc, layout, e, scan);
    double t4 = ThreadSeconds();
    auto t = times.Extract(doc, layout, doc.published, scan);
    double t5 = ThreadSeconds();
    t_ent += t1 - t0, t_quo += t2 - t1, t_scan += t3 - t2, t_fig += t4 - t3, t_tim += t5 - t4;
  }
  Report("  entities", t_ent, docs.size(), bytes);
  Report("  quotes+speakers", t_quo, docs.size(), bytes);
  Report("  word scan (text/)", t_scan, docs.size(), bytes);
  Report("  figures", t_fig, docs.size(), bytes);
  Report("  time expressions", t_tim, docs.size(), bytes);
}

}  // namespace
}  // namespace recoupe

int main(int argc, char** argv) {
  using namespace recoupe;
  size_t n = 20000;
  bool stages = false;
  std::string dump;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--docs") == 0 && i + 1 < argc) n = std::stoul(argv[++i]);
    if (std::strcmp(argv[i], "--stages") == 0) stages = true;
    if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) dump = argv[++i];
  }
  std::vector<Document> docs = MakeCorpus(n);
  if (!dump.empty()) {
    // The corpus as text files, to compare `recoupe extract` outputs.
    for (const Document& d : docs) {
      std::FILE* f = std::fopen((dump + "/" + d.id + ".txt").c_str(), "wb");
      if (!f) return 1;
      std::fwrite(d.text.data(), 1, d.text.size(), f);
      std::fclose(f);
    }
    return 0;
  }
  size_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  double t0 = ThreadSeconds();
  Extractor extractor;  // models and lexicons, loaded once
  double load = ThreadSeconds() - t0;
  double rss_loaded = PeakRssMb();

  Counts c;
  double t_segment = 0, t_extract = 0;
  for (const Document& doc : docs) {
    double a = ThreadSeconds();
    TextLayout layout = Segment(doc.text, *doc.language);
    double b = ThreadSeconds();
    DocumentFacts facts = extractor.Extract(doc, layout);
    t_extract += ThreadSeconds() - b;
    t_segment += b - a;
    c.entities += facts.entities.size();
    c.quotes += facts.quotes.size();
    for (const Quote& q : facts.quotes) c.attributed += !q.speaker_name.empty();
    c.figures += facts.figures.size();
    for (const Figure& f : facts.figures) c.dated += f.as_of.has_value();
    c.times += facts.times.size();
  }
  std::printf("%zu documents, %.1f MB (%.0f bytes/doc), models loaded in %.2f s\n", n, bytes / 1e6,
              static_cast<double>(bytes) / n, load);
  Report("segmentation", t_segment, n, bytes);
  Report("extraction", t_extract, n, bytes);
  Report("segment+extract", t_segment + t_extract, n, bytes);
  std::printf(
      "per doc: %.1f entities, %.2f quotes (%.2f with a named speaker), %.2f figures "
      "(%.2f dated), %.2f times\n",
      static_cast<double>(c.entities) / n, static_cast<double>(c.quotes) / n,
      static_cast<double>(c.attributed) / n, static_cast<double>(c.figures) / n,
      static_cast<double>(c.dated) / n, static_cast<double>(c.times) / n);
  std::printf("peak RSS: %.1f MB after corpus+models, %.1f MB after the loop\n", rss_loaded,
              PeakRssMb());
  if (stages) StagePass(docs, bytes);
  return 0;
}
