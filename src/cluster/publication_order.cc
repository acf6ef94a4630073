#include "cluster/publication_order.h"

#include <algorithm>

namespace recoupe {
namespace {

int ParseDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Howard Hinnant's days_from_civil algorithm.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::optional<int64_t> DayNumber(std::string_view iso) {
  int year = ParseDigits(iso, 0, 4);
  if (year < 0) return std::nullopt;
  int month = 1, day = 1;
  if (iso.size() >= 7 && iso[4] == '-') {
    month = ParseDigits(iso, 5, 2);
    if (month < 1 || month > 12) return std::nullopt;
    if (iso.size() >= 10 && iso[7] == '-') {
      day = ParseDigits(iso, 8, 2);
      if (day < 1 || day > 31) return std::nullopt;
    }
  }
  return DaysFromCivil(year, month, day);
}

std::vector<OrderedDoc> PublicationOrder(const std::vector<AnalyzedDocument>& docs) {
  struct Keyed {
    int64_t key;
    OrderedDoc doc;
  };
  std::vector<Keyed> keyed;
  std::optional<int64_t> last_known;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!docs[i].doc.ok()) continue;
    std::optional<int64_t> day;
    if (docs[i].doc.published) day = DayNumber(*docs[i].doc.published);
    if (day) last_known = day;
    keyed.push_back({last_known.value_or(INT64_MIN), {i, day}});
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const Keyed& x, const Keyed& y) { return x.key < y.key; });
  std::vector<OrderedDoc> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.push_back(k.doc);
  return out;
}

}  // namespace recoupe
