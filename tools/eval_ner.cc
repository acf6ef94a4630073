// Tags a CoNLL file with a trained model and scores it against its own tags;
// optionally writes the predictions for /work/shared/eval/score_ner.py.
//   eval_ner --lang fr --model data/models/ner-fr.bin --test test.conllu [--out pred.conllu]
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>

#include "extract/ner_model.h"
#include "ner_scoring.h"

int main(int argc, char** argv) {
  CLI::App app("Evaluate an NER model");
  std::string lang, model_path, test, out;
  app.add_option("--lang", lang, "Language")->required();
  app.add_option("--model", model_path, "Model file")->required();
  app.add_option("--test", test, "CoNLL file to tag")->required();
  app.add_option("--out", out, "Write predictions here (INDEX TOKEN TAG)");
  CLI11_PARSE(app, argc, argv);

  recoupe::NerModel model(recoupe::MakeNerFeaturizer(lang));
  if (!model.Load(model_path)) {
    std::fprintf(stderr, "cannot load %s\n", model_path.c_str());
    return 1;
  }
  auto data = recoupe::ReadConll(test);
  std::ofstream pred;
  if (!out.empty()) pred.open(out);
  recoupe::NerScore score;
  size_t tokens = 0;
  auto start = std::chrono::steady_clock::now();
  for (const auto& s : data) tokens += s.words.size();
  recoupe::ScoreByDocument(
      model, data, score, [&](const recoupe::NerSentence& s, const std::vector<int>& tags) {
        if (!pred) return;
        for (size_t i = 0; i < s.words.size(); ++i)
          pred << i << '\t' << s.words[i] << '\t' << recoupe::NerTagName(tags[i]) << '\n';
        pred << '\n';
      });
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  score.Print();
  std::printf("%zu tokens in %.2f s: %.0f tokens/s\n", tokens, secs, tokens / secs);
  return 0;
}
