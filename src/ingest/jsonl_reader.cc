#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>

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

void ReadJsonlArticles(std::string_view bytes, const std::function<void(JsonlArticle&&)>& visit) {
  size_t pos = 0;
  size_t line_number = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    ++line_number;
    JsonlArticle article;
    article.line_number = line_number;
    article.line_offset = pos;
    pos = eol + 1;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;  // blank lines separate nothing
    if (TooDeep(line)) {
      article.error = "The JSON line is nested too deeply to be an article.";
      visit(std::move(article));
      continue;
    }
    json obj = json::parse(line, nullptr, false);
    if (obj.is_discarded() || !obj.is_object()) {
      article.error = "The line is not a valid JSON object.";
      visit(std::move(article));
      continue;
    }
    article.id = StringField(obj, {"id"});
    article.url = StringField(obj, {"url", "link"});
    article.date = StringField(obj, {"date", "published", "datePublished", "published_at"});
    article.title = StringField(obj, {"title", "headline"});
    article.language = StringField(obj, {"language", "lang"});
    if (auto text = StringField(obj, {"text"})) {
      article.body = std::move(*text);
    } else if (auto html = StringField(obj, {"html"})) {
      article.body = std::move(*html);
      article.body_is_html = true;
    } else if (auto content = StringField(obj, {"content", "body"})) {
      article.body = std::move(*content);
      article.body_is_html = LooksLikeMarkup(article.body);
    } else {
      article.error = "The JSON line has no text, html, content or body field.";
    }
    visit(std::move(article));
  }
}

}  // namespace recoupe
