#include "extract/entity_rules.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <map>

#include "core/data_files.h"
#include "extract/name_shapes.h"
#include "extract/ner_features.h"

namespace recoupe {
namespace {

using namespace name_shapes;  // NOLINT: the word shapes the rules are written in

// Priorities when mentions overlap: rules with strong evidence beat the model.
constexpr int kModel = 1, kTitle = 2, kStrong = 3;

// Hashes std::string and std::string_view alike: tokens are looked up in
// per-document sets without being copied.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

struct Candidate {
  EntityMention mention;
  int priority = kModel;
};

// A model mention that runs from an organisation into a person's name, the
// French apposition "l'attaché de presse de la Banque centrale Olga
// Marenko": the organisation's name ends on a lowercase adjective, and the
// two or three capitalised words after it are the person. Organisation names
// almost never put capitalised words after a lowercase content word (38 of
// 16k ORG/LOC/MISC spans in the French test set, all titles of works or
// English names with "for", "on"...), so the split is safe.
struct PersonTail {
  size_t person = 0;      // first person token, 0 when the mention is no such run
  size_t prefix_end = 0;  // the mention's own words are [0, prefix_end)
};
// Also "Alberta Premier Danielle Smith": a title between the place or body
// and the name, left out of both.
PersonTail FindPersonTail(const std::vector<std::string_view>& words,
                          const std::vector<bool>& is_word, const std::vector<bool>& is_title) {
  const size_t n = words.size();
  for (size_t tail = 2; tail <= 3 && tail + 2 <= n; ++tail) {
    size_t k = n - tail;  // first person token
    std::string_view before = words[k - 1];
    const bool title = is_title[k - 1];
    if (!title && (!StartsLower(before) || IsFunctionWord(before, false))) continue;
    bool names = true;
    for (size_t t = k; t < n && names; ++t)
      names = is_word[t] && IsCapitalized(words[t]) && !IsAcronym(words[t]) && !is_title[t];
    if (names) return {k, title ? k - 1 : k};
  }
  return {};
}

// One document, one reading: a surface form the model tags several times gets
// its majority type, and the parts of a full person name ("Tokayev" of
// "Kassym-Jomart Tokayev") are that person wherever they stand alone.
void PropagateWithinDocument(std::string_view text, const std::vector<Token>& tokens,
                             const std::unordered_set<std::string>& titles,
                             std::vector<Candidate>& cands) {
  std::map<std::string, std::array<int, 4>, std::less<>> votes;
  for (const auto& c : cands)
    if (c.priority == kModel) votes[c.mention.text][static_cast<int>(c.mention.type)]++;
  // A name in capitals ("PORTO ALEGRE" in a dateline) reads as its ordinary
  // spelling elsewhere in the text, where the model sees its usual shape.
  std::map<std::string, std::array<int, 4>, std::less<>> ordinary_votes;
  for (const auto& c : cands)
    if (c.priority == kModel && !IsAllCapitals(c.mention.text))
      ordinary_votes[NerLowercase(c.mention.text)][static_cast<int>(c.mention.type)]++;
  for (auto& c : cands) {
    if (c.priority != kModel) continue;
    const std::array<int, 4>* v = &votes[c.mention.text];
    if (IsAllCapitals(c.mention.text))
      if (auto it = ordinary_votes.find(NerLowercase(c.mention.text)); it != ordinary_votes.end())
        v = &it->second;
    int best = static_cast<int>(c.mention.type);
    for (int t = 0; t < 4; ++t)
      if ((*v)[t] > (*v)[best]) best = t;
    c.mention.type = static_cast<EntityType>(best);
  }
  WordSet name_parts;
  for (const auto& c : cands) {
    if (c.mention.type != EntityType::kPer || c.mention.text.find(' ') == std::string::npos)
      continue;
    std::string_view t = c.mention.text;
    for (size_t pos = 0; pos < t.size();) {
      size_t sp = std::min(t.find(' ', pos), t.size());
      std::string_view part = t.substr(pos, sp - pos);
      // A title inside a tagged name ("Président Tokaïev") is not a name part.
      if (part.size() >= 3 && IsCapitalized(part) && !IsAcronym(part) &&
          !titles.count(NerLowercase(part)))
        name_parts.emplace(part);
      pos = sp + 1;
    }
  }
  // A single-word name a rule calls a person ("M. Tokayev"), or the model calls
  // a person at least twice, is a name part too.
  for (const auto& c : cands)
    if (c.priority != kModel && c.mention.type == EntityType::kPer &&
        c.mention.text.find(' ') == std::string::npos && IsCapitalized(c.mention.text) &&
        !IsAcronym(c.mention.text))
      name_parts.insert(c.mention.text);
  for (const auto& [text, v] : votes)
    if (v[static_cast<int>(EntityType::kPer)] >= 2 && text.find(' ') == std::string::npos &&
        IsCapitalized(text))
      name_parts.insert(text);
  if (name_parts.empty()) return;
  // Spellings of one name in one article often differ only by a doubled
  // letter ("Massimov", "Masimov"): name parts are also matched on that key.
  std::unordered_set<std::string> part_keys;
  for (const std::string& part : name_parts) part_keys.insert(CollapseDoubledLetters(part));
  std::vector<Span> covered;
  for (auto& c : cands) {
    std::string_view t = c.mention.text;
    size_t sp = t.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? t : t.substr(sp + 1);
    if (c.priority == kModel && name_parts.count(last)) c.mention.type = EntityType::kPer;
    covered.push_back(c.mention.span);
  }
  std::sort(covered.begin(), covered.end(), [](Span a, Span b) { return a.start < b.start; });
  for (const Token& tok : tokens) {
    if (tok.kind != TokenKind::kWord) continue;
    std::string_view w = text.substr(tok.span.start, tok.span.size());
    if (!IsCapitalized(w)) continue;  // every name part and key is capitalised
    if (!name_parts.count(w) &&
        !(w.size() >= 5 && IsCapitalized(w) && part_keys.count(CollapseDoubledLetters(w))))
      continue;
    bool inside = false;
    for (const Span& s : covered)
      inside = inside || (s.start < tok.span.end && tok.span.start < s.end);
    if (inside) continue;
    EntityMention m;
    m.span = tok.span;
    m.text = std::string(w);
    m.type = EntityType::kPer;
    cands.push_back({std::move(m), kModel});
  }
}

}  // namespace

std::unordered_map<std::string, std::optional<EntityType>> LoadAcronymTypes(
    const std::string& lang) {
  std::unordered_map<std::string, std::optional<EntityType>> out;
  std::vector<std::vector<std::string>> rows;
  try {
    rows = ReadTsv(DataPath(lang + "/acronyms.tsv"));
  } catch (const std::exception&) {
    return out;
  }
  const std::map<std::string, EntityType> kTypes = {{"PER", EntityType::kPer},
                                                    {"ORG", EntityType::kOrg},
                                                    {"LOC", EntityType::kLoc},
                                                    {"MISC", EntityType::kMisc}};
  for (const auto& row : rows) {
    if (row.size() < 2) continue;
    auto t = kTypes.find(row[1]);
    out[row[0]] = t == kTypes.end() ? std::nullopt : std::optional<EntityType>(t->second);
  }
  return out;
}

EntityRules::EntityRules(EntityRuleLexicons lexicons) : lex_(std::move(lexicons)) {
  for (const auto& a : lex_.agencies) {
    std::vector<std::string> parts;
    size_t pos = 0;
    while (pos <= a.size()) {
      size_t sp = a.find(' ', pos);
      if (sp == std::string::npos) sp = a.size();
      if (sp > pos) parts.push_back(a.substr(pos, sp - pos));
      pos = sp + 1;
    }
    if (parts.empty()) continue;
    agencies_by_first_word_[parts.front()].push_back(agencies_.size());
    const std::string& head = parts.front();
    agency_head_lengths_[static_cast<unsigned char>(head[0])] |= LengthBit(head.size());
    agencies_.push_back(std::move(parts));
  }
  for (const auto& w : lex_.titles) word_classes_[w] |= kTitleWord;
  for (const auto& w : lex_.institution_heads) word_classes_[w] |= kInstitutionHead;
  for (const auto& w : lex_.event_nouns) word_classes_[w] |= kEventNoun;
  for (const auto& w : lex_.calendar_words) word_classes_[w] |= kCalendarWord;
  for (const auto& w : lex_.institution_links) word_classes_[w] |= kInstitutionLink;
  for (const auto& w : lex_.place_nouns) word_classes_[w] |= kPlaceNoun;
  for (const auto& [w, unused] : word_classes_)
    if (!w.empty()) class_word_lengths_[static_cast<unsigned char>(w[0])] |= LengthBit(w.size());
}

bool EntityRules::IsTitleWord(const std::string& lower) const {
  if (lex_.titles.count(lower)) return true;
  if (lower.ends_with("ère") && lex_.titles.count(lower.substr(0, lower.size() - 4) + "er"))
    return true;
  return lower.size() > 2 && lower.back() == 'e' &&
         lex_.titles.count(lower.substr(0, lower.size() - 1));
}

void EntityRules::Apply(std::string_view text, const std::vector<Token>& tokens,
                        const std::vector<Sentence>& sentences,
                        std::vector<EntityMention>& mentions) const {
  auto word = [&](size_t k) { return text.substr(tokens[k].span.start, tokens[k].span.size()); };
  auto make = [&](size_t first, size_t last, EntityType type) {  // tokens [first, last]
    EntityMention m;
    m.span = {tokens[first].span.start, tokens[last].span.end};
    m.text = std::string(text.substr(m.span.start, m.span.size()));
    m.type = type;
    return m;
  };
  auto overlaps = [](Span a, Span b) { return a.start < b.end && b.start < a.end; };
  // Every token lowercased and looked up once: the title, institution and
  // event lexicons are asked about most tokens, some several times.
  // Lowercased lazily: an ASCII word whose first letter and length match no
  // lexicon word needs no lowercase form unless a rule asks for it.
  std::vector<std::string> lowered(tokens.size());
  auto lower = [&](size_t k) -> const std::string& {
    if (lowered[k].empty()) NerLowercaseInto(word(k), lowered[k]);
    return lowered[k];
  };
  std::vector<uint8_t> classes(tokens.size(), 0);
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view w = word(k);
    const bool ascii = std::all_of(w.begin(), w.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii && !w.empty()) {
      const char first = w[0] >= 'A' && w[0] <= 'Z' ? static_cast<char>(w[0] + 32) : w[0];
      if (!MayHaveClass(first, w.size())) continue;  // ASCII lowercasing keeps the length
    }
    if (!MayHaveClass(lower(k))) continue;
    if (auto it = word_classes_.find(lower(k)); it != word_classes_.end()) classes[k] = it->second;
  }
  auto is = [&](size_t k, uint8_t word_class) { return (classes[k] & word_class) != 0; };

