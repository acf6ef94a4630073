// Trains an NER model (extract/ner_model) from CoNLL files.
//   train_ner --lang fr --train A.conllu [--train B.conllu] --out data/models/ner-fr.bin
// The last --holdout fraction of the sentences is kept aside and scored
// (tuning only; cut at a document boundary); pass --holdout 0 to train on
// everything.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>

#include "extract/ner_model.h"
#include "ner_scoring.h"

int main(int argc, char** argv) {
  CLI::App app("Train the NER perceptron");
  std::string lang, out;
  std::vector<std::string> train_files;
  int epochs = 8;
  double holdout = 0.1, prune = 0.002;
  int folds = 0;
  app.add_option("--lang", lang, "Language (data/<lang>/titles.txt)")->required();
  app.add_option("--train", train_files, "CoNLL training files")->required();
  app.add_option("--out", out, "Model file to write")->required();
  app.add_option("--epochs", epochs, "Perceptron passes");
  app.add_option("--holdout", holdout, "Fraction of sentences held out for tuning");
  app.add_option("--prune", prune,
                 "Drop rows whose weights are below this fraction of the largest");
  app.add_option("--second-pass-folds", folds,
                 "Also train a second pass over the first's tags, these given by this many "
                 "models each trained without one fold of the documents (0: one pass)");
  CLI11_PARSE(app, argc, argv);

  std::vector<recoupe::NerSentence> data;
  for (const auto& f : train_files) {
    auto part = recoupe::ReadConll(f);
    data.insert(data.end(), std::make_move_iterator(part.begin()),
                std::make_move_iterator(part.end()));
  }
  size_t held = static_cast<size_t>(data.size() * holdout);
  while (held > 0 && held < data.size() &&
         data[data.size() - held].doc == data[data.size() - held - 1].doc)
    ++held;
  std::vector<recoupe::NerSentence> tune(data.end() - held, data.end());
  data.resize(data.size() - held);
  std::printf("training on %zu sentences, holding out %zu\n", data.size(), tune.size());

  recoupe::NerModel model(recoupe::MakeNerFeaturizer(lang));
  auto start = std::chrono::steady_clock::now();
  model.Train(
      data, epochs,
      [](int epoch, double acc) {
        std::printf("epoch %d: token accuracy %.4f\n", epoch, acc);
        std::fflush(stdout);
      },
      prune, folds);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("trained in %.1f s\n", secs);
  std::printf("%zu weight rows kept\n", model.rows());
  if (!model.Save(out)) {
    std::fprintf(stderr, "cannot write %s\n", out.c_str());
    return 1;
  }
  if (!tune.empty()) {
    recoupe::NerModel loaded(recoupe::MakeNerFeaturizer(lang));
    loaded.Load(out);
    recoupe::NerScore score;
    recoupe::ScoreByDocument(loaded, tune, score, nullptr);
    std::printf("held-out:\n");
    score.Print();
  }
  return 0;
}
