#include "ingest/jsonl_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

namespace recoupe {
namespace {

using nlohmann::json;

constexpr int kMaxNesting = 200;  // deeper lines are refused before parsing

bool TooDeep(std::string_view line) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxNesting) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

std::optional<std::string> StringField(const json& obj, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = obj.find(name);
    if (it == obj.end()) continue;
    if (it->is_string() && !it->get_ref<const std::string&>().empty())
      return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
  }
  return std::nullopt;
}

bool LooksLikeMarkup(std::string_view s) {
  size_t lt = s.find('<');
  return lt != std::string_view::npos && lt < 200 &&
         (s.find("</p>") != std::string_view::npos || s.find("<html") != std::string_view::npos ||
          s.find("<div") != std::string_view::npos || s.find("<p>") != std::string_view::npos);
}

size_t SkipSpace(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r' || s[pos] == '\n'))
    ++pos;
  return pos;
}

// From the opening quote at `pos`, the offset just past the closing quote, or
// npos when the string is not closed.
size_t SkipString(std::string_view s, size_t pos) {
  for (++pos; pos < s.size(); ++pos) {
    if (s[pos] == '\\') {
      ++pos;
    } else if (s[pos] == '"') {
      return pos + 1;
    }
  }
  return std::string_view::npos;
}

// Skips one JSON value that is not a string; returns the offset of the ','
// or '}' that ends it at the top level, or npos.
size_t SkipValue(std::string_view s, size_t pos) {
  int depth = 0;
  while (pos < s.size()) {
    char c = s[pos];
    if (c == '"') {
      pos = SkipString(s, pos);
      if (pos == std::string_view::npos) return pos;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') {
      if (depth == 0) return pos;
      --depth;
    }
    if (c == ',' && depth == 0) return pos;
    ++pos;
  }
  return std::string_view::npos;
}

// The raw bytes (quotes excluded) of the string value of top-level member
// `key` in a JSON object line; the last one when the key repeats, as the
// parser keeps. Empty optional when absent or not a string.
std::optional<std::pair<size_t, size_t>> RawStringMember(std::string_view line,
                                                         std::string_view key) {
  std::optional<std::pair<size_t, size_t>> found;
  size_t pos = SkipSpace(line, 0);
  if (pos >= line.size() || line[pos] != '{') return found;
  pos = SkipSpace(line, pos + 1);
  while (pos < line.size() && line[pos] == '"') {
    size_t key_end = SkipString(line, pos);
    if (key_end == std::string_view::npos) return std::nullopt;
    std::string_view raw_key = line.substr(pos + 1, key_end - pos - 2);
    pos = SkipSpace(line, key_end);
    if (pos >= line.size() || line[pos] != ':') return std::nullopt;
    pos = SkipSpace(line, pos + 1);
    if (pos < line.size() && line[pos] == '"') {
      size_t end = SkipString(line, pos);
      if (end == std::string_view::npos) return std::nullopt;
      if (raw_key == key) found = std::make_pair(pos + 1, end - 1);
      pos = end;
    } else {
      if (raw_key == key) found.reset();
      pos = SkipValue(line, pos);
      if (pos == std::string_view::npos) return std::nullopt;
    }
    pos = SkipSpace(line, pos);
    if (pos < line.size() && line[pos] == ',') pos = SkipSpace(line, pos + 1);
  }
  return found;
}