  // Titles alone ("Président", "Première ministre") are no name.
  auto only_titles = [&](size_t from, size_t to) {  // tokens [from, to)
    for (size_t k = from; k < to; ++k)
      if (tokens[k].kind == TokenKind::kWord && !IsTitleWord(lower(k))) return false;
    return true;
  };
  std::vector<Candidate> cands;
  std::vector<EntityMention> untyped_prefixes;
  size_t tok = 0;
  for (auto& m : mentions) {
    // Lowercase starts are adjectives ("russe").
    if (StartsLower(m.text) || lex_.titles.count(NerLowercase(m.text))) continue;
    while (tok < tokens.size() && tokens[tok].span.start < m.span.start) ++tok;
    size_t last = tok;
    while (last < tokens.size() && tokens[last].span.end <= m.span.end) ++last;
    if (last == tok || tokens[tok].span.start != m.span.start) {  // not on token bounds
      cands.push_back({std::move(m), kModel});
      continue;
    }
    if (only_titles(tok, last)) continue;
    if (last == tok + 1 && is(tok, kCalendarWord)) continue;  // "Jan", "Mardi"
    // English possessive: "Brazil's" is the place "Brazil" (organisations such
    // as "McDonald's" keep theirs).
    if (m.type == EntityType::kPer || m.type == EntityType::kLoc) {
      for (std::string_view possessive : {"'s", "’s"}) {
        if (m.text.size() > possessive.size() + 1 && m.text.ends_with(possessive)) {
          m.span.end -= static_cast<uint32_t>(possessive.size());
          m.text.resize(m.text.size() - possessive.size());
        }
      }
    }
    {
      std::vector<std::string_view> words;
      std::vector<bool> is_word, is_title;
      for (size_t k = tok; k < last; ++k) {
        words.push_back(word(k));
        is_word.push_back(tokens[k].kind == TokenKind::kWord);
        is_title.push_back(IsTitleWord(lower(k)));
      }
      PersonTail split = FindPersonTail(words, is_word, is_title);
      // A person tagged with the place or body before a title ("Alberta
      // Premier Danielle Smith" as one PER): the name is the person, the
      // words before the title are not part of it, and of no known type
      // unless the text tags them elsewhere.
      const bool person_with_title =
          m.type == EntityType::kPer && split.person > 0 && split.prefix_end < split.person;
      if (split.person && (m.type != EntityType::kPer || person_with_title)) {
        if (split.prefix_end > 0 && !only_titles(tok, tok + split.prefix_end)) {
          EntityMention prefix = make(tok, tok + split.prefix_end - 1, m.type);
          if (person_with_title)
            untyped_prefixes.push_back(std::move(prefix));
          else
            cands.push_back({std::move(prefix), kModel});
        }
        cands.push_back({make(tok + split.person, last - 1, EntityType::kPer), kModel});
        continue;
      }
    }
    cands.push_back({std::move(m), kModel});
  }
  for (EntityMention& prefix : untyped_prefixes) {
    std::optional<EntityType> elsewhere;
    for (const auto& c : cands)
      if (c.mention.text == prefix.text && c.mention.type != EntityType::kPer)
        elsewhere = c.mention.type;
    if (!elsewhere) continue;
    prefix.type = *elsewhere;
    auto at = std::find_if(cands.begin(), cands.end(), [&](const Candidate& c) {
      return c.mention.span.start > prefix.span.start;
    });
    cands.insert(at, {std::move(prefix), kModel});
  }
  // One place or person cut in two by a lowercase particle: "Rio Grande" "do"
  // "Sul", "Mato Grosso" "do" "Sul".
  for (size_t i = 0; i + 1 < cands.size(); ++i) {
    EntityMention &a = cands[i].mention, &b = cands[i + 1].mention;
    if (a.type != b.type || (a.type != EntityType::kLoc && a.type != EntityType::kPer)) continue;
    std::string_view gap =
        text.substr(a.span.end, b.span.start - std::min(b.span.start, a.span.end));
    if (gap.size() < 3 || gap.front() != ' ' || gap.back() != ' ') continue;
    if (!lex_.connectors.count(std::string(gap.substr(1, gap.size() - 2)))) continue;
    a.span.end = b.span.end;
    a.text = std::string(text.substr(a.span.start, a.span.size()));
    cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
  // Acronyms the model already tags somewhere: their expansion may start lowercase.
  std::unordered_set<std::string> model_acronyms;
  for (const auto& c : cands)
    if (c.mention.type != EntityType::kPer && IsAcronym(c.mention.text))
      model_acronyms.insert(c.mention.text);

  for (const Sentence& s : sentences) {
    const size_t first = s.first_token,
                 end = std::min<size_t>(s.first_token + s.token_count, tokens.size());
    // The sentence's words, for spelling acronyms: made when one is met.
    std::vector<std::string_view> words;
    std::vector<bool> elision;
    auto sentence_words = [&] {
      if (words.empty())
        for (size_t k = first; k < end; ++k) {
          words.push_back(word(k));
          elision.push_back(tokens[k].elision);
        }
    };

    // Titles and roles.
    for (size_t k = first; k < end; ++k) {
      size_t j = k + 1;
      bool title = is(k, kTitleWord);
      if (!title && j < end && word(j) == "." && lex_.titles.count(lower(k) + "."))
        title = true, ++j;
      if (!title) continue;
      size_t gap = 0;
      bool comma_before = false;
      while (j < end && gap < 8 && !IsCapitalized(word(j))) {
        std::string_view w = word(j);
        comma_before = w == ",";
        if (!(comma_before || StartsLower(w))) break;
        ++j, ++gap;
      }
      if (j >= end || !IsCapitalized(word(j)) || is(j, kTitleWord)) continue;
      size_t last = j;
      while (last + 1 < end) {
        if (ContinuesName(word(last + 1)) && tokens[last + 1].kind == TokenKind::kWord) {
          ++last;
        } else if (last + 2 < end && lex_.connectors.count(std::string(word(last + 1))) &&
                   IsCapitalized(word(last + 2)) && !tokens[last + 1].elision) {
          last += 2;  // particles: "de", "van", "bin" (not "on Tuesday")
        } else {
          break;
        }
      }
      // "le maire de Derna, Abdulmenam al-Ghaithi": the title's complement (a
      // place or a body) ends at a comma, and a name of two words or more follows.
      if (gap > 0 && !comma_before && last + 3 < end && word(last + 1) == ",") {
        size_t from = last + 2, to = from;
        while (to + 1 < end && to - from < 3 && tokens[to + 1].kind == TokenKind::kWord &&
               ContinuesName(word(to + 1)))
          ++to;
        if (to > from && tokens[from].kind == TokenKind::kWord && IsCapitalized(word(from)) &&
            !IsAcronym(word(from)) && !is(from, kTitleWord)) {
          cands.push_back({make(from, to, EntityType::kPer), kTitle});
          continue;
        }
      }
      if (gap > 0 && !comma_before && last == j) continue;
      EntityMention m = make(j, last, EntityType::kPer);
      bool model_disagrees = false;
      for (const auto& c : cands)
        if (c.priority == kModel && overlaps(c.mention.span, m.span) &&
            c.mention.type != EntityType::kPer)
          model_disagrees = true;
      if (gap > 0 && model_disagrees) continue;
      cands.push_back({std::move(m), kTitle});
    }

    // Apposition: a capitalised run of two to four words, then a comma, at
    // most a determiner, and a person noun or a title: "Mohamed Aït Ouarab,
    // un habitant de 54 ans", "Sophie Binet, dirigeante syndicale". After a
    // title only ("Air France, le président"), the model's reading wins.
    for (size_t k = first + 1; k < end; ++k) {
      auto name_word = [&](size_t t) {
        return tokens[t].kind == TokenKind::kWord && IsCapitalized(word(t)) && !IsAcronym(word(t));
      };
      if (!name_word(k) || name_word(k - 1)) continue;
      size_t last = k;
      while (last - k < 3 && last + 1 < end) {
        if (name_word(last + 1) ||
            (tokens[last + 1].kind == TokenKind::kWord && ContinuesName(word(last + 1)))) {
          ++last;
        } else if (last + 2 < end && lex_.connectors.count(std::string(word(last + 1))) &&
                   name_word(last + 2)) {
          last += 2;
        } else {
          break;
        }
      }
      size_t j = last + 1;
      if (last == k || j + 1 >= end || word(j) != ",") continue;
      ++j;
      if (IsFunctionWord(word(j), tokens[j].elision) && j + 1 < end) ++j;
      const std::string& noun = lower(j);
      bool person_noun = lex_.person_nouns.count(noun) > 0;
      if (!person_noun && !IsTitleWord(noun)) continue;
      EntityMention m = make(k, last, EntityType::kPer);
      bool model_disagrees = false;
      for (const auto& c : cands)
        model_disagrees =
            model_disagrees || (c.priority == kModel && overlaps(c.mention.span, m.span) &&
                                c.mention.type != EntityType::kPer);
      if (!person_noun && model_disagrees) continue;
      cands.push_back({std::move(m), kTitle});
      k = last;
    }

    // Institutions: a head noun, at most one adjective, one or two function
    // words, then the capitalised complement, or the model's mention there.
    for (size_t k = first; k + 2 < end; ++k) {
      if (!is(k, kInstitutionHead)) continue;
      size_t j = k + 1;
      if (StartsLower(word(j)) && !IsFunctionWord(word(j), tokens[j].elision)) ++j;
      // The complement hangs on a linking word ("de", "of"), not on any
      // small word: "the ministry said on Wednesday" names no ministry.
      if (j >= end || !is(j, kInstitutionLink)) continue;
      size_t connectors = 0;
      while (j < end && connectors < 2 && IsFunctionWord(word(j), tokens[j].elision))
        ++j, ++connectors;
      if (connectors == 0 || j >= end || !IsCapitalized(word(j)) ||
          tokens[j].kind != TokenKind::kWord || is(j, kCalendarWord))
        continue;
      size_t last = j;
      for (const auto& c : cands)
        if (c.priority == kModel && c.mention.span.start == tokens[j].span.start)
          while (last + 1 < end && tokens[last + 1].span.end <= c.mention.span.end) ++last;
      while (last + 1 < end && IsCapitalized(word(last + 1)) &&
             tokens[last + 1].kind == TokenKind::kWord)
        ++last;
      cands.push_back({make(k, last, EntityType::kOrg), kTitle});
      k = last;
    }

    // Acronyms defined by their expansion: "Expansion (ACR)".
    for (size_t k = first + 1; k + 2 < end; ++k) {
      if (word(k) != "(" || word(k + 2) != ")" || !IsAcronym(word(k + 1))) continue;
      std::vector<UChar32> letters = AcronymLetters(word(k + 1));
      sentence_words();
      size_t from = k, lo = k > first + 12 ? k - 12 : first;
      for (size_t st = k; st-- > lo;) {
        bool may_start = IsCapitalized(word(st)) ||
                         (StartsLower(word(st)) && !IsFunctionWord(word(st), tokens[st].elision) &&
                          model_acronyms.count(std::string(word(k + 1))));
        if (may_start && Spells(words, elision, st - first, k - first, letters, 0)) {
          from = st;
          break;
        }
      }
      if (from == k) {
        // An acronym in parentheses names what precedes it even when its
        // letters do not spell it in order: it abbreviates the mention ending
        // there when its letters are all initials of that mention
        // ("... sécurité collective (OSTC)"), else it stands alone ("(FICR)").
        // The mention may stop short of the parenthesis where the model did
        // not follow a coordination ("... de la Croix-Rouge et du
        // Croissant-Rouge (FICR)"): it runs on to the parenthesis over at
        // most five short function words and capitalised words, the last
        // one capitalised.
        auto reaches_parenthesis = [&](Span span, std::string& extended) {
          if (span.end == tokens[k - 1].span.end) return true;
          if (span.end > tokens[k - 1].span.end || span.start < tokens[lo].span.start ||
              !IsCapitalized(word(k - 1)))
            return false;
          size_t t = k;
          while (t > first && tokens[t - 1].span.start >= span.end) --t;
          if (k - t > 5) return false;
          for (size_t g = t; g < k; ++g)
            if (tokens[g].kind != TokenKind::kWord ||
                !(IsCapitalized(word(g)) || IsFunctionWord(word(g), tokens[g].elision)))
              return false;
          extended = std::string(text.substr(span.start, tokens[k - 1].span.end - span.start));
          return true;
        };
        EntityMention acr = make(k + 1, k + 1, EntityType::kOrg);
        for (auto& c : cands) {
          std::string extended = c.mention.text;
          if (c.mention.type == EntityType::kPer || !reaches_parenthesis(c.mention.span, extended))
            continue;
          std::vector<UChar32> initials;
          std::string_view t = extended;
          for (size_t pos = 0; pos < t.size();) {
            size_t next = std::min(t.find_first_of(" '", pos), t.size());
            for (UChar32 i : Initials(t.substr(pos, next - pos))) initials.push_back(i);
            pos = next + 1;
          }
          bool all = true;
          for (UChar32 l : letters)
            all = all && std::find(initials.begin(), initials.end(), l) != initials.end();
          if (!all) continue;
          c.mention.span.end = tokens[k - 1].span.end;
          c.mention.text = std::move(extended);
          acr.type = c.mention.type;
          acr.expansion = c.mention.text;
          c.mention.acronym = acr.text;
          break;
        }
        const int priority = acr.expansion.empty() ? kModel : kStrong;
        cands.push_back({std::move(acr), priority});
        continue;
      }
      EntityMention exp = make(from, k - 1, EntityType::kOrg);
      for (const auto& c : cands)
        if (c.priority == kModel && overlaps(c.mention.span, exp.span) &&
            c.mention.type != EntityType::kPer)
          exp.type = c.mention.type;
      EntityMention acr = make(k + 1, k + 1, exp.type);
      acr.expansion = exp.text;
      exp.acronym = acr.text;
      cands.push_back({std::move(exp), kStrong});
      cands.push_back({std::move(acr), kStrong});
    }
  }

  // Later bare uses of a defined acronym, and wire agencies.
  std::map<std::string, std::pair<std::string, EntityType>, std::less<>> defined;
  for (const auto& c : cands)
    if (c.priority == kStrong && !c.mention.expansion.empty())
      defined.emplace(c.mention.text, std::make_pair(c.mention.expansion, c.mention.type));
  for (size_t k = 0; k < tokens.size(); ++k) {
    std::string_view w = word(k);
    if (auto it = defined.find(w); it != defined.end()) {
      EntityMention m = make(k, k, it->second.second);
      m.expansion = it->second.first;
      cands.push_back({std::move(m), kStrong});
      continue;
    }
    // An acronym after an article ("la CGT", "l'ONU", "the NHS") names an
    // organisation unless data/<lang>/acronyms.tsv says otherwise ("le PIB").
    if (k > 0 && tokens[k].kind == TokenKind::kWord &&
        IsFunctionWord(word(k - 1), tokens[k - 1].elision) && IsAcronym(w)) {
      auto known = lex_.acronym_types.find(std::string(w));
      if (known == lex_.acronym_types.end()) {
        cands.push_back({make(k, k, EntityType::kOrg), kModel});
      } else if (known->second) {
        cands.push_back({make(k, k, *known->second), kModel});
      }
    }
    if (!MayStartAgency(w)) continue;
    auto firsts = agencies_by_first_word_.find(w);
    if (firsts == agencies_by_first_word_.end()) continue;
    for (size_t a : firsts->second) {  // in the order of the data file
      const std::vector<std::string>& agency = agencies_[a];
      if (k + agency.size() > tokens.size()) continue;
      bool match = true;
      for (size_t p = 0; p < agency.size() && match; ++p) match = word(k + p) == agency[p];
      if (match) {
        cands.push_back({make(k, k + agency.size() - 1, EntityType::kOrg), kStrong});
        break;
      }
    }
  }

  // The token a mention starts at, or tokens.size() when it starts inside one.
  auto first_token = [&](const EntityMention& m) -> size_t {
    auto at = std::lower_bound(tokens.begin(), tokens.end(), m.span.start,
                               [](const Token& t, uint32_t pos) { return t.span.start < pos; });
    return at == tokens.end() || at->span.start != m.span.start
               ? tokens.size()
               : static_cast<size_t>(at - tokens.begin());
  };
  // Named events: the name after an event noun is no person or place.
  std::unordered_set<std::string> event_names;
  for (auto& c : cands) {
    if (c.priority != kModel) continue;
    const size_t k = first_token(c.mention);
    if (k == tokens.size()) continue;
    const bool head_inside = tokens[k].span.end < c.mention.span.end && is(k, kEventNoun);
    const bool head_before = k > 0 && is(k - 1, kEventNoun);
    if (!head_inside && !head_before) continue;
    c.mention.type = EntityType::kMisc;
    event_names.insert(head_inside ? c.mention.text.substr(tokens[k].span.size() + 1)
                                   : c.mention.text);
  }
  for (auto& c : cands)
    if (c.priority == kModel && event_names.count(c.mention.text))
      c.mention.type = EntityType::kMisc;

  // A name after a noun for a kind of place and a linking word is a place:
  // "the oil town of Fort McMurray", "la ville de Kherson".
  for (auto& c : cands) {
    if (c.priority != kModel || c.mention.type == EntityType::kLoc) continue;
    const size_t k = first_token(c.mention);
    if (k < tokens.size() && k >= 2 && is(k - 1, kInstitutionLink) && is(k - 2, kPlaceNoun) &&
        StartsLower(word(k - 2)))
      c.mention.type = EntityType::kLoc;
  }

  PropagateWithinDocument(text, tokens, lex_.titles, cands);

  // Keep the strongest, then longest, of overlapping candidates.
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.mention.span.size() > b.mention.span.size();
  });
  mentions.clear();
  for (auto& c : cands) {
    bool clash = false;
    for (const auto& m : mentions) clash = clash || overlaps(m.span, c.mention.span);
    if (!clash) mentions.push_back(std::move(c.mention));
  }
  std::sort(mentions.begin(), mentions.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.span.start < b.span.start;
  });
}

}  // namespace recoupe
