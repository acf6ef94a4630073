#include "ingest/input_walker.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace recoupe {
namespace fs = std::filesystem;
namespace {

// "000_abc.txt" -> "000_abc"; "crawl.warc.gz" -> "crawl".
std::string IdFromPath(const fs::path& path) {
  std::string name = path.filename().string();
  size_t dot = name.find('.', 1);
  return dot == std::string::npos ? name : name.substr(0, dot);
}

RawInput ReadOne(const fs::path& path, const WalkOptions& options) {
  RawInput input;
  input.source = path.string();
  input.id = IdFromPath(path);
  std::error_code ec;
  uint64_t size = fs::file_size(path, ec);
  if (ec) {
    input.error = "The file could not be read: " + ec.message() + ".";
    return input;
  }
  if (size > options.max_input_bytes) {
    input.error = "The file is " + std::to_string(size) + " bytes, over the limit of " +
                  std::to_string(options.max_input_bytes) + " bytes.";
    return input;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    input.error = "The file could not be opened.";
    return input;
  }
  input.bytes.resize(size);
  in.read(input.bytes.data(), static_cast<std::streamsize>(size));
  input.bytes.resize(static_cast<size_t>(in.gcount()));
  return input;
}

void WalkDirectory(const fs::path& dir, const WalkOptions& options,
                   const std::function<void(RawInput&&)>& visit) {
  // Sorted per folder, descending folder by folder: memory holds one folder's
  // listing at a time, not the whole tree's.
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    std::string name = entry.path().filename().string();
    if (!name.empty() && name[0] == '.') continue;  // hidden files and folders
    std::error_code kind_ec;
    if (entry.is_directory(kind_ec)) {
      WalkDirectory(entry.path(), options, visit);
    } else if (entry.is_regular_file(kind_ec)) {
      visit(ReadOne(entry.path(), options));
    }
  }
}

}  // namespace

void WalkInputs(const std::vector<std::string>& paths, const WalkOptions& options,
                const std::function<void(RawInput&&)>& visit) {
  for (const std::string& p : paths) {
    if (p == "-") {
      RawInput input;
      input.source = "-";
      input.id = "stdin";
      input.bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      visit(std::move(input));
      continue;
    }
    fs::path path(p);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      WalkDirectory(path, options, visit);
    } else if (fs::exists(path, ec)) {
      visit(ReadOne(path, options));
    } else {
      RawInput input;
      input.source = p;
      input.id = IdFromPath(path);
      input.error = "No such file or folder.";
      visit(std::move(input));
    }
  }
}

}  // namespace recoupe
