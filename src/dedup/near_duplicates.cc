// Batch near-duplicate detection over an analysis: documents are streamed in
// publication order through a NearDuplicateIndex.
#include "dedup/near_duplicates.h"

#include "cluster/publication_order.h"
#include "dedup/near_duplicate_index.h"

namespace recoupe {

std::vector<NearDuplicate> FindNearDuplicates(const std::vector<AnalyzedDocument>& docs) {
  std::vector<NearDuplicate> out;
  NearDuplicateIndex index;
  for (const OrderedDoc& od : PublicationOrder(docs)) {
    for (NearDuplicateMatch& m : index.Add(od.index, docs[od.index].doc.text, od.day)) {
      NearDuplicate nd;
      nd.a = docs[m.earlier].doc.id;
      nd.b = docs[od.index].doc.id;
      nd.similarity = m.similarity;
      nd.shared_passages = std::move(m.passages);
      out.push_back(std::move(nd));
    }
  }
  return out;
}

}  // namespace recoupe
