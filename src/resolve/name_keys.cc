#include "resolve/name_keys.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "core/data_files.h"

namespace recoupe {
namespace {

struct FoldingRule {
  std::string from, to;
  bool at_start = false, at_end = false;
};

// Applies one rule to every occurrence in `token` (anchored rules at most once).
void ApplyRule(const FoldingRule& r, std::string& token) {
  if (r.from.empty()) return;
  if (r.at_start || r.at_end) {
    if (token.size() < r.from.size()) return;
    size_t pos = r.at_start ? 0 : token.size() - r.from.size();
    if (token.compare(pos, r.from.size(), r.from) != 0) return;
    if (r.at_start && r.at_end && token.size() != r.from.size()) return;
    token.replace(pos, r.from.size(), r.to);
    return;
  }
  size_t pos = 0;
  while ((pos = token.find(r.from, pos)) != std::string::npos) {
    token.replace(pos, r.from.size(), r.to);
    pos += r.to.size();
  }
}

void CollapseDoubles(std::string& token) {
  token.erase(std::unique(token.begin(), token.end()), token.end());
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool IsInitial(std::string_view t) {
  return t.size() == 1;
}

bool TokensCompatible(std::string_view a, std::string_view b) {
  if (IsInitial(a) || IsInitial(b)) return a[0] == b[0];
  return TokenSimilarity(a, b) >= 0.75;
}

}  // namespace

struct NameKeyMaker::Impl {
  std::unique_ptr<icu::Transliterator> translit;
  std::vector<FoldingRule> rules;
  std::unordered_set<std::string> stop, titles;
  std::once_flag countries_loaded;
  std::unordered_map<std::string, std::string> country_of;  // joined key -> code
};

NameKeyMaker::NameKeyMaker() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->translit.reset(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !impl_->translit) {
    throw std::runtime_error("ICU transliterator Any-Latin; Latin-ASCII; Lower unavailable");
  }
  for (const auto& row : ReadTsv(DataPath("name_folding.tsv"))) {
    if (row.empty()) continue;
    FoldingRule r;
    r.from = row[0];
    r.to = row.size() > 1 ? row[1] : "";
    if (!r.from.empty() && r.from.front() == '^') r.at_start = true, r.from.erase(0, 1);
    if (!r.from.empty() && r.from.back() == '$') r.at_end = true, r.from.pop_back();
    impl_->rules.push_back(std::move(r));
  }
  for (const auto& row : ReadTsv(DataPath("name_stopwords.tsv"))) {
    if (row.empty()) continue;
    if (row.size() > 1 && row[1] == "title") {
      impl_->titles.insert(row[0]);
    } else {
      impl_->stop.insert(row[0]);
    }
  }
}

NameKeyMaker::~NameKeyMaker() = default;
NameKeyMaker::NameKeyMaker(NameKeyMaker&&) noexcept = default;
NameKeyMaker& NameKeyMaker::operator=(NameKeyMaker&&) noexcept = default;

std::string NameKeyMaker::Ascii(std::string_view text) const {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  impl_->translit->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string_view NameKeyMaker::CountryCode(const NameKey& key) const {
  std::call_once(impl_->countries_loaded, [this] {
    try {
      for (const auto& row : ReadTsv(DataPath("country_names.tsv"))) {
        for (size_t i = 1; i < row.size(); ++i) {
          std::string joined = Key(row[i]).Joined();
          if (!joined.empty()) impl_->country_of.emplace(std::move(joined), row[0]);
        }
      }
    } catch (const std::exception&) {
      // No table: no country is recognised, names still match by spelling.
    }
  });
  auto it = impl_->country_of.find(key.Joined());
  return it == impl_->country_of.end() ? std::string_view() : std::string_view(it->second);
}

bool NameKeyMaker::IsStopWord(std::string_view w) const {
  return impl_->stop.count(std::string(w)) > 0;
}

// Splits ASCII text into lower-case words at anything not a letter or digit;
// a word followed by '.' keeps it so titles like "m." can be recognised.
static std::vector<std::string> SplitWords(const std::string& ascii) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : ascii) {
    unsigned char uc = static_cast<unsigned char>(c);
    if (std::isalnum(uc)) {
      cur.push_back(static_cast<char>(std::tolower(uc)));
    } else {
      if (!cur.empty()) {
        if (c == '.') cur.push_back('.');
        words.push_back(cur);
        cur.clear();
      }
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

NameKey NameKeyMaker::Key(std::string_view name) const {
  std::vector<std::string> words = SplitWords(Ascii(name));
  size_t first = 0;
  while (first + 1 < words.size()) {
    std::string bare = words[first];
    if (!bare.empty() && bare.back() == '.') bare.pop_back();
    if (!impl_->titles.count(words[first]) && !impl_->titles.count(bare)) break;
    ++first;
  }
  NameKey key;
  for (size_t i = first; i < words.size(); ++i) {
    std::string t = words[i];
    if (!t.empty() && t.back() == '.') t.pop_back();
    if (t.empty()) continue;
    for (const FoldingRule& r : impl_->rules) ApplyRule(r, t);
    CollapseDoubles(t);
    if (!t.empty()) key.tokens.push_back(std::move(t));
  }
  return key;
}

std::string NameKeyMaker::Initials(std::string_view expansion) const {
  std::string out;
  for (std::string w : SplitWords(Ascii(expansion))) {
    if (!w.empty() && w.back() == '.') w.pop_back();
    if (w.empty() || impl_->stop.count(w)) continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(w[0]))));
  }
  return out;
}

