// STUB. Replaced by the report work (issue 4).
#include "report/html_report.h"

namespace recoupe {

void WriteHtmlReport(const Analysis&, std::ostream& out) {
  out << "<!doctype html><html><head><meta charset=\"utf-8\"><title>recoupe</title></head>"
         "<body><p>HTML report not implemented yet.</p></body></html>\n";
}

}  // namespace recoupe
