// What an element's class and id say about it: hints from the data file
// html_boilerplate_hints.tsv (token, weight, match kind, drop|keep), e.g.
// "comment" or "sidebar" push an element out of the article, "article-body"
// pulls it in. Used by the HTML extractor's scoring.
#pragma once

#include <string>

namespace recoupe::html {

struct ClassVerdict {
  double weight = 0;  // summed weights of the hints that matched
  bool drop = false;  // a matching hint says the element is chrome
};

// `class_id`: lower-cased class and id text (html::ClassAndId).
ClassVerdict JudgeClassAndId(const std::string& class_id);

}  // namespace recoupe::html
