#include "resolve/content_words.h"

#include <libstemmer.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/data_files.h"

namespace recoupe {

struct ContentWords::Language {
  sb_stemmer* stemmer = nullptr;
  std::unordered_set<std::string> stop;
  std::unordered_map<std::string, std::string> synonym;  // stem -> class stem
  ~Language() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
  std::string Stem(const std::string& w) const {
    if (!stemmer) return w;
    const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(w.data()),
                                         static_cast<int>(w.size()));
    if (!s) return w;
    return std::string(reinterpret_cast<const char*>(s), sb_stemmer_length(stemmer));
  }
};

std::vector<std::string> LowerWords(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.toLower();
  std::vector<std::string> out;
  icu::UnicodeString cur;
  auto flush = [&] {
    if (!cur.isEmpty()) {
      std::string s;
      cur.toUTF8String(s);
      out.push_back(std::move(s));
      cur.remove();
    }
  };
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    if (u_isalnum(c)) {
      cur.append(c);
    } else {
      flush();
    }
    i += U16_LENGTH(c);
  }
  flush();
  return out;
}

ContentWords::ContentWords() = default;
ContentWords::~ContentWords() = default;
ContentWords::ContentWords(ContentWords&&) noexcept = default;
ContentWords& ContentWords::operator=(ContentWords&&) noexcept = default;

const ContentWords::Language& ContentWords::For(const std::string& language) const {
  auto it = languages_.find(language);
  if (it != languages_.end()) return *it->second;
  auto lang = std::make_unique<Language>();
  if (!language.empty()) lang->stemmer = sb_stemmer_new(language.c_str(), "UTF_8");
  try {
    for (const auto& row : ReadTsv(DataPath(language + "/statement_stopwords.tsv"))) {
      if (!row.empty()) lang->stop.insert(row[0]);
    }
  } catch (const std::exception&) {
    // No list for this language: every word counts.
  }
  try {
    for (const auto& row : ReadTsv(DataPath(language + "/statement_synonyms.tsv"))) {
      if (row.empty()) continue;
      std::vector<std::string> head = LowerWords(row[0]);
      if (head.empty()) continue;
      std::string cls = lang->Stem(head.back());
      for (const std::string& field : row) {
        std::vector<std::string> w = LowerWords(field);
        if (!w.empty()) lang->synonym[lang->Stem(w.back())] = cls;
      }
    }
  } catch (const std::exception&) {
  }
  return *languages_.emplace(language, std::move(lang)).first->second;
}

std::set<std::string> ContentWords::Of(std::string_view text, const std::string& language) const {
  const Language& lang = For(language);
  std::set<std::string> out;
  for (const std::string& w : LowerWords(text)) {
    if (lang.stop.count(w)) continue;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      out.insert(w);
      continue;
    }
    if (w.size() < 2) continue;
    std::string stem = lang.Stem(w);
    auto syn = lang.synonym.find(stem);
    out.insert(syn != lang.synonym.end() ? syn->second : stem);
  }
  return out;
}

std::vector<std::string> ContentWords::Words(std::string_view text,
                                             const std::string& language) const {
  const Language& lang = For(language);
  std::vector<std::string> out;
  for (std::string& w : LowerWords(text))
    if (!lang.stop.count(w)) out.push_back(std::move(w));
  return out;
}

std::string ContentWords::Stem(const std::string& word, const std::string& language) const {
  return For(language).Stem(word);
}

bool ContentWords::IsStopword(const std::string& word, const std::string& language) const {
  return For(language).stop.count(word) > 0;
}

double OverlapCoefficient(const std::set<std::string>& a, const std::set<std::string>& b,
                          size_t* shared) {
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  if (shared) *shared = common;
  size_t smaller = std::min(a.size(), b.size());
  return smaller ? static_cast<double>(common) / static_cast<double>(smaller) : 0.0;
}

}  // namespace recoupe
