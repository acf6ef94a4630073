#!/usr/bin/env python3
"""Wire agencies measured on PolNeAR's article metadata.

Usage: eval_wire_polnear.py RECOUPE POLNEAR_DIR [--verbose] [--min-recall R]
  POLNEAR_DIR holds metadata.tsv and {train,dev,test}/text/*.txt. With
  --min-recall, exits 1 when the recall is below R (77 when POLNEAR_DIR is
  missing: the test is skipped).

metadata.tsv names, for each article, the wire agency the whole article comes
from (its `wire` column: AP, UPI, AFP, Reuters, or None). Articles marked NA or
blank are skipped. recall = wire articles whose agency recoupe lists in
documents[].wire_sources / wire articles. Agencies recoupe lists for articles
marked None are counted apart: most are agencies the article cites ("according
to the Associated Press"), which the report rightly lists, so they are printed
with --verbose rather than scored as errors.
"""
import csv, glob, json, os, shutil, subprocess, sys, tempfile


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    recoupe, root = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    min_recall = None
    if "--min-recall" in sys.argv:
        min_recall = float(sys.argv[sys.argv.index("--min-recall") + 1])
    if not os.path.isfile(os.path.join(root, "metadata.tsv")):
        print(f"no PolNeAR metadata in {root}: skipped")
        sys.exit(77)
    meta = {}
    with open(os.path.join(root, "metadata.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = (row.get("wire") or "").strip()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "texts")
        os.mkdir(corpus)
        for path in glob.glob(os.path.join(root, "*", "text", "*.txt")):
            shutil.copy(path, corpus)
        report = os.path.join(tmp, "report.json")
        subprocess.run([recoupe, "analyze", corpus, "--json", report], check=True,
                       stdout=subprocess.DEVNULL)
        docs = json.load(open(report, encoding="utf-8"))["documents"]
    wire_articles = found = cited_elsewhere = 0
    for d in docs:
        wire = meta.get(d["id"], "")
        if wire in ("", "NA", "wire"):
            continue
        got = {w.upper() for w in d.get("wire_sources", [])}
        if wire == "None":
            cited_elsewhere += bool(got)
            if verbose and got:
                print(f"cited, not a wire article: {d['id']} {sorted(got)}")
            continue
        wire_articles += 1
        if wire.upper() in got:
            found += 1
        elif verbose:
            print(f"missed: {d['id']} {wire} (got {sorted(got)})")
    print(f"wire articles: {wire_articles}, agency found: {found} "
          f"(recall {found / max(wire_articles, 1):.3f})")
    print(f"other articles listing an agency they cite: {cited_elsewhere}")
    if min_recall is not None and found < min_recall * wire_articles:
        print(f"recall below the floor {min_recall}")
        sys.exit(1)


if __name__ == "__main__":
    main()
