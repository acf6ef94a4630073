#include "ingest/html_metadata.h"

#include <cctype>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/dates.h"
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
  std::string meta_other_date;  // site-specific meta names, see NamesPublicationDate
  std::string time_text;        // text of the first <time> without a datetime attribute
  std::string canonical, og_url;
  std::string og_site_name, ld_publisher;
  std::string html_lang, meta_lang;
};

void SetOnce(std::string& slot, std::string_view value) {
  value = Trim(value);
  if (slot.empty() && !value.empty()) slot = std::string(value);
}

// Date slots skip what cannot be read as a date ("0001-01-01T00:00:00Z"
// placeholders, empty strings, "il y a 2 heures"), so a later statement of
// the same kind still counts.
void SetDateOnce(std::string& slot, std::string_view value) {
  value = Trim(value);
  if (slot.empty() && HtmlDateToIso(value, "")) slot = std::string(value);
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
    SetDateOnce(found.ld_published, str("datePublished"));
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

// Site-specific names for the publication date ("sn-post-date",
// "cXenseParse:recs:publishtime"): a date or time key naming publication,
// posting or creation, not a later edit.
bool NamesPublicationDate(const std::string& key) {
  if (key.find("date") == std::string::npos && key.find("time") == std::string::npos) return false;
  for (const char* later : {"modif", "updat", "expir", "revis", "edit"}) {
    if (key.find(later) != std::string::npos) return false;
  }
  for (const char* first : {"publi", "pub", "post", "creat", "issue", "release"}) {
    if (key.find(first) != std::string::npos) return true;
  }
  return false;
}

// JSON-LD as pages write it: raw line breaks and tabs inside strings are
// common and strict JSON refuses them; as spaces they are harmless both
// inside and outside strings.
nlohmann::json ParseJsonLd(std::string_view text) {
  auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_discarded()) return json;
  std::string lenient(text);
  for (char& c : lenient) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return nlohmann::json::parse(lenient, nullptr, /*allow_exceptions=*/false);
}

void ReadMeta(const GumboNode* node, Found& found) {
  std::string key = Lower(Attribute(node, "property"));
  if (key.empty()) key = Lower(Attribute(node, "name"));
  std::string_view content = Attribute(node, "content");
  std::string itemprop = Lower(Attribute(node, "itemprop"));
  if (itemprop == "datepublished") {
    SetDateOnce(found.itemprop_published, content.empty() ? Attribute(node, "datetime") : content);
  }
  if (Lower(Attribute(node, "http-equiv")) == "content-language") SetOnce(found.meta_lang, content);
  if (key.empty() || content.empty()) return;
  if (key == "og:title" || key == "twitter:title") SetOnce(found.og_title, content);
  if (key == "og:site_name") SetOnce(found.og_site_name, content);
  if (key == "og:url") SetOnce(found.og_url, content);
  if (key == "article:published_time" || key == "og:published_time" || key == "article:published" ||
      key == "published_time") {
    SetDateOnce(found.meta_published, content);
  } else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
             key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date" ||
             key == "dcterms.created" || key == "sailthru.date" || key == "parsely-pub-date" ||
             key == "datepublished") {
    SetDateOnce(found.meta_date, content);
  } else if (NamesPublicationDate(key)) {
    SetDateOnce(found.meta_other_date, content);
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

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<std::string> IsoIfValid(int year, int month, int day) {
  if (year < 1900 || year > 2099 || !IsValidDate(year, month, day)) return std::nullopt;
  return FormatIso(year, month, day);
}

// Days since 1970-01-01 to a proleptic Gregorian date (the usual era
// arithmetic: 400-year eras of 146097 days, years starting in March).
std::optional<std::string> FromUnixDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return IsoIfValid(year, month, day);
}

// "20220106", "20220106T100000Z"; Unix time in seconds (10 digits) or
// milliseconds (13), as some CMSs write it.
std::optional<std::string> CompactOrEpoch(std::string_view v) {
  size_t digits = 0;
  while (digits < v.size() && std::isdigit(static_cast<unsigned char>(v[digits]))) ++digits;
  std::string_view rest = v.substr(digits);
  if (digits == 8 && (rest.empty() || rest[0] == 'T')) {
    return IsoIfValid(ToInt(v.substr(0, 4)), ToInt(v.substr(4, 2)), ToInt(v.substr(6, 2)));
  }
  if (!rest.empty() || (digits != 10 && digits != 13)) return std::nullopt;
  int64_t seconds = 0;
  for (char c : v.substr(0, 10)) seconds = seconds * 10 + (c - '0');
  if (seconds < 946684800) return std::nullopt;  // before 2000: not a publication stamp
  return FromUnixDays(seconds / 86400);
}

