#include "text/numbers.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <stdexcept>

#include "core/data_files.h"

namespace recoupe {
namespace {

using Kind = NumberLexicon::Kind;

Kind ParseKind(const std::string& name, const std::string& path) {
  static const std::pair<const char*, Kind> kNames[] = {
      {"unit", Kind::kUnit},           {"article", Kind::kArticle},
      {"hundred", Kind::kHundred},     {"multiplier", Kind::kMultiplier},
      {"approx", Kind::kApprox},       {"vague", Kind::kVague},
      {"vague_det", Kind::kVagueDet},  {"connector", Kind::kConnector},
      {"vague_link", Kind::kVagueLink}};
  for (const auto& [n, k] : kNames)
    if (name == n) return k;
  throw std::runtime_error(path + ": unknown number kind '" + name + "'");
}

std::vector<std::string> SplitHyphens(const std::string& word) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t dash = word.find('-', start);
    parts.push_back(
        word.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return parts;
}

struct Piece {
  NumberLexicon::Entry entry;
  uint32_t token;
};

// The number words of the token at `index`, or false when one piece of the
// (hyphenated) word is not a number word.
bool WordPieces(const ScanToken& token, uint32_t index, const NumberLexicon& lex,
                std::vector<Piece>* out) {
  if (const auto* whole = lex.Find(token.norm)) {
    out->push_back({*whole, index});
    return true;
  }
  std::vector<std::string> parts = SplitHyphens(token.norm);
  if (parts.size() < 2) return false;
  std::vector<Piece> pieces;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (k + 1 < parts.size()) {
      if (const auto* pair = lex.Find(parts[k] + "-" + parts[k + 1])) {
        pieces.push_back({*pair, index});
        ++k;
        continue;
      }
    }
    const auto* e = lex.Find(parts[k]);
    if (!e) return false;
    pieces.push_back({*e, index});
  }
  out->insert(out->end(), pieces.begin(), pieces.end());
  return true;
}

// Reads a number written in words from token `i`; nullopt when none starts there.
std::optional<NumberMention> ParseWords(const std::vector<ScanToken>& tokens, uint32_t i,
                                        const NumberLexicon& lex) {
  std::vector<Piece> pieces;
  for (uint32_t j = i; j < tokens.size() && tokens[j].kind == ScanKind::kWord; ++j) {
    if (j > i && !tokens[j].space_before) break;
    if (!WordPieces(tokens[j], j, lex, &pieces)) break;
  }
  if (pieces.empty()) return std::nullopt;

  double total = 0, current = 0, order = 0;
  bool quantifier = false, vague = false, approx = false, counted = false;
  int last = -1;
  for (size_t p = 0; p < pieces.size(); ++p) {
    const auto& e = pieces[p].entry;
    if (e.kind == Kind::kVagueDet) {
      if (p != 0) break;
      quantifier = true;
      last = static_cast<int>(p);
      continue;
    }
    if (e.kind == Kind::kConnector) {
      bool next_unit = p + 1 < pieces.size() && (pieces[p + 1].entry.kind == Kind::kUnit ||
                                                 pieces[p + 1].entry.kind == Kind::kArticle);
      if (!next_unit || (current < 20 && total == 0)) break;
      continue;
    }
    if (e.kind == Kind::kVagueLink) {
      // "des dizaines de milliers", "tens of thousands": orders multiply.
      if (!vague || p + 1 >= pieces.size() || pieces[p + 1].entry.kind != Kind::kVague) break;
      order *= pieces[p + 1].entry.value;
      last = static_cast<int>(++p);
      continue;
    }
    if (vague) break;
    switch (e.kind) {
      case Kind::kArticle: current += e.value; break;
      case Kind::kUnit:
        current += e.value;
        counted = true;
        break;
      case Kind::kHundred:
        current = std::max(current, 1.0) * e.value;
        counted = true;
        break;
      case Kind::kMultiplier:
        total += std::max(current, 1.0) * e.value;
        current = 0;
        counted = true;
        break;
      case Kind::kApprox:
        total += std::max(current, 1.0) * e.value;
        current = 0;
        approx = counted = true;
        break;
      case Kind::kVague:
        if (current > 0 || total > 0) {
          total += std::max(current, 1.0) * e.value;
          current = 0;
          approx = true;
        } else {
          vague = true;
          order = e.value;
        }
        counted = true;
        break;
      default: break;
    }
    last = static_cast<int>(p);
  }
  if (!counted || last < 0) return std::nullopt;
  NumberMention m;
  m.in_words = true;
  m.first_token = i;
  m.end_token = pieces[last].token + 1;
  m.span = {tokens[i].span.start, tokens[m.end_token - 1].span.end};
  if (quantifier && !vague) {
    // "plusieurs centaines", "several hundred": an order of magnitude only.
    Kind last_kind = pieces[last].entry.kind;
    if (last_kind == Kind::kUnit) return std::nullopt;
    vague = true;
    order = pieces[last].entry.value;
  }
  if (vague) {
    m.order = order;
  } else {
    m.value = total + current;
    m.approximate = approx;
  }
  return m;
}

bool IsGluedToWord(const std::vector<ScanToken>& tokens, uint32_t i) {
  if (i > 0 && !tokens[i].space_before) {
    const ScanToken& prev = tokens[i - 1];
    if (prev.kind == ScanKind::kWord || prev.kind == ScanKind::kNumber) return true;
    if (prev.norm == "-" && i > 1 && !prev.space_before && tokens[i - 2].kind == ScanKind::kWord)
      return true;
  }
  if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i + 1].kind == ScanKind::kWord)
    return true;  // ordinals and glued units: "2e", "21st", "10km"
  return false;
}

}  // namespace

