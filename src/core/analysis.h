// The unit that flows through the pipeline after ingestion: a document, its
// segmentation and its extracted facts; and the whole analysis result.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/facts.h"
#include "core/story.h"
#include "core/text_layout.h"

namespace recoupe {

struct AnalyzedDocument {
  Document doc;
  TextLayout layout;   // empty for rejected documents
  DocumentFacts facts; // empty for rejected documents
};

struct Analysis {
  std::vector<AnalyzedDocument> documents;  // input order, rejected ones included
  std::vector<NearDuplicate> near_duplicates;
  std::vector<Story> stories;
};

}  // namespace recoupe
