// Main-content extraction, in the spirit of readability-style scorers but
// written for an iterative walk over a Gumbo tree:
//  1. one pre-order walk turns the page into text blocks (paragraph-like runs
//     of text, each owned by its nearest block-level element), dropping
//     scripts, forms controls, hidden elements and <nav>/<aside>/<footer>;
//  2. elements whose class/id carry a boilerplate hint (data file
//     html_boilerplate_hints.tsv) are dropped unless they hold most of the
//     page's text;
//  3. every block scores (length, commas, low link density) and propagates
//     its score to a few ancestors; the best-scoring ancestor is the article;
//  4. its siblings join when they score close enough or look like prose;
//  5. link-heavy sub-lists inside the article are cleaned out.
#include "ingest/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/charset.h"
#include "ingest/derived_offsets.h"
#include "ingest/gumbo_pool.h"
#include "ingest/html_class_hints.h"
#include "ingest/html_dom.h"
#include "ingest/html_metadata.h"
#include "ingest/html_unread_attributes.h"

namespace recoupe {
namespace {

using html::Attribute;
using html::ClassVerdict;
using html::JudgeClassAndId;

constexpr int kMaxNestingDepth = 1500;

bool IsRemovedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_FIGCAPTION: return true;
    default: return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: return true;
    default: return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Paragraph-like elements: their text scores their container, not themselves.
bool IsParagraphLike(GumboTag tag) {
  return tag == GUMBO_TAG_P || IsHeading(tag) || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT ||
         tag == GUMBO_TAG_DD || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_PRE ||
         tag == GUMBO_TAG_ADDRESS;
}

bool IsHidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  if (Attribute(node, "aria-hidden") == "true") return true;
  std::string_view style = Attribute(node, "style");
  if (style.empty()) return false;
  std::string s;
  for (char c : style) {
    if (c != ' ') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

struct Element {
  const GumboNode* node = nullptr;
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  ClassVerdict verdict;
  int all_chars = 0;   // text under the element, dropped parts included
  int all_prose = 0;   // of all_chars, in blocks that read like sentences
  int kept_chars = 0;  // text under the element outside dropped parts
  int link_chars = 0;  // of kept_chars, inside <a>
  int paragraphs = 0;  // kept blocks of prose length
  bool dropped = false;
  bool scored = false;
  double score = 0;
  bool in_article = false;
};

struct Block {
  std::string text;
  std::vector<OffsetMap::Anchor> anchors;  // text offsets -> offsets in the parsed page
  int owner = -1;                          // index into elements
  int link_chars = 0;
  int chars() const { return static_cast<int>(text.size()); }
};

class Extractor {
 public:
  explicit Extractor(const GumboNode* root) { Walk(root); }

  // The article text; `offsets` receives anchors from it to the parsed page.
  std::string Run(OffsetMap& offsets) {
    if (blocks_.empty()) return {};
    DecideDrops();
    ScoreCandidates();
    int top = PickTopCandidate();
    if (top < 0) return {};
    SelectArticle(top);
    return Assemble(offsets);
  }

 private:
  void Flush() {
    std::string_view t = html::Trim(current_.text);
    if (!t.empty() && current_.owner >= 0) {
      Block b;
      b.text = std::string(t);
      b.anchors =
          TrimAnchors(current_.anchors, static_cast<uint32_t>(t.data() - current_.text.data()));
      b.owner = current_.owner;
      b.link_chars = std::min(current_.link_chars, b.chars());
      blocks_.push_back(std::move(b));
    }
    current_ = Block{};
    pending_space_ = false;
  }

  // Pages repeat the same few class lists on many elements: each distinct
  // one is judged once.
  ClassVerdict Judge(const GumboNode* node) {
    std::string class_id = html::ClassAndId(node);
    if (class_id.size() <= 1) return ClassVerdict{};  // neither class nor id
    auto [it, inserted] = verdicts_.try_emplace(std::move(class_id));
    if (inserted) it->second = JudgeClassAndId(it->first);
    return it->second;
  }

  // Anchors of a block whose first `lead` bytes were trimmed off.
  static std::vector<OffsetMap::Anchor> TrimAnchors(const std::vector<OffsetMap::Anchor>& anchors,
                                                    uint32_t lead) {
    if (lead == 0) return anchors;
    std::vector<OffsetMap::Anchor> out;
    for (const auto& a : anchors) {
      if (a.clean >= lead) {
        out.push_back({a.clean - lead, a.original});
      } else {
        // Re-anchor what maps onto the new first byte.
        OffsetMap::Anchor first{0, a.original + (lead - a.clean)};
        if (out.empty()) {
          out.push_back(first);
        } else {
          out.back() = first;
        }
      }
    }
    return out;
  }

  // Gumbo hands decoded text: it is the page's bytes up to the first
  // character reference (or CR LF, folded to LF), which is all of it for
  // most nodes.
  static size_t ExactBytes(const GumboNode* node) {
    if (node->type == GUMBO_NODE_CDATA) return 0;  // original_text starts at "<![CDATA["
    const GumboStringPiece& raw = node->v.text.original_text;
    const char* text = node->v.text.text;
    if (raw.data == nullptr) return 0;
    size_t n = 0;
    while (n < raw.length && text[n] != '\0' && text[n] == raw.data[n] && raw.data[n] != '&' &&
           raw.data[n] != '\r') {
      ++n;
    }
    return n;
  }

  // Pre-order walk with an explicit stack; each element is entered and left.
  void Walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      int element;  // index of this node in elements_, -1 for non-elements
      unsigned next_child;
      bool is_block, is_link;
    };
    std::vector<Frame> stack;
    std::vector<int> block_owners;  // nearest block-level element
    int link_depth = 0;
    auto enter = [&](const GumboNode* node) {
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
          node->type == GUMBO_NODE_CDATA) {
        if (block_owners.empty()) return;
        int owner = block_owners.back();
        if (current_.owner != owner && !html::Trim(current_.text).empty()) Flush();
        current_.owner = owner;
        size_t before = current_.text.size();
        const GumboStringPiece& raw = node->v.text.original_text;
        html::TextSource from{
            static_cast<uint32_t>(node->v.text.start_pos.offset),
            raw.data == nullptr ? std::string_view() : std::string_view(raw.data, raw.length),
            ExactBytes(node)};
        html::AppendCollapsedMapped(node->v.text.text, from, current_.text, pending_space_,
                                    current_.anchors);
        if (link_depth > 0) current_.link_chars += static_cast<int>(current_.text.size() - before);
        return;
      }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
      int index = -1;
      bool is_block = false, is_link = false;
      if (node->type == GUMBO_NODE_ELEMENT) {
        GumboTag tag = node->v.element.tag;
        if (IsRemovedTag(tag) || IsHidden(node)) return;
        if (tag == GUMBO_TAG_BR) {
          Flush();
          return;
        }
        Element e;
        e.node = node;
        e.tag = tag;
        e.parent = stack.empty() ? -1 : stack.back().element;
        e.verdict = Judge(node);
        index = static_cast<int>(elements_.size());
        elements_.push_back(e);
        is_block = IsBlockTag(tag);
        is_link = tag == GUMBO_TAG_A;
        if (is_block) {
          Flush();
          block_owners.push_back(index);
        }
        if (is_link) ++link_depth;
      }
      // Keep the parent chain of element indices even through the document node.
      if (index < 0 && !stack.empty()) index = stack.back().element;
      stack.push_back({node, index, 0, is_block, is_link});
    };
    enter(root);
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& children = f.node->type == GUMBO_NODE_DOCUMENT
                                        ? f.node->v.document.children
                                        : f.node->v.element.children;
      if (f.next_child < children.length) {
        const auto* child = static_cast<const GumboNode*>(children.data[f.next_child++]);
        enter(child);  // may push: `f` is not used after this
        continue;
      }
      if (f.is_block) {
        Flush();
        block_owners.pop_back();
      }
      if (f.is_link) --link_depth;
      stack.pop_back();
    }
    Flush();
  }

  // Post-order sums: elements are in pre-order, so a reverse sweep sees every
  // child before its parent.
  void SumUp(bool kept_only) {
    for (Element& e : elements_) {
      if (kept_only) {
        e.kept_chars = e.link_chars = e.paragraphs = 0;
      } else {
        e.all_chars = e.all_prose = 0;
      }
    }
    for (const Block& b : blocks_) {
      Element& e = elements_[b.owner];
      if (kept_only) {
        if (e.dropped) continue;
        e.kept_chars += b.chars();
        e.link_chars += b.link_chars;
        if (b.chars() >= 80 && b.link_chars * 4 < b.chars()) ++e.paragraphs;
      } else {
        e.all_chars += b.chars();
        if (IsProse(b)) e.all_prose += b.chars();
      }
    }
    for (size_t i = elements_.size(); i-- > 0;) {
      Element& e = elements_[i];
      if (e.parent < 0) continue;
      Element& p = elements_[e.parent];
      if (kept_only) {
        if (e.dropped) continue;
        p.kept_chars += e.kept_chars;
        p.link_chars += e.link_chars;
        p.paragraphs += e.paragraphs;
      } else {
        p.all_chars += e.all_chars;
        p.all_prose += e.all_prose;
      }
    }
  }

  // Sentence-like text: long enough and mostly not links.
  static bool IsProse(const Block& b) { return b.chars() >= 80 && b.link_chars * 4 < b.chars(); }

  void DecideDrops() {
    SumUp(/*kept_only=*/false);
    int page_prose = elements_.empty() ? 0 : elements_[0].all_prose;
    for (Element& e : elements_) {
      bool parent_dropped = e.parent >= 0 && elements_[e.parent].dropped;
      // A hinted element holding most of the page's prose is a page wrapper
      // ("content-with-sidebar"), not a widget.
      bool hinted = e.verdict.drop && e.tag != GUMBO_TAG_BODY && e.tag != GUMBO_TAG_HTML &&
                    e.tag != GUMBO_TAG_ARTICLE && e.tag != GUMBO_TAG_MAIN &&
                    e.all_prose * 2 < page_prose;
      e.dropped = parent_dropped || hinted;
    }
    SumUp(/*kept_only=*/true);
  }

  double LinkDensity(const Element& e) const {
    return e.kept_chars > 0 ? static_cast<double>(e.link_chars) / e.kept_chars : 0.0;
  }

  void InitCandidate(Element& e) {
    if (e.scored) return;
    e.scored = true;
    double base = 0;
    switch (e.tag) {
      case GUMBO_TAG_DIV:
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_MAIN:
      case GUMBO_TAG_SECTION: base = 5; break;
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_BLOCKQUOTE: base = 3; break;
      case GUMBO_TAG_FORM:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_ADDRESS: base = -3; break;
      case GUMBO_TAG_TH:
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: base = -5; break;
      default: break;
    }
    e.score = base + e.verdict.weight;
  }

  static int CountCommas(std::string_view t) {
    int n = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == ',') ++n;
      // U+FF0C FULLWIDTH COMMA, U+3001 IDEOGRAPHIC COMMA, U+060C ARABIC COMMA.
      if (t.compare(i, 3, "\xEF\xBC\x8C") == 0 || t.compare(i, 3, "\xE3\x80\x81") == 0 ||
          t.compare(i, 2, "\xD8\x8C") == 0) {
        ++n;
      }
    }
    return n;
  }

  void ScoreCandidates() {
    for (const Block& b : blocks_) {
      if (elements_[b.owner].dropped || b.chars() < 25) continue;
      double link_share = static_cast<double>(b.link_chars) / b.chars();
      if (link_share > 0.5) continue;
      double s = (1.0 + CountCommas(b.text) + std::min(b.chars() / 100, 3)) * (1.0 - link_share);
      int node = b.owner;
      if (IsParagraphLike(elements_[node].tag)) node = elements_[node].parent;
      for (int level = 0; node >= 0 && level < 5; ++level, node = elements_[node].parent) {
        Element& e = elements_[node];
        InitCandidate(e);
        e.score += s / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
      }
    }
  }

  int PickTopCandidate() {
    int top = -1;
    double best = 0;
    for (size_t i = 0; i < elements_.size(); ++i) {
      Element& e = elements_[i];
      if (!e.scored || e.dropped) continue;
      e.score *= 1.0 - LinkDensity(e);
      if (top < 0 || e.score > best) {
        top = static_cast<int>(i);
        best = e.score;
      }
    }
    if (top < 0) return 0;  // no prose at all: fall back to the whole page
    if (std::getenv("RECOUPE_HTML_DEBUG") != nullptr) DebugCandidates();
    // Text split across sibling containers makes the true article an ancestor:
    // climb while the parent is nearly as good and adds real prose.
    for (;;) {
      int parent = elements_[top].parent;
      if (parent < 0) break;
      const Element& p = elements_[parent];
      if (p.dropped || p.tag == GUMBO_TAG_BODY || p.tag == GUMBO_TAG_HTML) break;
      bool only_child_of_note = p.kept_chars <= elements_[top].kept_chars * 1.05;
      bool strong_parent = p.scored && p.score >= elements_[top].score * 0.9 &&
                           p.paragraphs >= elements_[top].paragraphs + 2;
      if (!only_child_of_note && !strong_parent) break;
      top = parent;
    }
    return top;
  }

  void DebugCandidates() const {
    std::vector<int> order;
    for (size_t i = 0; i < elements_.size(); ++i) {
      if (elements_[i].scored) order.push_back(static_cast<int>(i));
    }
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return elements_[a].score > elements_[b].score; });
    for (size_t k = 0; k < order.size() && k < 8; ++k) {
      const Element& e = elements_[order[k]];
      std::fprintf(stderr, "cand %d tag=%s score=%.1f chars=%d ld=%.2f par=%d class=%s\n", order[k],
                   gumbo_normalized_tagname(e.tag), e.score, e.kept_chars, LinkDensity(e),
                   e.paragraphs, html::ClassAndId(e.node).c_str());
    }
  }

  bool LooksLikeProse(const Element& e) const {
    if (e.dropped || e.kept_chars == 0) return false;
    double ld = LinkDensity(e);
    if (e.kept_chars > 80) return ld < 0.25;
    return ld == 0 && e.tag == GUMBO_TAG_P;
  }

  void SelectArticle(int top) {
    std::vector<int> chosen{top};
    int parent = elements_[top].parent;
    if (parent >= 0) {
      double threshold = std::max(10.0, elements_[top].score * 0.2);
      std::string top_class(Attribute(elements_[top].node, "class"));
      for (size_t i = parent + 1; i < elements_.size(); ++i) {
        const Element& s = elements_[i];
        if (s.parent != parent || static_cast<int>(i) == top || s.dropped) continue;
        double bonus = !top_class.empty() && Attribute(s.node, "class") == top_class
                           ? elements_[top].score * 0.2
                           : 0.0;
        bool join = (s.scored && s.score + bonus >= threshold) ||
                    (IsParagraphLike(s.tag) && LooksLikeProse(s));
        if (join) chosen.push_back(static_cast<int>(i));
      }
    }
    for (int c : chosen) elements_[c].in_article = true;
    for (Element& e : elements_) {
      if (e.parent >= 0 && elements_[e.parent].in_article) e.in_article = true;
    }
    // Clean link-heavy lists and boxes inside the article ("read also" lists).
    for (size_t i = 0; i < elements_.size(); ++i) {
      Element& e = elements_[i];
      if (!e.in_article || e.dropped) continue;
      bool is_chosen = std::find(chosen.begin(), chosen.end(), static_cast<int>(i)) != chosen.end();
      if (is_chosen || IsParagraphLike(e.tag)) continue;
      double ld = LinkDensity(e);
      if ((ld > 0.5 && e.kept_chars < 2000) ||
          (ld > 0.33 && e.paragraphs == 0 && e.kept_chars < 500)) {
        e.dropped = true;
      }
    }
    for (Element& e : elements_) {
      if (e.parent >= 0 && elements_[e.parent].dropped) e.dropped = true;
    }
  }

  std::string Assemble(OffsetMap& offsets) const {
    std::string out;
    std::unordered_set<std::string_view> seen;
    for (const Block& b : blocks_) {
      const Element& owner = elements_[b.owner];
      if (!owner.in_article || owner.dropped) continue;
      // A block that is mostly links inside the article is navigation.
      if (b.link_chars * 2 > b.chars() && b.chars() < 300) continue;
      // Galleries and carousels repeat captions; an article does not repeat
      // a paragraph word for word.
      if (b.chars() >= 40 && !seen.insert(std::string_view(b.text)).second) continue;
      if (!out.empty()) out += "\n\n";
      for (const auto& a : b.anchors) {
        offsets.Add(a.clean + static_cast<uint32_t>(out.size()), a.original);
      }
      out += b.text;
    }
    return out;
  }

  std::vector<Element> elements_;
  std::vector<Block> blocks_;
  std::unordered_map<std::string, ClassVerdict> verdicts_;
  Block current_;
  bool pending_space_ = false;
};

}  // namespace