NumberLexicon NumberLexicon::Load(const std::vector<std::string>& languages) {
  NumberLexicon lex;
  for (const std::string& lang : languages) {
    std::string path = DataPath(lang + "/numbers.tsv");
    if (!std::filesystem::exists(path)) continue;
    for (const auto& row : ReadTsv(path)) {
      if (row.size() < 2) throw std::runtime_error(path + ": row with fewer than 2 fields");
      Entry e{ParseKind(row[1], path), row.size() > 2 && !row[2].empty() ? std::stod(row[2]) : 0};
      lex.words_.emplace(FoldWord(row[0]), e);
    }
  }
  return lex;
}

const NumberLexicon& NumberLexicon::For(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<NumberLexicon>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(language);
  if (it != cache.end()) return *it->second;
  std::string lang(language);
  std::vector<std::string> langs{lang};
  if (lang.empty() || !std::filesystem::exists(DataPath(lang + "/numbers.tsv")))
    langs = {"fr", "en"};
  auto lex = std::make_unique<NumberLexicon>(Load(langs));
  return *cache.emplace(lang, std::move(lex)).first->second;
}

const NumberLexicon::Entry* NumberLexicon::Find(std::string_view folded) const {
  auto it = words_.find(folded);
  return it == words_.end() ? nullptr : &it->second;
}

std::vector<std::string> NumberLexicon::WordsOf(Kind kind, double value) const {
  std::vector<std::string> out;
  for (const auto& [word, entry] : words_)
    if (entry.kind == kind && entry.value == value) out.push_back(word);
  return out;
}

std::vector<NumberMention> FindNumbersInScan(const std::vector<ScanToken>& tokens,
                                             const NumberLexicon& lex) {
  std::vector<NumberMention> out;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const ScanToken& t = tokens[i];
    if (t.kind == ScanKind::kNumber) {
      if (IsGluedToWord(tokens, i)) continue;
      NumberMention m;
      m.value = t.value;
      m.first_token = i;
      m.end_token = i + 1;
      // "2,5 millions", "8 mille": digits times a multiplier word.
      if (i + 1 < tokens.size() && tokens[i + 1].kind == ScanKind::kWord) {
        if (const auto* e = lex.Find(tokens[i + 1].norm)) {
          if (e->kind == Kind::kMultiplier || e->kind == Kind::kHundred ||
              e->kind == Kind::kApprox || e->kind == Kind::kVague) {
            m.value = t.value * e->value;
            m.approximate = e->kind == Kind::kApprox || e->kind == Kind::kVague;
            m.end_token = i + 2;
          }
        }
      }
      m.span = {t.span.start, tokens[m.end_token - 1].span.end};
      out.push_back(m);
      i = m.end_token - 1;
    } else if (t.kind == ScanKind::kWord) {
      if (i > 0 && !t.space_before && tokens[i - 1].kind == ScanKind::kWord &&
          tokens[i - 1].norm.back() != '\'')
        continue;
      if (auto m = ParseWords(tokens, i, lex)) {
        out.push_back(*m);
        i = m->end_token - 1;
      }
    }
  }
  return out;
}

std::vector<NumberMention> FindNumbers(std::string_view text, const TextLayout&,
                                       std::string_view language) {
  return FindNumbersInScan(ScanWords(text), NumberLexicon::For(language));
}

}  // namespace recoupe
