// Entity tagging: over the document's sentences, the language's perceptron
// model (when its model file exists) gives BIO tags over the layout's tokens (or our own
// tokens when the layout has none); EntityRules then adds titles, acronyms
// and agencies and drops lowercase mentions; names after a reporting verb
// are added (ReportedSpeakerNames) and departments named with a title
// dropped (TitleComplements).
#include "extract/entity_tagger.h"

#include <cctype>
#include <filesystem>
#include <map>

#include "core/data_files.h"
#include "extract/entity_rules.h"
#include "extract/ner_features.h"
#include "extract/ner_gazetteer.h"
#include "extract/ner_model.h"
#include "extract/ner_tokenizer.h"
#include "extract/reported_speaker_names.h"
#include "extract/title_complements.h"

namespace recoupe {
namespace {

constexpr const char* kDefaultLanguage = "fr";

// The size of an English possessive ending ("'s", "’s") of a word that has
// letters before it, else 0.
size_t PossessiveEndingSize(std::string_view w) {
  for (std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s")})
    if (w.size() > ending.size() + 1 && w.ends_with(ending)) {
      const auto before = static_cast<unsigned char>(w[w.size() - ending.size() - 1]);
      if (std::isalpha(before) || before >= 0x80) return ending.size();
    }
  return 0;
}

// First column of a data file, lowercased; a missing file gives no words.
std::unordered_set<std::string> LoadLowercaseList(const std::string& relative) {
  try {
    std::vector<std::string> words = ReadWordList(DataPath(relative), /*lowercase=*/true);
    return {std::make_move_iterator(words.begin()), std::make_move_iterator(words.end())};
  } catch (const std::exception&) {
    return {};
  }
}

// Agency names and their variants: every field of data/agencies.tsv, the list
// ingest/ reads for wire sources. Missing file: no agency rule.
std::vector<std::string> LoadAgencies() {
  std::vector<std::string> out;
  try {
    for (const auto& row : ReadTsv(DataPath("agencies.tsv")))
      for (const auto& field : row)
        if (!field.empty()) out.push_back(field);
  } catch (const std::exception&) {
  }
  return out;
}

// Whether `next` can open a new sentence: an uppercase letter or a quotation mark.
bool EndsSentenceBefore(std::string_view text, const Token& next) {
  std::string_view w = text.substr(next.span.start, next.span.size());
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c == '"' || w.starts_with("«") || w.starts_with("“") || w.starts_with("—")) return true;
  std::string lower = NerLowercase(w.substr(0, std::min<size_t>(w.size(), 4)));
  return lower.substr(0, 1) != w.substr(0, 1);  // first byte changed: uppercase
}

// Weekday names and month abbreviations ("jan", "lundi"): never a name on
// their own. Full month names stay out: "May", "June" and "Mars" also name
// people and a planet.
std::unordered_set<std::string> CalendarWords(const std::string& lang) {
  constexpr size_t kMaxAbbreviation = 5;  // bytes, without the period: "sept", "févr"
  std::unordered_set<std::string> out = LoadLowercaseList(lang + "/weekday_names.tsv");
  try {
    for (const auto& row : ReadTsv(DataPath(lang + "/months.tsv"))) {
      for (size_t i = 2; i < row.size(); ++i) {
        std::string form = row[i];
        if (!form.empty() && form.back() == '.') form.pop_back();
        if (!form.empty() && form.size() <= kMaxAbbreviation && form != row[1]) out.insert(form);
      }
    }
  } catch (const std::exception&) {
    // No month table: weekday names only.
  }
  return out;
}

}  // namespace

struct EntityTagger::Impl {
  struct Language {
    NerModel model;
    EntityRules rules;
    std::unordered_set<std::string> abbreviations;  // titles ending with '.'
    ReportedSpeakerNames speaker_names;
    TitleComplements title_complements;
  };
  std::vector<std::string> agencies = LoadAgencies();
  std::unordered_set<std::string> connectors = LoadLowercaseList("name_connectors.txt");
  std::map<std::string, std::unique_ptr<Language>> languages;

  Impl() {
    for (const char* lang : {"fr", "en"}) Load(lang);
  }

  // Language data is loaded once at construction for the model languages;
  // others get rules only (titles may still exist for them).
  const Language& Load(const std::string& lang) {
    auto it = languages.find(lang);
    if (it != languages.end()) return *it->second;
    auto titles = LoadLowercaseList(lang + "/titles.txt");
    std::unordered_set<std::string> abbreviations;
    for (const auto& t : titles)
      if (!t.empty() && t.back() == '.') abbreviations.insert(t);
    EntityRuleLexicons lexicons{titles,
                                agencies,
                                LoadLowercaseList(lang + "/institution_heads.txt"),
                                connectors,
                                LoadLowercaseList(lang + "/person_nouns.txt"),
                                LoadLowercaseList(lang + "/event_nouns.txt"),
                                CalendarWords(lang),
                                LoadLowercaseList(lang + "/institution_links.txt"),
                                LoadAcronymTypes(lang),
                                LoadLowercaseList(lang + "/place_nouns.txt")};
    // Reporting verbs (finite forms and participles, not "-ing"/"-ant" forms)
    // and the prepositions of whom words were said to.
    std::unordered_set<std::string> verbs, addressee_preps;
    try {
      for (const auto& row : ReadTsv(DataPath(lang + "/speech_verbs.tsv"))) {
        if (row.size() < 2) continue;
        if (row[1] == "verb") verbs.insert(row[0]);
        if (row[1] == "addressee") addressee_preps.insert(row[0]);
      }
    } catch (const std::exception&) {
      // No reporting verbs for this language: no names found after them.
    }
    // Small words between a title and its department: "ministre de l'Intérieur".
    std::unordered_set<std::string> joiners = LoadLowercaseList(lang + "/function_words.txt");
    joiners.insert(connectors.begin(), connectors.end());
    ReportedSpeakerNames speaker_names(std::move(verbs), std::move(addressee_preps), connectors,
                                       titles);
    TitleComplements title_complements(titles, LoadLowercaseList(lang + "/portfolios.txt"),
                                       std::move(joiners));
    auto l = std::make_unique<Language>(Language{
        // The featurizer the model was trained with (titles, gazetteer, word
        // clusters), so that its weights mean the same here.
        NerModel(MakeNerFeaturizer(lang)), EntityRules(std::move(lexicons)),
        std::move(abbreviations), std::move(speaker_names), std::move(title_complements)});
    std::string path = DataPath("models/ner-" + lang + ".bin");
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) l->model.Load(path);
    return *languages.emplace(lang, std::move(l)).first->second;
  }
};

