#!/usr/bin/env python3
"""Direct-quotation extraction measured on PolNeAR (English, brat standoff).

Usage: eval_polnear.py RECOUPE POLNEAR_SPLIT_DIR [--verbose]
                       [--min-recall R] [--min-precision P] [--min-source S]
  With floors, exits 1 when a figure (rounded as printed) is below its floor,
  77 when POLNEAR_SPLIT_DIR is absent (a skipped CTest).
  POLNEAR_SPLIT_DIR holds text/*.txt and attributions/*.ann (one or more
  annotators per text; the first .ann in name order is used).

Gold direct quotations: Content spans that begin with a quotation mark. Gold
mixed quotations: Content spans holding a quotation mark elsewhere. A predicted
quote (from `recoupe extract`) matches a gold span when their character
overlap covers at least half of the shorter of the two (quotation marks and
surrounding spaces/commas of the gold span stripped first). Each gold span is
matched at most once (greedy, in text order).
  recall    = gold direct quotes matched / gold direct quotes
  precision = non-partial predictions matching a gold direct or mixed content / non-partial predictions
  source    = among matched gold direct quotes with a Source, the share whose source we got:
              our speaker_name shares a word with the gold Source text, or our
              cue text contains the gold Source text (for pronouns and roles).
"""
import glob, json, os, re, subprocess, sys

MARKS = "\"\u201c\u201d\u00ab\u00bb\u2018\u2019'"


def load_ann(path):
    ts, events = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            kind, *rng = parts[1].split(" ")
            if ";" in " ".join(rng):
                rng = [rng[0], rng[-1]]
            ts[parts[0]] = (kind, int(rng[0]), int(rng[1]), parts[2])
        elif parts[0].startswith("E"):
            args = dict(a.split(":") for a in parts[1].split(" ") if ":" in a)
            events.append(args)
    gold = []
    for ev in events:
        c = ts.get(ev.get("Content"))
        if not c:
            continue
        src = ts.get(ev.get("Source"))
        gold.append({"start": c[1], "end": c[2], "text": c[3], "source": src[3] if src else None})
    return gold


def strip_span(text, start, end):
    s, e = start, end
    while s < e and (text[s] in MARKS or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in MARKS or text[e - 1].isspace() or text[e - 1] in ",."):
        e -= 1
    return s, e


def words(s):
    return {w for w in re.findall(r"\w+", (s or "").casefold()) if len(w) > 2}


def main():
    exe, split = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    floors = {}
    for name in ("recall", "precision", "source"):
        flag = "--min-" + name
        if flag in sys.argv:
            floors[name] = float(sys.argv[sys.argv.index(flag) + 1])
    if not os.path.isdir(os.path.join(split, "text")):
        print(f"no PolNeAR split at {split}")
        sys.exit(77)
    texts = sorted(glob.glob(os.path.join(split, "text", "*.txt")))
    out = subprocess.run([exe, "extract", os.path.join(split, "text")], capture_output=True, text=True,
                         check=True).stdout
    preds = {}
    for line in out.splitlines():
        d = json.loads(line)
        preds[d.get("id") or d.get("doc")] = d.get("quotes", [])
    n_gold = n_found = n_src = n_src_ok = n_pred = n_pred_ok = n_pred_all = n_pred_all_ok = 0
    missed_kinds = {"no_marks_matched_partially": 0, "missed": 0}
    for tpath in texts:
        name = os.path.splitext(os.path.basename(tpath))[0]
        anns = sorted(glob.glob(os.path.join(split, "attributions", name + "_*.ann")))
        if not anns:
            continue
        text = open(tpath, encoding="utf-8").read()
        gold = load_ann(anns[0])
        direct = [g for g in gold if g["text"].lstrip()[:1] in "\"\u201c\u00ab"]
        mixed = [g for g in gold if g not in direct and any(m in g["text"] for m in "\"\u201c\u201d")]
        # Place each predicted quote in the original text (character offsets).
        placed, cursor = [], 0
        for q in preds.get(name, []):
            i = text.find(q["text"], cursor)
            if i < 0:
                i = text.find(q["text"])
            if i < 0:
                continue
            cursor = i + 1
            placed.append((i, i + len(q["text"]), q))
        used = set()

        def overlap(g, p):
            gs, ge = strip_span(text, g["start"], g["end"])
            o = min(ge, p[1]) - max(gs, p[0])
            return o > 0 and o >= 0.5 * min(ge - gs, p[1] - p[0])

        for g in direct:
            n_gold += 1
            hit = next((k for k, p in enumerate(placed) if k not in used and overlap(g, p)), None)
            if hit is None:
                missed_kinds["missed"] += 1
                if verbose:
                    print(f"  missed {name[:30]}: {g['text'][:80]!r}")
                continue
            used.add(hit)
            n_found += 1
            q = placed[hit][2]
            if g["source"]:
                n_src += 1
                ok = bool(words(q.get("speaker_name")) & words(g["source"])) or (
                    bool(q.get("speaker_text")) and g["source"].casefold() in q["speaker_text"].casefold())
                n_src_ok += ok
                if verbose and not ok:
                    print(f"  source {name[:30]}: got {q.get('speaker_name')!r} / {q.get('speaker_text')!r}, "
                          f"want {g['source']!r}")
        for p in placed:
            good = any(overlap(g, p) for g in direct + mixed)
            n_pred_all += 1
            n_pred_all_ok += good
            if not p[2].get("partial"):
                n_pred += 1
                n_pred_ok += good
                if verbose and not good:
                    print(f"  extra {name[:30]}: {p[2]['text'][:80]!r}")
    r = n_found / max(n_gold, 1)
    pr = n_pred_ok / max(n_pred, 1)
    print(f"documents: {len(texts)}  gold direct quotes: {n_gold}")
    print(f"recall: {n_found}/{n_gold} = {r:.3f}")
    print(f"precision (non-partial): {n_pred_ok}/{n_pred} = {pr:.3f}   "
          f"(all incl. partial: {n_pred_all_ok}/{n_pred_all} = {n_pred_all_ok / max(n_pred_all, 1):.3f})")
    print(f"F1: {2 * r * pr / max(r + pr, 1e-9):.3f}")
    print(f"source right on matched: {n_src_ok}/{n_src} = {n_src_ok / max(n_src, 1):.3f}")
    got = {"recall": r, "precision": pr, "source": n_src_ok / max(n_src, 1)}
    below = [f"{k} {got[k]:.3f} < {floor}" for k, floor in floors.items()
             if round(got[k], 3) < floor]
    if below:
        print("below floor: " + ", ".join(below))
        sys.exit(1)


if __name__ == "__main__":
    main()
