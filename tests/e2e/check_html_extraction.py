#!/usr/bin/env python3
"""End-to-end check of HTML main-content extraction on the scrapinghub pages.

    check_html_extraction.py EXTRACT_HTML_EVAL SHARED_DIR FLOOR

Runs the extract_html_eval tool over SHARED_DIR/corpus/html/scrapinghub, scores the
prediction with SHARED_DIR/eval/score_extraction.py and fails when F1 < FLOOR.
Prints "skipped" and exits 0 when the shared corpus is absent.
"""
import os
import re
import subprocess
import sys
import tempfile


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    tool, shared, floor = argv[1], argv[2], float(argv[3])
    corpus = os.path.join(shared, "corpus", "html", "scrapinghub")
    scorer = os.path.join(shared, "eval", "score_extraction.py")
    if not (os.path.isdir(os.path.join(corpus, "html")) and os.path.isfile(scorer)):
        print("skipped: no shared scrapinghub corpus at", corpus)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pred = os.path.join(tmp, "prediction.json")
        subprocess.run([tool, corpus, "-o", pred], check=True)
        out = subprocess.run([sys.executable, scorer, os.path.join(corpus, "ground-truth.json"), pred],
                             check=True, capture_output=True, text=True).stdout
    print(out)
    m = re.search(r"^f1: ([0-9.]+)", out, re.M)
    if not m:
        print("no f1 in scorer output", file=sys.stderr)
        return 1
    f1 = float(m.group(1))
    if f1 < floor:
        print(f"FAIL: f1 {f1:.3f} below floor {floor:.3f}", file=sys.stderr)
        return 1
    print(f"ok: f1 {f1:.3f} >= floor {floor:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
