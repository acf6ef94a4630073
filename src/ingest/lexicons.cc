#include "ingest/lexicons.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <utility>

#include "core/data_files.h"

namespace recoupe {
namespace {

namespace fs = std::filesystem;

std::vector<std::vector<std::string>> TryReadTsv(const std::string& path) {
  try {
    return ReadTsv(path);
  } catch (...) {
    return {};
  }
}

std::vector<std::string> LanguageFolders() {
  std::vector<std::string> out;
  fs::path root = fs::path(DataPath("agencies.tsv")).parent_path();
  std::error_code ec;
  for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec)) out.push_back(it->path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void LoadNumbered(const std::string& path, std::vector<std::pair<std::string, int>>& into) {
  for (const auto& row : TryReadTsv(path)) {
    if (row.size() < 2) continue;
    int number = std::atoi(row[0].c_str());
    for (size_t i = 1; i < row.size(); ++i) {
      if (!row[i].empty()) into.emplace_back(LowerUtf8(row[i]), number);
    }
  }
}

IngestLexicons Load() {
  IngestLexicons lex;
  for (const auto& row : TryReadTsv(DataPath("agencies.tsv"))) {
    for (size_t i = 1; i < row.size(); ++i) {
      if (!row[i].empty()) lex.agencies.emplace_back(row[0], row[i]);
    }
  }
  for (const auto& row : TryReadTsv(DataPath("wire_signatures.tsv"))) {
    if (row.size() >= 2 && !row[0].empty()) lex.wire_signatures.emplace_back(row[0], row[1]);
  }
  for (const auto& row : TryReadTsv(DataPath("date_line_words.txt"))) {
    if (!row.empty() && !row[0].empty()) lex.date_line_words.push_back(LowerUtf8(row[0]));
  }
  std::sort(lex.date_line_words.begin(), lex.date_line_words.end());
  for (const auto& row : TryReadTsv(DataPath("header_keys.tsv"))) {
    if (row.size() >= 2) lex.header_keys.emplace_back(LowerUtf8(row[0]), row[1]);
  }
  for (const std::string& lang : LanguageFolders()) {
    LoadNumbered(DataPath(lang + "/months.tsv"), lex.months);
    LoadNumbered(DataPath(lang + "/weekdays.tsv"), lex.weekdays);
    for (const auto& row : TryReadTsv(DataPath(lang + "/wire_cues.tsv"))) {
      if (row.size() < 2) continue;
      if (row[0] == "attribution") lex.attribution_cues.push_back(LowerUtf8(row[1]));
      if (row[0] == "credit") lex.credit_cues.push_back(LowerUtf8(row[1]));
    }
    for (const auto& row : TryReadTsv(DataPath(lang + "/boilerplate.tsv"))) {
      if (row.size() < 2) continue;
      std::string cue = LowerUtf8(row[1]);
      if (row[0] == "home") lex.home_words.push_back(cue);
      if (row[0] == "nav") lex.nav_cues.push_back(cue);
      if (row[0] == "blurb") lex.blurb_cues.push_back(cue);
      if (row[0] == "footer") lex.footer_cues.push_back(cue);
    }
  }
  // Longest names first so "janv." wins over "jan." style prefixes in alternations.
  auto by_length = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
  std::stable_sort(lex.months.begin(), lex.months.end(), by_length);
  std::stable_sort(lex.weekdays.begin(), lex.weekdays.end(), by_length);
  return lex;
}

}  // namespace

CueFinder::CueFinder(std::vector<std::string> cues) : cues_(std::move(cues)) {
  for (uint32_t c = 0; c < cues_.size(); ++c) {
    const std::string& cue = cues_[c];
    if (cue.empty()) {
      empty_cues_.push_back(c);
      continue;
    }
    auto first = static_cast<unsigned char>(cue[0]);
    by_first_byte_[first].push_back(c);
    // A one-byte cue matches whatever follows it (or the end of the text: 0).
    for (unsigned second = 0; second < 256; ++second) {
      if (cue.size() > 1 && second != static_cast<unsigned char>(cue[1])) continue;
      unsigned pair = (static_cast<unsigned>(first) << 8) | second;
      pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
    }
  }
}

bool CueFinder::FoundIn(std::string_view text) const {
  if (!empty_cues_.empty()) return true;
  bool found = false;
  for (size_t at = 0; at < text.size() && !found; ++at) {
    MatchesAt(text, at, [&](uint32_t) { found = true; });
  }
  return found;
}

const IngestLexicons& GetIngestLexicons() {
  static const IngestLexicons lexicons = Load();
  return lexicons;
}

std::string LowerUtf8Icu(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

// In the root locale, full lower-casing equals the simple per-code-point
// mapping (u_tolower) except for U+0130 (becomes two code points) and U+03A3
// (final sigma depends on the letters around it). Text made only of other
// well-formed code points is lowered here without converting to UTF-16;
// anything else goes through ICU, so the result is the same either way.
std::string LowerUtf8(std::string_view s) {
  if (s.size() > static_cast<size_t>(INT32_MAX / 2)) return LowerUtf8Icu(s);
  std::string out;
  out.resize(s.size());
  const auto* in = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  size_t o = 0;
  while (i < n) {
    uint8_t b = in[i];
    if (b < 0x80) {
      out[o++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(in, i, n, c);
    if (c < 0 || c == 0x130 || c == 0x3A3) return LowerUtf8Icu(s);
    UChar32 lower = u_tolower(c);
    if (o + 4 > out.size()) out.resize(o + 4 + s.size() / 8);
    auto* dest = reinterpret_cast<uint8_t*>(out.data());
    size_t at = o;  // room for four bytes was made above
    U8_APPEND_UNSAFE(dest, at, lower);
    o = at;
  }
  out.resize(o);
  return out;
}

}  // namespace recoupe
