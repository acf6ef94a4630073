#include "core/data_files.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace recoupe {
namespace {

std::string& ExplicitDataDir() {
  static std::string dir;
  return dir;
}

std::string FindDataDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("RECOUPE_DATA"); env && *env) return env;
  if (!ExplicitDataDir().empty()) return ExplicitDataDir();
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "recoupe" / "data";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return RECOUPE_SOURCE_DATA_DIR;
}

// Per code point simple lowercase; ASCII without ICU.
std::string Lowercase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      const char c = static_cast<char>(s[i++]);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.append(word.substr(start, i - start));
      continue;
    }
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, u_tolower(c), error);
    (void)error;  // four bytes always hold one code point
    out.append(buf, len);
  }
  return out;
}

}  // namespace

void SetDataDir(std::string dir) {
  ExplicitDataDir() = std::move(dir);
}

std::string DataPath(std::string_view relative) {
  return FindDataDir() + "/" + std::string(relative);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::istringstream in(ReadFile(path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

std::vector<std::string> ReadWordList(const std::string& path, bool lowercase) {
  std::vector<std::string> words;
  for (auto& row : ReadTsv(path)) {
    if (row.empty() || row[0].empty()) continue;
    words.push_back(lowercase ? Lowercase(row[0]) : std::move(row[0]));
  }
  return words;
}

}  // namespace recoupe
