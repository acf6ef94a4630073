#include "ingest/html_metadata.h"

#include <cctype>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/html_dom.h"

namespace recoupe::html {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Candidates by source, most explicit first; the first non-empty one wins.
struct Found {
  std::string og_title, ld_headline, title_tag, h1;
  std::string meta_published, ld_published, itemprop_published, time_datetime, meta_date;
  std::string canonical, og_url;
  std::string og_site_name, ld_publisher;
  std::string html_lang, meta_lang;
};

void SetOnce(std::string& slot, std::string_view value) {
  value = Trim(value);
  if (slot.empty() && !value.empty()) slot = std::string(value);
}

// Walks one JSON-LD value iteratively (graphs can be deep or cyclic-looking).
void ReadJsonLd(const nlohmann::json& root, Found& found) {
  std::vector<const nlohmann::json*> stack{&root};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 100000) {
    const nlohmann::json* node = stack.back();
    stack.pop_back();
    if (node->is_array()) {
      for (auto it = node->rbegin(); it != node->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!node->is_object()) continue;
    auto str = [&](const char* key) -> std::string {
      auto it = node->find(key);
      return it != node->end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    SetOnce(found.ld_published, str("datePublished"));
    SetOnce(found.ld_headline, str("headline"));
    auto pub = node->find("publisher");
    if (pub != node->end() && pub->is_object()) {
      auto name = pub->find("name");
      if (name != pub->end() && name->is_string())
        SetOnce(found.ld_publisher, name->get<std::string>());
    }
    for (const auto& item : node->items()) {
      if (item.value().is_structured()) stack.push_back(&item.value());
    }
  }
}

void ReadMeta(const GumboNode* node, Found& found) {
  std::string key = Lower(Attribute(node, "property"));
  if (key.empty()) key = Lower(Attribute(node, "name"));
  std::string_view content = Attribute(node, "content");
  std::string itemprop = Lower(Attribute(node, "itemprop"));
  if (itemprop == "datepublished") {
    SetOnce(found.itemprop_published, content.empty() ? Attribute(node, "datetime") : content);
  }
  if (Lower(Attribute(node, "http-equiv")) == "content-language") SetOnce(found.meta_lang, content);
  if (key.empty() || content.empty()) return;
  if (key == "og:title" || key == "twitter:title") SetOnce(found.og_title, content);
  if (key == "og:site_name") SetOnce(found.og_site_name, content);
  if (key == "og:url") SetOnce(found.og_url, content);
  if (key == "article:published_time" || key == "og:published_time" || key == "article:published" ||
      key == "published_time") {
    SetOnce(found.meta_published, content);
  }
  if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
      key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date" ||
      key == "dcterms.created" || key == "sailthru.date" || key == "parsely-pub-date" ||
      key == "datepublished") {
    SetOnce(found.meta_date, content);
  }
  if (key == "language" || key == "og:locale") SetOnce(found.meta_lang, content);
}

std::string LanguageCode(std::string_view tag) {
  std::string out;
  for (char c : Trim(tag)) {
    if (c == '-' || c == '_') break;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (out.size() < 2 || out.size() > 3) return {};
  for (char c : out) {
    if (c < 'a' || c > 'z') return {};
  }
  return out;
}

const std::string& First(std::initializer_list<const std::string*> options) {
  static const std::string kEmpty;
  for (const std::string* s : options) {
    if (!s->empty()) return *s;
  }
  return kEmpty;
}

}  // namespace

std::string StripTitleSiteName(std::string_view title, std::string_view site_name, bool lenient) {
  title = Trim(title);
  static constexpr std::string_view kSeparators[] = {" | ",  " - ", " – ", " — ",
                                                     " :: ", " · ", " « ", " » "};
  size_t best = std::string_view::npos, best_len = 0;
  for (std::string_view sep : kSeparators) {
    size_t at = title.rfind(sep);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      best_len = sep.size();
    }
  }
  if (best == std::string_view::npos) return std::string(title);
  std::string_view left = Trim(title.substr(0, best));
  std::string_view right = Trim(title.substr(best + best_len));
  std::string site = Lower(site_name);
  if (!site.empty()) {
    if (Lower(right).find(site) != std::string::npos) return std::string(left);
    if (Lower(left).find(site) != std::string::npos) return std::string(right);
  }
  // Without a known site name, only a short side (a name, not half a
  // headline) facing a much longer one is taken for the site.
  auto words = [](std::string_view s) {
    size_t n = 1;
    for (char c : s) n += c == ' ';
    return n;
  };
  std::string_view shorter = left.size() >= right.size() ? right : left;
  std::string_view longer = left.size() >= right.size() ? left : right;
  size_t factor = lenient ? 1 : 2;
  if (words(shorter) <= 4 && longer.size() >= factor * shorter.size()) return std::string(longer);
  return std::string(title);
}

