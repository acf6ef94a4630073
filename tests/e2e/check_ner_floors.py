#!/usr/bin/env python3
"""NER F1 on the test splits of ../shared/corpus/ner, held to floors.

Usage: check_ner_floors.py EVAL_NER PROJECT_DIR SHARED_DIR LANG=FLOOR...
  e.g. check_ner_floors.py build/tools/eval_ner . ../shared en=0.85 fr=0.86
Runs tools/eval_ner (exact span and type, as score_ner.py) with the committed
model data/models/ner-LANG.bin; skipped (exit 77) when the corpus is absent.
"""
import os, re, subprocess, sys, tempfile

TEST_FILES = {"en": "en-conll2003/test.conllu", "fr": "fr-wikineural/test.conllu"}


def main(argv):
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    tool, project, shared = argv[1:4]
    failed = False
    for spec in argv[4:]:
        lang, floor = spec.split("=")
        test = os.path.join(shared, "corpus", "ner", TEST_FILES[lang])
        if not os.path.isfile(test):
            print(f"skipped: no {test}")
            return 77
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run([tool, "--lang", lang, "--model",
                                  os.path.join(project, "data", "models", f"ner-{lang}.bin"),
                                  "--test", test, "--out", os.path.join(tmp, "pred")],
                                 check=True, capture_output=True, text=True).stdout
        m = re.search(r"^overall: f1 ([0-9.]+)", out, re.M)
        f1 = float(m.group(1)) if m else 0.0
        ok = f1 >= float(floor)
        failed |= not ok
        print(f"{lang}: f1 {f1:.3f} {'>=' if ok else 'below'} floor {float(floor):.3f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