HtmlArticle ExtractHtmlArticle(std::string_view html) {
  HtmlArticle article;
  // The page Gumbo parses may be a transcoded, trimmed copy: keep the way back.
  OffsetMap utf8_to_page, lean_to_page, shallow_to_lean, slim_to_shallow;
  std::optional<Transcoded> utf8 = TranscodeToUtf8(html, SniffHtmlCharset(html));
  if (utf8) {
    html = utf8->text;
    utf8_to_page = std::move(utf8->offsets);
  }
  std::optional<std::string> lean = html::StripScriptsAndStyles(html, &lean_to_page);
  if (lean) html = *lean;
  std::optional<std::string> shallow =
      html::CapNestingDepth(html, kMaxNestingDepth, &shallow_to_lean);
  if (shallow) html = *shallow;
  // Last: the depth cap's light tokenizer counts tags inside attribute
  // values, so it must see them as they were.
  std::optional<std::string> slim = html::EmptyUnreadAttributeValues(html, &slim_to_shallow);
  if (slim) html = *slim;
  html::ParsedPage page(html);
  if (page.output == nullptr || page.output->document == nullptr) return article;
  html::ReadHtmlMetadata(page.output->document, article);
  article.text = Extractor(page.output->root).Run(article.text_offsets);
  // Back through each copy that was made (an empty map is the identity).
  const uint32_t size = static_cast<uint32_t>(article.text.size());
  for (const OffsetMap* layer :
       {&slim_to_shallow, &shallow_to_lean, &lean_to_page, &utf8_to_page}) {
    // The emptied attribute values lie inside tags, never under text: that
    // layer changes no anchor, and for an empty text it would only add one.
    if (layer == &slim_to_shallow && size == 0) continue;
    if (!layer->anchors.empty())
      article.text_offsets = ComposeOffsets(article.text_offsets, *layer, size);
  }
  return article;
}

}  // namespace recoupe