EntityTagger::EntityTagger() : impl_(std::make_unique<Impl>()) {}
EntityTagger::~EntityTagger() = default;
EntityTagger::EntityTagger(EntityTagger&&) noexcept = default;
EntityTagger& EntityTagger::operator=(EntityTagger&&) noexcept = default;

bool EntityTagger::HasModel(const std::string& lang) const {
  auto it = impl_->languages.find(lang);
  return it != impl_->languages.end() && !it->second->model.empty();
}

std::vector<EntityMention> EntityTagger::Tag(const Document& doc, const TextLayout& layout) const {
  std::string lang = doc.language.value_or(kDefaultLanguage);
  // Unknown languages are not loaded on the fly (Tag is const and may run on
  // several threads): they use the default language's rules and model.
  if (!impl_->languages.count(lang)) lang = kDefaultLanguage;
  const Impl::Language& L = *impl_->languages.at(lang);

  const std::vector<Token>* tokens = &layout.tokens;
  std::vector<Sentence> sentences = layout.sentences;
  std::vector<Token> own;
  if (layout.tokens.empty()) {
    std::vector<Span> spans;
    for (const auto& s : layout.sentences) spans.push_back(s.span);
    if (spans.empty() && !doc.text.empty())
      spans.push_back({0, static_cast<uint32_t>(doc.text.size())});
    sentences.clear();
    for (const Span& span : spans) {
      std::vector<Token> part = TokenizeForNer(doc.text, span, L.abbreviations);
      // Split at sentence-final marks followed by a capital or a quotation
      // mark, as the models saw one sentence at a time.
      size_t begin = 0;
      for (size_t k = 0; k < part.size(); ++k) {
        std::string_view w =
            std::string_view(doc.text).substr(part[k].span.start, part[k].span.size());
        bool final_mark = w == "." || w == "!" || w == "?" || w == "…";
        bool last = k + 1 == part.size();
        if (!last && !(final_mark && EndsSentenceBefore(doc.text, part[k + 1]))) continue;
        Sentence s;
        s.span = {part[begin].span.start, part[k].span.end};
        s.first_token = static_cast<uint32_t>(own.size() + begin);
        s.token_count = static_cast<uint32_t>(k + 1 - begin);
        sentences.push_back(s);
        begin = k + 1;
      }
      own.insert(own.end(), part.begin(), part.end());
    }
    tokens = &own;
  }

  // The whole document at once: the model uses how a word is written and
  // tagged elsewhere in it. A possessive ending is a word of its own, as in
  // the training data ("Clinton" "'s"): "Clinton's" would be a word the model
  // never saw, and typed by its ending.
  const std::string_view text(doc.text);
  std::vector<std::vector<Span>> word_spans(sentences.size());
  std::vector<std::vector<std::string_view>> doc_words(sentences.size());
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Sentence& s = sentences[k];
    size_t first = s.first_token, end = std::min<size_t>(first + s.token_count, tokens->size());
    word_spans[k].reserve(end > first ? end - first : 0);
    for (size_t t = first; t < end; ++t) {
      const Span span = (*tokens)[t].span;
      const size_t ending = PossessiveEndingSize(text.substr(span.start, span.size()));
      if (ending == 0) {
        word_spans[k].push_back(span);
        continue;
      }
      const uint32_t cut = span.end - static_cast<uint32_t>(ending);
      word_spans[k].push_back({span.start, cut});
      word_spans[k].push_back({cut, span.end});
    }
    doc_words[k].reserve(word_spans[k].size());
    for (const Span& w : word_spans[k]) doc_words[k].push_back(text.substr(w.start, w.size()));
  }
  const std::vector<std::vector<int>> doc_tags = L.model.PredictDocument(doc_words);
  std::vector<EntityMention> mentions;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<Span>& spans = word_spans[k];
    const std::vector<int>& tags = doc_tags[k];
    for (size_t i = 0; i < tags.size();) {
      if (tags[i] == 0) {
        ++i;
        continue;
      }
      int type = NerTypeOf(tags[i]);
      size_t j = i + 1;
      while (j < tags.size() && NerIsInside(tags[j]) && NerTypeOf(tags[j]) == type) ++j;
      EntityMention m;
      m.span = {spans[i].start, spans[j - 1].end};
      m.text = doc.text.substr(m.span.start, m.span.size());
      m.type = static_cast<EntityType>(type);
      mentions.push_back(std::move(m));
      i = j;
    }
  }
  L.rules.Apply(doc.text, *tokens, sentences, mentions);
  L.speaker_names.Add(doc.text, *tokens, mentions);
  L.title_complements.Drop(doc.text, *tokens, mentions);
  return mentions;
}

}  // namespace recoupe
