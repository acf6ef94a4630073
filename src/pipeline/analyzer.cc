#include "pipeline/analyzer.h"

#include "cluster/story_clusterer.h"
#include "dedup/near_duplicates.h"
#include "resolve/story_builder.h"
#include "text/language.h"
#include "text/segmenter.h"

namespace recoupe {

AnalyzedDocument Analyzer::Prepare(Document&& doc) const {
  AnalyzedDocument out;
  out.doc = std::move(doc);
  if (!out.doc.ok()) return out;
  if (!out.doc.language) out.doc.language = DetectLanguage(out.doc.text);
  out.layout = Segment(out.doc.text, out.doc.language.value_or(""));
  out.facts = extractor_.Extract(out.doc, out.layout);
  return out;
}

std::vector<AnalyzedDocument> Analyzer::ReadAll(const std::vector<std::string>& paths,
                                                const AnalyzeOptions& options) const {
  std::vector<AnalyzedDocument> docs;
  uint64_t bytes = 0;
  WalkInputs(paths, options.walk, [&](RawInput&& input) {
    bytes += input.bytes.size();
    ReadDocuments(input, options.read,
                  [&](Document&& doc) { docs.push_back(Prepare(std::move(doc))); });
    if (options.on_progress) options.on_progress(bytes, docs.size());
  });
  return docs;
}

Analysis Analyzer::CrossCheck(std::vector<AnalyzedDocument> docs) const {
  Analysis analysis;
  analysis.documents = std::move(docs);
  analysis.near_duplicates = FindNearDuplicates(analysis.documents);
  std::vector<std::vector<size_t>> groups = ClusterStories(analysis.documents);
  int n = 0;
  for (const auto& members : groups) {
    analysis.stories.push_back(
        BuildStory("s" + std::to_string(++n), members, analysis, extractor_.times(), phrases_));
  }
  return analysis;
}

}  // namespace recoupe
