// ReadWordList: the first column of a lexicon, in file order, optionally
// lowercased code point by code point.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/data_files.h"

namespace recoupe {
namespace {

std::string WriteTemp(const std::string& contents) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("recoupe_word_list_" + std::to_string(::getpid()) + ".tsv"))
                         .string();
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(ReadWordList, FirstColumnInOrderSkippingCommentsAndBlanks) {
  std::string path = WriteTemp("# comment\nPrésident\tpresident\n\n\tno first field\nM.\nÉTAT\r\n");
  EXPECT_EQ(ReadWordList(path), (std::vector<std::string>{"Président", "M.", "ÉTAT"}));
  EXPECT_EQ(ReadWordList(path, /*lowercase=*/true),
            (std::vector<std::string>{"président", "m.", "état"}));
  std::remove(path.c_str());
}

TEST(ReadWordList, KeepsInvalidBytesWhenLowercasing) {
  std::string path = WriteTemp("AB\xFFZ\n");
  EXPECT_EQ(ReadWordList(path, true), (std::vector<std::string>{"ab\xFFz"}));
  std::remove(path.c_str());
}

TEST(ReadWordList, ThrowsWhenUnreadable) {
  EXPECT_THROW(ReadWordList("/nonexistent/recoupe/words.txt"), std::runtime_error);
}

}  // namespace
}  // namespace recoupe
