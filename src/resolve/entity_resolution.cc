#include "resolve/entity_resolution.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace recoupe {
namespace {

struct Form {
  std::string text;
  NameKey key;
  std::map<EntityType, int> type_counts;
  int count = 0;
  bool acronym = false;
  EntityType Type() const {
    EntityType best = EntityType::kMisc;
    int n = -1;
    for (const auto& [t, c] : type_counts) {
      if (c > n || (c == n && best == EntityType::kMisc)) best = t, n = c;
    }
    return best;
  }
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a), b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// An all-capitals word of 2 to 8 letters ("OTSC", "AFP").
bool LooksLikeAcronym(std::string_view s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (std::isalpha(c)) {
      if (!std::isupper(c)) return false;
      ++letters;
    } else if (c != '.' && c != '-' && c != '&') {
      return false;
    }
  }
  return letters >= 2 && letters <= 8;
}

bool TypesCompatible(EntityType a, EntityType b) {
  return a == b || a == EntityType::kMisc || b == EntityType::kMisc;
}

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

DocSpan Where(const Document& doc, Span span) {
  return DocSpan{doc.id, span.start, span.end, std::string(doc.Slice(span))};
}

// Picks the canonical name: the most complete form (most words, an expansion
// rather than its acronym), then the one with diacritics (the text's own
// spelling rather than an English transliteration), then the most frequent.
const Form* CanonicalForm(const std::vector<const Form*>& forms) {
  const Form* best = nullptr;
  auto rank = [](const Form* f) {
    return std::make_tuple(!f->acronym, f->key.tokens.size(), HasNonAscii(f->text), f->count);
  };
  for (const Form* f : forms) {
    if (!best || rank(f) > rank(best)) best = f;
  }
  return best;
}

}  // namespace