int Hex4(std::string_view s, size_t pos) {
  if (pos + 4 > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    char c = s[i];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

size_t Utf8Length(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Walks the raw JSON string [begin, end) of `line` the way the parser
// unescapes it and records where each escape leaves the unescaped text. The
// map is kept only if the walk yields exactly `unescaped_size` bytes.
OffsetMap MapEscapes(std::string_view line, size_t begin, size_t end, uint64_t line_offset,
                     size_t unescaped_size) {
  OffsetMap map;
  auto original = [&](size_t raw) { return static_cast<uint32_t>(line_offset + raw); };
  map.Add(0, original(begin));
  size_t out = 0;
  size_t pos = begin;
  while (pos < end) {
    size_t backslash = line.find('\\', pos);
    if (backslash == std::string_view::npos || backslash >= end) {
      out += end - pos;
      break;
    }
    out += backslash - pos;
    pos = backslash + 1;
    if (pos >= end) return {};
    if (line[pos] == 'u') {
      int unit = Hex4(line, pos + 1);
      if (unit < 0) return {};
      pos += 5;
      uint32_t cp = static_cast<uint32_t>(unit);
      if (unit >= 0xD800 && unit <= 0xDBFF && line.substr(pos, 2) == "\\u") {
        int low = Hex4(line, pos + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<uint32_t>(low - 0xDC00);
          pos += 6;
        }
      }
      out += Utf8Length(cp);
    } else {
      ++pos;
      ++out;
    }
    map.Add(static_cast<uint32_t>(out), original(pos));
  }
  if (out != unescaped_size) return {};
  return map;
}

}  // namespace

bool LooksLikeJsonl(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() &&
         (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
    ++i;
  }
  if (i >= bytes.size() || bytes[i] != '{') return false;
  size_t eol = bytes.find('\n', i);
  std::string_view first =
      bytes.substr(i, eol == std::string_view::npos ? std::string_view::npos : eol - i);
  if (TooDeep(first)) return true;  // still JSON-ish; the line will be rejected
  json parsed = json::parse(first, nullptr, false);
  return !parsed.is_discarded() && parsed.is_object();
}

namespace {

// One non-blank line into `article`. `cut`: the line is the last of a
// stream that ends early, so a line that does not parse was cut short.
void ReadLine(std::string_view line, bool cut, JsonlArticle& article) {
  if (TooDeep(line)) {
    article.error = "The JSON line is nested too deeply to be an article.";
    return;
  }
  json obj = json::parse(line, nullptr, false);
  if (obj.is_discarded() || !obj.is_object()) {
    article.error = cut ? "The JSON line is cut short: the compressed stream ends inside it."
                        : "The line is not a valid JSON object.";
    article.cut_short = cut;
    return;
  }
  article.id = StringField(obj, {"id"});
  article.url = StringField(obj, {"url", "link"});
  article.date = StringField(obj, {"date", "published", "datePublished", "published_at"});
  article.title = StringField(obj, {"title", "headline"});
  article.language = StringField(obj, {"language", "lang"});
  static constexpr const char* kBodyKeys[] = {"text", "html", "content", "body"};
  const char* body_key = nullptr;
  for (const char* key : kBodyKeys) {
    if (auto value = StringField(obj, {key})) {
      article.body = std::move(*value);
      body_key = key;
      break;
    }
  }
  if (body_key == nullptr) {
    const bool empty_body = std::any_of(std::begin(kBodyKeys), std::end(kBodyKeys),
                                        [&](const char* key) { return obj.contains(key); });
    article.error = empty_body ? "The JSON line's text field is empty."
                               : "The JSON line has no text, html, content or body field.";
    return;
  }
  std::string_view key(body_key);
  article.body_is_html =
      key == "html" || ((key == "content" || key == "body") && LooksLikeMarkup(article.body));
  if (auto raw = RawStringMember(line, key)) {
    article.body_offsets =
        MapEscapes(line, raw->first, raw->second, article.line_offset, article.body.size());
  }
}

}  // namespace

void ReadJsonlArticles(ByteWindow& in, const std::function<void(JsonlArticle&&)>& visit,
                       size_t max_line_bytes) {
  const size_t search_limit =
      max_line_bytes >= kNoLineLimit ? kNoLineLimit : max_line_bytes + 1;  // room for the '\n'
  size_t line_number = 0;
  while (!in.AtEnd()) {
    JsonlArticle article;
    article.line_number = ++line_number;
    article.line_offset = in.position();
    size_t eol = in.Find("\n", 0, search_limit);
    bool last = false;
    if (eol == std::string_view::npos) {
      if (in.Available().size() > max_line_bytes) {
        article.error = "The JSON line is over the limit of " + std::to_string(max_line_bytes) +
                        " bytes for one article.";
        visit(std::move(article));
        if (in.SkipTo("\n")) in.Skip(1);
        continue;
      }
      eol = in.Available().size();  // the last line, without a line end
      last = true;
    }
    std::string_view line = in.Available().substr(0, eol);
    if (line.find_first_not_of(" \t\r") !=
        std::string_view::npos) {  // blank lines separate nothing
      ReadLine(line, last && in.cut(), article);
      visit(std::move(article));
    }
    in.Skip(last ? eol : eol + 1);
  }
}

void ReadJsonlArticles(std::string_view bytes, const std::function<void(JsonlArticle&&)>& visit) {
  ByteWindow in(bytes);
  ReadJsonlArticles(in, visit);
}

}  // namespace recoupe
