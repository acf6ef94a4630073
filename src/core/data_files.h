// Locating and reading the language-knowledge files under data/.
//
// The data folder is, in order: $RECOUPE_DATA, the folder given to
// SetDataDir(), <executable>/../share/recoupe/data, then the source tree's
// data/ (compiled in). Lexicons are UTF-8 text: one entry per line, fields
// separated by TABs, '#' starts a comment line, blank lines ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace recoupe {

void SetDataDir(std::string dir);
// Absolute path of `relative` inside the data folder (whether or not it exists).
std::string DataPath(std::string_view relative);

// Rows of a TAB-separated lexicon; throws std::runtime_error when unreadable.
std::vector<std::vector<std::string>> ReadTsv(const std::string& path);
// Whole file contents; throws std::runtime_error when unreadable.
std::string ReadFile(const std::string& path);
// First field of each row of a lexicon, in file order, rows with an empty
// first field skipped. With `lowercase`, each code point is mapped to its
// simple lowercase (ICU u_tolower; invalid UTF-8 bytes are kept as they are).
// Throws std::runtime_error when unreadable.
std::vector<std::string> ReadWordList(const std::string& path, bool lowercase = false);

}  // namespace recoupe