std::string NameKey::Joined() const {
  std::string out;
  for (const std::string& t : tokens) out += t;
  return out;
}

double TokenSimilarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  if (a.size() <= 4 || b.size() <= 4) return 0.0;
  size_t longer = std::max(a.size(), b.size());
  return 1.0 - static_cast<double>(EditDistance(a, b)) / static_cast<double>(longer);
}

bool NameKeysMatch(const NameKey& a, const NameKey& b, bool allow_surname_only) {
  if (a.tokens.empty() || b.tokens.empty()) return false;
  std::string ja = a.Joined(), jb = b.Joined();
  if (ja == jb) return true;
  const NameKey& shorter = a.tokens.size() <= b.tokens.size() ? a : b;
  const NameKey& longer = a.tokens.size() <= b.tokens.size() ? b : a;
  if (shorter.tokens.size() == 1) {
    // One word against a joined multi-word form (Nursultan ~ Nour-Soultan).
    if (TokenSimilarity(shorter.tokens[0], longer.Joined()) >= 0.85) return true;
    if (longer.tokens.size() == 1) return TokenSimilarity(ja, jb) >= 0.8;
    return allow_surname_only && !IsInitial(shorter.tokens[0]) &&
           TokenSimilarity(shorter.tokens[0], longer.tokens.back()) >= 0.8;
  }
  // Several words each: last names must match, and the first names must not
  // conflict (initials allowed); middle names may be missing on one side.
  if (TokenSimilarity(shorter.tokens.back(), longer.tokens.back()) < 0.8) return false;
  if (shorter.tokens.size() == longer.tokens.size()) {
    for (size_t i = 0; i + 1 < shorter.tokens.size(); ++i) {
      if (!TokensCompatible(shorter.tokens[i], longer.tokens[i])) return false;
    }
    return true;
  }
  // The shorter name's given names appear, in order, among the longer one's:
  // "Tayyip Erdogan" is "Recep Tayyip Erdoğan" without his first name.
  size_t at = 0;
  for (size_t i = 0; i + 1 < shorter.tokens.size(); ++i) {
    while (at + 1 < longer.tokens.size() && !TokensCompatible(shorter.tokens[i], longer.tokens[at]))
      ++at;
    if (at + 1 >= longer.tokens.size()) return false;
    ++at;
  }
  return true;
}

}  // namespace recoupe
