#!/usr/bin/env python3
"""Scores `recoupe extract` on tests/data/extract-cases against the
hand-written NAME.expect.json files (format in that folder's README.md).

usage: extract_cases_score.py RECOUPE_BINARY [CASES_DIR] [--verbose]

Prints every miss and false alarm, then totals. Exit status 0 always: this
is a measuring tool; tests/extract_cases_test.cc holds what works.
"""
import glob
import json
import os
import subprocess
import sys


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def locate(text, find):
    pos = text.find(find)
    if pos < 0:
        return None
    start = len(text[:pos].encode("utf-8"))
    return (start, start + len(find.encode("utf-8")))


def score_doc(expect, facts, text, verbose):
    out = {"quotes": [0, 0], "figures": [0, 0], "fields": [0, 0], "times": [0, 0],
           "false_alarms": 0}
    lines = []

    def note(ok, msg):
        if not ok or verbose:
            lines.append(("  ok   " if ok else "  MISS ") + msg)

    for q in expect["quotes"]:
        span = locate(text, q["find"])
        got = [x for x in facts["quotes"] if overlaps(span, (x["start"], x["end"]))]
        wanted = q.get("speaker_any") or [q.get("speaker")]
        name = got[0]["speaker_name"] if got else "<no quote>"
        ok = bool(got) and name in wanted
        out["quotes"][0] += ok
        out["quotes"][1] += 1
        gap = " [known gap: %s]" % q["known_gap"] if "known_gap" in q else ""
        note(ok, "quote %r: want %s, got %s%s" % (q["find"][:40], wanted, name, gap))
    matched = set()
    for f in expect["figures"]:
        span = locate(text, f["find"])
        got = [x for x in facts["figures"] if overlaps(span, (x["start"], x["end"]))]
        for x in got:
            matched.add((x["start"], x["end"]))
        same = [x for x in got if x["value"] == f["value"]]
        x = (same or got or [None])[0]
        ok = x is not None and x["value"] == f["value"] and x["category"] == f["category"]
        out["figures"][0] += ok
        out["figures"][1] += 1
        gap = " [known gap: %s]" % f["known_gap"] if "known_gap" in f else ""
        if x is None:
            note(False, "figure %r: not found%s" % (f["find"], gap))
            continue
        note(ok, "figure %r: want %s %s, got %s %s (%r)%s" % (
            f["find"], f["value"], f["category"], x["value"], x["category"], x["text"], gap))
        for field in ("qualifier", "group", "as_of"):
            if field not in f:
                continue
            good = x.get(field) == f[field]
            out["fields"][0] += good
            out["fields"][1] += 1
            note(good, "  %s of %r: want %s, got %s" % (field, f["find"], f[field], x.get(field)))
    for f in expect.get("figures_optional", []):
        span = locate(text, f["find"])
        for x in facts["figures"]:
            if overlaps(span, (x["start"], x["end"])):
                matched.add((x["start"], x["end"]))
    for x in facts["figures"]:
        if (x["start"], x["end"]) in matched:
            continue
        out["false_alarms"] += 1
        why = ""
        for n in expect.get("figures_not", []):
            if overlaps(locate(text, n["find"]), (x["start"], x["end"])):
                why = " (%s)" % n["why"]
        lines.append("  FALSE figure %r %s %s%s" % (x["text"], x["value"], x["category"], why))
    for t in expect["times"]:
        span = locate(text, t["find"])
        got = [x for x in facts["times"] if overlaps(span, (x["start"], x["end"]))]
        val = got[0]["value"] if got else "<none>"
        ok = val == t["value"]
        out["times"][0] += ok
        out["times"][1] += 1
        note(ok, "time %r: want %s, got %s" % (t["find"], t["value"], val))
    return out, lines


def main():
    binary = sys.argv[1]
    cases = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else \
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "extract-cases")
    verbose = "--verbose" in sys.argv
    total = {"quotes": [0, 0], "figures": [0, 0], "fields": [0, 0], "times": [0, 0],
             "false_alarms": 0}
    for path in sorted(glob.glob(os.path.join(cases, "*.expect.json"))):
        expect = json.load(open(path, encoding="utf-8"))
        txt = path.replace(".expect.json", ".txt")
        run = subprocess.run([binary, "extract", txt], capture_output=True, check=True)
        facts = json.loads(run.stdout.decode("utf-8").splitlines()[0])
        text = open(txt, encoding="utf-8").read()
        raw = text.encode("utf-8")
        # Offsets are into the cleaned text; the cases are plain text the
        # reader keeps whole, which this checks.
        for x in facts["quotes"] + facts["figures"] + facts["times"]:
            if raw[x["start"]:x["end"]].decode("utf-8", "replace") != x["text"]:
                sys.exit("%s: offsets differ from the file (%r)" % (txt, x["text"]))
        pub_ok = facts.get("published") == expect["published"]
        out, lines = score_doc(expect, facts, text, verbose)
        print("%s (published %s%s)" % (expect["doc"], facts.get("published"),
                                       "" if pub_ok else ", want " + expect["published"]))
        for line in lines:
            print(line)
        for k in ("quotes", "figures", "fields", "times"):
            total[k][0] += out[k][0]
            total[k][1] += out[k][1]
        total["false_alarms"] += out["false_alarms"]
    print("quotes with the right speaker %d/%d, figures %d/%d, figure fields %d/%d, "
          "times %d/%d, false alarm figures %d" % (
              total["quotes"][0], total["quotes"][1], total["figures"][0], total["figures"][1],
              total["fields"][0], total["fields"][1], total["times"][0], total["times"][1],
              total["false_alarms"]))


if __name__ == "__main__":
    main()
