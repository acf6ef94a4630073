#!/usr/bin/env python3
"""Two stories, each told by French and English outlets (tests/data/multilingual:
articles written for the project): what a reader of the report must find.

Usage: check_multilingual.py RECOUPE CORPUS_DIR
  - each story is one story whatever the language of its articles;
  - an undated article is dated from the story and its own weekdays;
  - one country or person named differently across languages is one entity;
  - death tolls that rose between two days are "evolving", never "disagree";
  - an event told in both languages is one timeline entry;
  - the agency a speaker told is a wire source;
  - quotations find their speakers: a name after "a expliqué à l'AFP", a role
    said another way ("le chef de l'État"), no name after "un survivant";
  - a department named with a title ("ministre de l'Intérieur") is no entity.
"""
import json, os, subprocess, sys, tempfile


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    recoupe, corpus = argv[1], argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.json")
        subprocess.run([recoupe, "analyze", corpus, "--json", out], check=True,
                       stdout=subprocess.DEVNULL)
        report = json.load(open(out, encoding="utf-8"))
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    docs = {d["id"]: d for d in report["documents"]}
    checked = set()
    stories = [sorted(s["documents"]) for s in report["stories"]]
    check(sorted(stories) == [["en_ferry", "fr_ferry_a", "fr_ferry_b"],
                              ["en_mine", "fr_mine_a", "fr_mine_b"]],
          f"two stories of three articles each, got {stories}")
    check(docs["fr_mine_a"]["published"] == "2022-10-15", "date line 'Publié le 15/10/2022'")
    check(docs["fr_mine_b"]["published"] == "2022-10-16",
          f"fr_mine_b told Sunday's toll: 2022-10-16, got {docs['fr_mine_b']['published']}")
    check(docs["en_mine"]["published"] == "2022-10-16",
          f"'Oct 16' dateline and Sunday's toll: 2022-10-16, got {docs['en_mine']['published']}")
    check(docs["en_ferry"]["published"] == "2023-07-25",
          f"en_ferry reports Tuesday's statement: 2023-07-25, got {docs['en_ferry']['published']}")
    check("AFP" in docs["fr_ferry_a"]["wire_sources"], "'a expliqué à l'AFP' makes AFP a source")
    check("Antara" in docs["fr_ferry_b"]["wire_sources"], "'Interrogé par l'agence Antara'")

    for story in report["stories"]:
        names = {}
        for e in story["entities"]:
            for m in e.get("mentions", []):
                names.setdefault(m["text"], set()).add(e["id"])
        def same(a, b):
            return a in names and b in names and names[a] == names[b]
        if "en_mine" in story["documents"]:
            check(same("Turkey", "Turquie"), "Turkey and Turquie are one place")
            check(same("Tayyip Erdogan", "Recep Tayyip Erdoğan"), "Erdogan's names are one person")
        if "en_ferry" in story["documents"]:
            check(same("Indonesia", "Indonésie"), "Indonesia and Indonésie are one place")
        for c in story["comparisons"]:
            if c["category"] == "killed":
                check(c["verdict"] != "disagree", f"a rising toll is not a disagreement: {c['note']}")
            check(c["category"] != "other", f"counts without a fate are not compared: {c['note']}")
        entity_names = {e["id"]: e["name"] for e in story["entities"]}
        for start, want in [("Les vagues atteignaient", "Muhammad Arafah"),
                            ("Les opérations de recherche", "Recep Tayyip Erdoğan"),
                            ("J'ai vu des enfants", None)]:
            for q in story["quotes"]:
                if q["text"].startswith(start):
                    got = entity_names.get(q.get("speaker"))
                    check(got == want, f"speaker of « {start}... »: {got}, want {want}")
                    checked.add(start)
        statement = {q["text"][:12]: q.get("statement") for q in story["quotes"]}
        for a, b in [("The waves we", "Les vagues a"), ("Whoever is r", "Les responsa")]:
            if a in statement:
                check(statement[a] and statement[a] == statement.get(b),
                      f"« {a}... » and « {b}... » are one statement in two languages")
        for bad in ("Intérieur", "Etat", "Énergie", "Transports"):
            check(bad not in names, f"'{bad}' after a title is not an entity")
        bilingual = [t for t in story["timeline"]
                     if {docs[d]["language"] for d in t["documents"]} == {"fr", "en"}]
        check(bilingual, f"an event told in both languages is one entry ({story['title']})")

    check(len(checked) == 3, f"the three quotations with known speakers were found: {checked}")
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("ok: stories, dates, entities, comparisons and timeline hold across languages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
