#include "resolve/figure_comparison.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace recoupe {
namespace {

// How far qualifiers stretch a stated number. "plus de N" in news copy means
// "N and somewhat more", not "anything above N": half again is the bound.
constexpr double kApprox = 0.15;
constexpr double kOpenEnded = 0.5;

std::string FormatValue(double v) {
  std::ostringstream out;
  if (std::floor(v) == v && std::fabs(v) < 1e15) {
    out << static_cast<long long>(v);
  } else {
    out << v;
  }
  return out.str();
}

struct Item {
  const StoryFigure* f;
  double lo, hi;
  std::string date;  // as_of or publication date, maybe empty
};

std::string Describe(const Item& it) {
  std::string s = "\u00ab " + it.f->where.text + " \u00bb (" + it.f->where.doc;
  if (!it.date.empty()) s += ", " + it.date;
  return s + ")";
}

bool Overlap(const Item& a, const Item& b) {
  return a.lo <= b.hi && b.lo <= a.hi;
}

std::string PlaceKey(const StoryFigure& f) {
  if (!f.place.empty()) return f.place;
  std::string k;
  for (char c : f.figure.place)
    k.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return k;
}

Comparison Judge(const std::vector<Item>& items, const Phrases& phrases) {
  Comparison c;
  for (const Item& it : items) {
    c.figures.push_back(it.f->id);
    c.values.push_back(it.f->figure.value);
  }
  // Find the first pair from different documents whose intervals do not meet.
  const Item* a = nullptr;
  const Item* b = nullptr;
  for (size_t i = 0; i < items.size() && !a; ++i) {
    for (size_t k = i + 1; k < items.size(); ++k) {
      if (items[i].f->where.doc == items[k].f->where.doc) continue;
      if (!Overlap(items[i], items[k])) {
        a = &items[i], b = &items[k];
        break;
      }
    }
  }
  if (!a) {
    c.verdict = Verdict::kAgree;
    const Item* other = nullptr;
    for (const Item& it : items) {
      if (it.f->where.doc != items[0].f->where.doc) {
        other = &it;
        break;
      }
    }
    c.note = phrases.Fill("note.agree", {{"a", Describe(items[0])}, {"b", Describe(*other)}});
    return c;
  }
  const bool dated = !a->date.empty() && !b->date.empty() && a->date != b->date;
  c.verdict = dated ? Verdict::kEvolving : Verdict::kDisagree;
  c.note = phrases.Fill(dated ? "note.evolving" : "note.disagree",
                        {{"va", FormatValue(*a->f->figure.value)},
                         {"a", Describe(*a)},
                         {"vb", FormatValue(*b->f->figure.value)},
                         {"b", Describe(*b)}});
  return c;
}

}  // namespace

bool FigureInterval(const Figure& f, double* low, double* high) {
  if (!f.value) return false;
  double v = *f.value;
  double lo = v, hi = f.value_max.value_or(v);
  switch (f.qualifier) {
    case Qualifier::kExact: break;
    case Qualifier::kApprox: lo = v * (1 - kApprox), hi = hi * (1 + kApprox); break;
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan: hi = hi * (1 + kOpenEnded); break;
    case Qualifier::kAtMost:
    case Qualifier::kLessThan: lo = v * (1 - kOpenEnded); break;
    case Qualifier::kVague: lo = v * 0.5, hi = hi * 2; break;
  }
  *low = std::min(lo, hi);
  *high = std::max(lo, hi);
  return true;
}

std::vector<Comparison> CompareFigures(const std::vector<StoryFigure>& figures,
                                       const std::map<std::string, std::string>& published,
                                       int first_number, const Phrases& phrases) {
  // Buckets by category and group, then by place.
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::vector<Item>>> buckets;
  for (const StoryFigure& f : figures) {
    // Eighty passengers on board and 160 people in an older disaster are
    // both "other": comparing them would invent a disagreement.
    if (f.figure.category == kOtherFigureCategory) continue;
    // A count dated to a past year or month only ("in 2018") is history.
    if (f.figure.as_of && f.figure.as_of->size() < 10) continue;
    Item it{&f, 0, 0, {}};
    if (!FigureInterval(f.figure, &it.lo, &it.hi)) continue;
    if (f.figure.as_of) {
      it.date = *f.figure.as_of;
    } else if (auto p = published.find(f.where.doc); p != published.end()) {
      it.date = p->second;
    }
    buckets[{f.figure.category, f.figure.group}][PlaceKey(f)].push_back(it);
  }
  auto docs_of = [](const std::vector<Item>& items) {
    std::set<std::string> d;
    for (const Item& it : items) d.insert(it.f->where.doc);
    return d;
  };
  std::vector<Comparison> out;
  auto add = [&](Comparison c, const std::string& category, const std::string& group,
                 const std::string& place) {
    c.id = "c" + std::to_string(first_number + static_cast<int>(out.size()));
    c.category = category;
    c.group = group;
    c.place = place;
    out.push_back(std::move(c));
  };
  for (const auto& [cg, by_place] : buckets) {
    for (const auto& [place, items] : by_place) {
      if (docs_of(items).size() < 2) continue;
      const std::string place_id = items[0].f->place;
      add(Judge(items, phrases), cg.first, cg.second, place_id);
    }
    // Different places: compare one figure of each pair of places, from
    // different documents.
    for (auto p = by_place.begin(); p != by_place.end(); ++p) {
      for (auto q = std::next(p); q != by_place.end(); ++q) {
        const Item* a = nullptr;
        const Item* b = nullptr;
        for (const Item& x : p->second) {
          for (const Item& y : q->second) {
            if (!a && x.f->where.doc != y.f->where.doc) a = &x, b = &y;
          }
        }
        if (!a) continue;
        Comparison c;
        c.figures = {a->f->id, b->f->id};
        c.values = {a->f->figure.value, b->f->figure.value};
        c.verdict = Verdict::kDifferentScope;
        auto where = [&](const Item& it) {
          return it.f->figure.place.empty() ? phrases.Get("note.no_place") : it.f->figure.place;
        };
        c.note = phrases.Fill("note.different_scope", {{"va", FormatValue(*a->f->figure.value)},
                                                       {"a", Describe(*a)},
                                                       {"pa", where(*a)},
                                                       {"vb", FormatValue(*b->f->figure.value)},
                                                       {"b", Describe(*b)},
                                                       {"pb", where(*b)}});
        add(std::move(c), cg.first, cg.second, "");
      }
    }
  }
  return out;
}

}  // namespace recoupe
