#include "resolve/bilingual_lexicon.h"

#include <zlib.h>

#include <fstream>
#include <sstream>

#include "resolve/content_words.h"

namespace recoupe {
namespace {

// Whole content of a gzip (dictzip is gzip with an index in an extra field)
// or plain file; empty on error.
std::string ReadCompressed(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  if (n < 0) out.clear();
  gzclose(f);
  return out;
}

}  // namespace

uint64_t DictdNumber(std::string_view digits) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (digits.empty() || digits.size() > 10) return UINT64_MAX;
  uint64_t v = 0;
  for (char c : digits) {
    size_t d = kAlphabet.find(c);
    if (d == std::string_view::npos) return UINT64_MAX;
    v = v * 64 + d;
  }
  return v;
}

std::vector<std::string> DictdEntryWords(std::string_view entry) {
  std::vector<std::string> out;
  size_t nl = entry.find('\n');
  if (nl == std::string_view::npos) return out;  // headword line only
  for (std::string& w : LowerWords(entry.substr(nl + 1))) {
    bool digits = w.find_first_not_of("0123456789") == std::string::npos;
    if (!digits) out.push_back(std::move(w));
  }
  return out;
}

BilingualLexicon::BilingualLexicon(const std::string& base, const KeyFn& key) {
  std::ifstream index(base + ".index");
  if (!index) return;
  const std::string dict = ReadCompressed(base + ".dict.dz");
  if (dict.empty()) return;
  std::string line;
  while (std::getline(index, line)) {
    if (line.starts_with("00-database") || line.starts_with("00database")) continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) continue;
    uint64_t offset = DictdNumber(std::string_view(line).substr(t1 + 1, t2 - t1 - 1));
    uint64_t length = DictdNumber(std::string_view(line).substr(t2 + 1));
    if (offset == UINT64_MAX || length == UINT64_MAX || offset > dict.size() ||
        length > dict.size() - offset)
      continue;
    std::vector<std::string> words = DictdEntryWords(std::string_view(dict).substr(offset, length));
    if (words.empty()) continue;
    std::vector<std::string> head = LowerWords(line.substr(0, t1));
    if (head.size() != 1) continue;  // multi-word headwords are not looked up
    auto& slot = translations_[key(head[0])];
    slot.insert(slot.end(), words.begin(), words.end());
  }
}

const std::vector<std::string>* BilingualLexicon::Translations(const std::string& key) const {
  auto it = translations_.find(key);
  return it == translations_.end() ? nullptr : &it->second;
}

}  // namespace recoupe
