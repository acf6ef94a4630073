#!/usr/bin/env python3
"""Speaker names of gold quotes, checked on `recoupe extract` output.

Usage: check_quote_speakers.py RECOUPE SEEDS_DIR GOLD_JSON [--verbose]
A gold quote is matched like score_report.py does (normalised substring); its
speaker is right when our speaker_name is one of the gold entity's must_merge
forms (or its canonical name), or, for a gold speaker of null, when we give none.
"""
import json, re, subprocess, sys, unicodedata

QUOTE_CHARS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"',
               "\u00bb": '"', "\u201e": '"'}


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in QUOTE_CHARS.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    exe, seeds, gold_path = sys.argv[1:4]
    verbose = "--verbose" in sys.argv
    gold = json.load(open(gold_path))
    forms = {e["canonical"]: {norm(f) for f in e.get("must_merge", [])} | {norm(e["canonical"])}
             for e in gold.get("entities", [])}
    out = subprocess.run([exe, "extract", seeds], capture_output=True, text=True, check=True).stdout
    docs = {}
    for line in out.splitlines():
        d = json.loads(line)
        docs[d.get("id") or d.get("doc")] = d
    right = named_right = named = total = 0
    for gq in gold["quotes"]:
        d = docs.get(gq["doc"], {})
        nf = norm(gq["find"])
        best = None
        for q in d.get("quotes", []):
            nq = norm(q["text"]).strip('"')
            if nf in nq or (len(nq) >= 0.6 * len(nf) and nq in nf):
                if best is None or len(q["text"]) > len(best["text"]):
                    best = q
        if best is None:
            continue
        total += 1
        got = best.get("speaker_name")
        want = gq.get("speaker")
        ok = (got is None) if want is None else (got is not None and norm(got) in forms.get(want, {norm(want)}))
        right += ok
        if want is not None:
            named += 1
            named_right += ok
        if verbose and not ok:
            print(f"  {gq['doc'][:3]} {gq['find'][:45]!r}: got {got!r} (cue {best.get('speaker_text')!r}), want {want!r}")
    print(f"speakers right: {right}/{total} = {right / max(total, 1):.3f} "
          f"(named gold speakers: {named_right}/{named})")


if __name__ == "__main__":
    main()