void ReadHtmlMetadata(const GumboNode* root, HtmlArticle& article) {
  Found found;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT) {
      children = &node->v.element.children;
      switch (node->v.element.tag) {
        case GUMBO_TAG_HTML:
          SetOnce(found.html_lang, Attribute(node, "lang"));
          SetOnce(found.html_lang, Attribute(node, "xml:lang"));
          break;
        case GUMBO_TAG_TITLE: SetOnce(found.title_tag, TextContent(node)); continue;
        case GUMBO_TAG_META: ReadMeta(node, found); continue;
        case GUMBO_TAG_LINK:
          if (Lower(Attribute(node, "rel")) == "canonical")
            SetOnce(found.canonical, Attribute(node, "href"));
          continue;
        case GUMBO_TAG_SCRIPT:
          if (Lower(Attribute(node, "type")) == "application/ld+json" && children->length > 0) {
            const auto* text = static_cast<const GumboNode*>(children->data[0]);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE) {
              auto json =
                  nlohmann::json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
              if (!json.is_discarded()) ReadJsonLd(json, found);
            }
          }
          continue;
        case GUMBO_TAG_STYLE: continue;
        case GUMBO_TAG_H1:
          if (found.h1.empty()) SetOnce(found.h1, TextContent(node));
          continue;
        case GUMBO_TAG_TIME: SetOnce(found.time_datetime, Attribute(node, "datetime")); break;
        default:
          if (Lower(Attribute(node, "itemprop")) == "datepublished") {
            std::string_view v = Attribute(node, "datetime");
            if (v.empty()) v = Attribute(node, "content");
            SetOnce(found.itemprop_published, v);
          }
          break;
      }
    }
    if (children == nullptr) continue;
    for (unsigned i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }

  const std::string& site = First({&found.og_site_name, &found.ld_publisher});
  if (!site.empty()) article.site_name = site;
  // og:title often carries the site name too ("Headline - Site").
  std::string title =
      found.og_title.empty() ? found.ld_headline : StripTitleSiteName(found.og_title, site, false);
  if (title.empty() && !found.title_tag.empty())
    title = StripTitleSiteName(found.title_tag, site, true);
  if (title.empty()) title = found.h1;
  if (!title.empty()) article.title = title;
  // ISO 8601 statements first; a free-form date only when no source has one.
  auto iso = [](const std::string& v) {
    return v.size() >= 10 && std::isdigit(static_cast<unsigned char>(v[0])) &&
           std::isdigit(static_cast<unsigned char>(v[3])) && v[4] == '-' && v[7] == '-';
  };
  std::initializer_list<const std::string*> dates = {&found.meta_published, &found.ld_published,
                                                     &found.itemprop_published,
                                                     &found.time_datetime, &found.meta_date};
  for (const std::string* d : dates) {
    if (iso(*d)) {
      article.published = *d;
      break;
    }
  }
  if (!article.published) {
    const std::string& any = First(dates);
    if (!any.empty()) article.published = any;
  }
  const std::string& canonical = First({&found.canonical, &found.og_url});
  if (!canonical.empty()) article.canonical_url = canonical;
  std::string lang = LanguageCode(found.html_lang);
  if (lang.empty()) lang = LanguageCode(found.meta_lang);
  if (!lang.empty()) article.language = lang;
}

}  // namespace recoupe::html