// "06/01/2022", "6-1-2022", "2022/01/06", with anything (a time) after.
std::optional<std::string> SlashedNumbers(std::string_view v, std::string_view language_tag) {
  int parts[3] = {0, 0, 0};
  size_t lengths[3] = {0, 0, 0};
  size_t pos = 0;
  char separator = 0;
  for (int k = 0; k < 3; ++k) {
    size_t start = pos;
    while (pos < v.size() && std::isdigit(static_cast<unsigned char>(v[pos]))) ++pos;
    lengths[k] = pos - start;
    if (lengths[k] == 0 || lengths[k] > 4) return std::nullopt;
    parts[k] = ToInt(v.substr(start, lengths[k]));
    if (k == 2) break;
    if (pos >= v.size() || (v[pos] != '/' && v[pos] != '-' && v[pos] != '.')) return std::nullopt;
    if (separator != 0 && v[pos] != separator) return std::nullopt;
    separator = v[pos++];
  }
  if (pos < v.size() && std::isdigit(static_cast<unsigned char>(v[pos]))) return std::nullopt;
  if (lengths[0] == 4) return IsoIfValid(parts[0], parts[1], parts[2]);
  if (lengths[2] != 4 || lengths[0] > 2 || lengths[1] > 2) return std::nullopt;
  std::string lang = Lower(language_tag);
  for (char& c : lang) c = c == '_' ? '-' : c;
  bool month_first = lang == "en" || lang == "en-us";
  if (parts[0] > 12) month_first = false;
  if (parts[1] > 12) month_first = true;
  return month_first ? IsoIfValid(parts[2], parts[0], parts[1])
                     : IsoIfValid(parts[2], parts[1], parts[0]);
}

// HTTP dates (RFC 9110 section 5.6.7): IMF-fixdate "Thu, 06 Jan 2022
// 10:00:00 GMT", and the obsolete "Thu Jan  6 10:00:00 2022". Their month
// names are part of the protocol, English three-letter tokens whatever the
// page's language.
std::optional<std::string> HttpDate(std::string_view v) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::vector<std::string> tokens;
  std::string current;
  for (size_t i = 0; i <= v.size(); ++i) {
    if (i < v.size() && std::isalnum(static_cast<unsigned char>(v[i]))) {
      current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(v[i]))));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  int month = 0, day = 0, year = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (month == 0 && t.size() == 3) {
      for (int m = 0; m < 12; ++m) {
        if (t == kMonths[m]) month = m + 1;
      }
      if (month != 0) {
        auto is_day = [&](size_t j) {
          return j < tokens.size() && tokens[j].size() <= 2 && AllDigits(tokens[j]);
        };
        if (i > 0 && is_day(i - 1)) {
          day = ToInt(tokens[i - 1]);
        } else if (is_day(i + 1)) {
          day = ToInt(tokens[i + 1]);
        }
      }
    } else if (year == 0 && t.size() == 4 && AllDigits(t)) {
      year = ToInt(t);
    }
  }
  if (month == 0 || day == 0) return std::nullopt;
  return IsoIfValid(year, month, day);
}

}  // namespace

std::optional<std::string> HtmlDateToIso(std::string_view value, std::string_view language_tag) {
  value = Trim(value);
  if (value.empty() || value.size() > 200) return std::nullopt;
  if (NormalizeIsoDate(value)) return std::string(value);
  if (auto d = CompactOrEpoch(value)) return d;
  if (auto d = SlashedNumbers(value, language_tag)) return d;
  // Month names in the languages the lexicons know; the first full date.
  for (const FoundDate& f : FindDates(value)) {
    if (f.year == 0 || f.day == 0) continue;
    if (auto d = IsoIfValid(f.year, f.month, f.day)) return d;
  }
  return HttpDate(value);
}

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
              auto json = ParseJsonLd(text->v.text.text);
              if (!json.is_discarded()) ReadJsonLd(json, found);
            }
          }
          continue;
        case GUMBO_TAG_STYLE: continue;
        case GUMBO_TAG_H1:
          if (found.h1.empty()) SetOnce(found.h1, TextContent(node));
          continue;
        case GUMBO_TAG_TIME:
          SetDateOnce(found.time_datetime, Attribute(node, "datetime"));
          if (Attribute(node, "datetime").empty() && found.time_text.empty())
            SetDateOnce(found.time_text, TextContent(node));
          break;
        default:
          if (Lower(Attribute(node, "itemprop")) == "datepublished") {
            std::string_view v = Attribute(node, "datetime");
            if (v.empty()) v = Attribute(node, "content");
            // <span itemprop="datePublished">6 janvier 2022</span>
            SetDateOnce(found.itemprop_published, v.empty() ? TextContent(node) : std::string(v));
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
  // ISO 8601 statements first, in order of trust; then free-form values read
  // by HtmlDateToIso. A value nothing can read is dropped (the contract is ISO).
  std::initializer_list<const std::string*> dates = {
      &found.meta_published, &found.ld_published, &found.itemprop_published,
      &found.time_datetime,  &found.meta_date,    &found.meta_other_date,
      &found.time_text};
  for (const std::string* d : dates) {
    if (NormalizeIsoDate(*d)) {
      article.published = *d;
      break;
    }
  }
  std::string_view lang_tag = found.html_lang.empty() ? found.meta_lang : found.html_lang;
  for (const std::string* d : dates) {
    if (article.published) break;
    article.published = HtmlDateToIso(*d, lang_tag);
  }
  const std::string& canonical = First({&found.canonical, &found.og_url});
  if (!canonical.empty()) article.canonical_url = canonical;
  std::string lang = LanguageCode(found.html_lang);
  if (lang.empty()) lang = LanguageCode(found.meta_lang);
  if (!lang.empty()) article.language = lang;
}

}  // namespace recoupe::html
