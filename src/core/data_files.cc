#include "core/data_files.h"

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

}  // namespace

void SetDataDir(std::string dir) { ExplicitDataDir() = std::move(dir); }

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
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace recoupe