ResolvedEntities ResolveEntities(const std::vector<const AnalyzedDocument*>& docs,
                                 const NameKeyMaker& keys, int first_number) {
  std::vector<Form> forms;
  std::map<std::string, size_t> form_of;
  std::vector<std::vector<size_t>> mention_form(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const EntityMention& m : docs[d]->facts.entities) {
      auto [it, added] = form_of.emplace(m.text, forms.size());
      if (added) {
        Form f;
        f.text = m.text;
        f.key = keys.Key(m.text);
        f.acronym = LooksLikeAcronym(m.text);
        forms.push_back(std::move(f));
      }
      Form& f = forms[it->second];
      f.count++;
      f.type_counts[m.type]++;
      mention_form[d].push_back(it->second);
    }
  }
  const size_t n = forms.size();
  UnionFind uf(n);
  // 1. Identical keys, whatever the types.
  std::map<std::string, size_t> by_joined;
  for (size_t i = 0; i < n; ++i) {
    std::string j = forms[i].key.Joined();
    if (j.empty()) continue;
    auto [it, added] = by_joined.emplace(j, i);
    if (!added) uf.Union(it->second, i);
  }
  // 1b. One country named in two languages ("Turkey", "Turquie"): places only.
  std::map<std::string_view, size_t> by_country;
  for (size_t i = 0; i < n; ++i) {
    if (forms[i].acronym || !TypesCompatible(forms[i].Type(), EntityType::kLoc)) continue;
    std::string_view code = keys.CountryCode(forms[i].key);
    if (code.empty()) continue;
    auto [it, added] = by_country.emplace(code, i);
    if (!added) uf.Union(it->second, i);
  }
  // 2. Multi-word names (and near-identical single words) of compatible types.
  for (size_t i = 0; i < n; ++i) {
    for (size_t k = i + 1; k < n; ++k) {
      const Form &a = forms[i], &b = forms[k];
      if (a.acronym || b.acronym || !TypesCompatible(a.Type(), b.Type())) continue;
      if ((a.key.tokens.size() == 1) != (b.key.tokens.size() == 1)) {
        // A single word against a multi-word name only when it is the whole
        // name run together (Nursultan ~ Nour-Soultan); surnames come in step 3.
        const Form& one = a.key.tokens.size() == 1 ? a : b;
        const Form& many = a.key.tokens.size() == 1 ? b : a;
        if (TokenSimilarity(one.key.tokens[0], many.key.Joined()) >= 0.85) uf.Union(i, k);
        continue;
      }
      if (NameKeysMatch(a.key, b.key, false)) uf.Union(i, k);
    }
  }
  // 3. A surname alone attaches to the one person of the story ending with it.
  for (size_t i = 0; i < n; ++i) {
    const Form& s = forms[i];
    if (s.acronym || s.key.tokens.size() != 1) continue;
    EntityType st = s.Type();
    if (st != EntityType::kPer && st != EntityType::kMisc) continue;
    std::set<size_t> candidates;
    for (size_t k = 0; k < n; ++k) {
      const Form& full = forms[k];
      if (full.key.tokens.size() < 2 || full.Type() != EntityType::kPer) continue;
      if (NameKeysMatch(s.key, full.key, true)) candidates.insert(uf.Find(k));
    }
    if (candidates.size() == 1) uf.Union(i, *candidates.begin());
  }
  // 4. Acronyms: declared expansions first, then initials of the story's names.
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const EntityMention& m : docs[d]->facts.entities) {
      for (const std::string* other : {&m.expansion, &m.acronym}) {
        if (other->empty()) continue;
        auto it = form_of.find(*other);
        if (it != form_of.end()) uf.Union(form_of[m.text], it->second);
      }
    }
  }
  std::vector<std::string> initials(n);
  for (size_t k = 0; k < n; ++k) {
    if (forms[k].key.tokens.size() >= 2) initials[k] = keys.Initials(forms[k].text);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!forms[i].acronym) continue;
    std::string want;
    for (char c : forms[i].text) {
      if (std::isalpha(static_cast<unsigned char>(c))) want.push_back(c);
    }
    std::set<size_t> candidates;
    for (size_t k = 0; k < n; ++k) {
      if (!initials[k].empty() && initials[k] == want) candidates.insert(uf.Find(k));
    }
    if (candidates.size() == 1) uf.Union(i, *candidates.begin());
  }

  // Build entities in order of first mention.
  ResolvedEntities out;
  std::map<size_t, int> entity_of_root;
  std::vector<std::vector<const Form*>> members;
  out.mention_entity.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d]->doc;
    const auto& mentions = docs[d]->facts.entities;
    for (size_t m = 0; m < mentions.size(); ++m) {
      size_t root = uf.Find(mention_form[d][m]);
      auto [it, added] = entity_of_root.emplace(root, static_cast<int>(out.entities.size()));
      if (added) {
        out.entities.emplace_back();
        members.emplace_back();
      }
      Entity& e = out.entities[it->second];
      if (e.documents.empty() || e.documents.back() != doc.id) {
        if (std::find(e.documents.begin(), e.documents.end(), doc.id) == e.documents.end()) {
          e.documents.push_back(doc.id);
        }
      }
      e.mentions.push_back(Where(doc, mentions[m].span));
      out.mention_entity[d].push_back(it->second);
    }
  }
  for (size_t i = 0; i < n; ++i) members[entity_of_root[uf.Find(i)]].push_back(&forms[i]);
  for (size_t e = 0; e < out.entities.size(); ++e) {
    Entity& ent = out.entities[e];
    ent.id = "e" + std::to_string(first_number + static_cast<int>(e));
    std::map<EntityType, int> types;
    for (const Form* f : members[e]) {
      ent.variants.push_back({f->text, f->count});
      for (const auto& [t, c] : f->type_counts) types[t] += c;
    }
    std::stable_sort(
        ent.variants.begin(), ent.variants.end(),
        [](const EntityVariant& a, const EntityVariant& b) { return a.count > b.count; });
    int best = -1;
    for (const auto& [t, c] : types) {
      if (c > best || (c == best && ent.type == EntityType::kMisc)) ent.type = t, best = c;
    }
    ent.name = CanonicalForm(members[e])->text;
  }
  return out;
}

EntityNameIndex::EntityNameIndex(const std::vector<Entity>& entities, const NameKeyMaker& keys)
    : keys_(keys) {
  for (const Entity& e : entities) {
    variant_keys_.emplace_back();
    for (const EntityVariant& v : e.variants) variant_keys_.back().push_back(keys.Key(v.form));
  }
}

int EntityNameIndex::Find(std::string_view name) const {
  NameKey key = keys_.Key(name);
  if (key.tokens.empty()) return -1;
  std::string joined = key.Joined();
  std::set<int> fuzzy;
  for (size_t e = 0; e < variant_keys_.size(); ++e) {
    for (const NameKey& vk : variant_keys_[e]) {
      if (vk.Joined() == joined) return static_cast<int>(e);
      if (NameKeysMatch(key, vk, true)) fuzzy.insert(static_cast<int>(e));
    }
  }
  return fuzzy.size() == 1 ? *fuzzy.begin() : -1;
}

int FindEntityByName(const std::vector<Entity>& entities, const NameKeyMaker& keys,
                     std::string_view name) {
  return EntityNameIndex(entities, keys).Find(name);
}

}  // namespace recoupe
