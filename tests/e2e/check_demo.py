#!/usr/bin/env python3
"""Runs `recoupe analyze` on the bundled sample corpus and checks the report is a
well-formed contract: every input listed once, ok or rejected with a reason."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main(recoupe, corpus):
    inputs = sorted(p for p in Path(corpus).rglob("*") if p.is_file() and not p.name.startswith("."))
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "r.json"
        html = Path(tmp) / "r.html"
        run = subprocess.run([recoupe, "analyze", corpus, "--json", str(report), "--html", str(html)],
                             capture_output=True, text=True, timeout=300)
        print(run.stdout, run.stderr)
        assert run.returncode == 0, run.returncode
        data = json.loads(report.read_text())
        assert html.read_text().lstrip().lower().startswith("<!doctype html")
    docs = data["documents"]
    assert len(docs) >= len(inputs), (len(docs), len(inputs))
    for d in docs:
        assert d["status"] in ("ok", "rejected"), d
        if d["status"] == "rejected":
            assert d["error"], d
    print(f"{len(docs)} documents from {len(inputs)} inputs")
    # The minister's statement, quoted in French and in English, is one statement.
    statements = {}
    for story in data["stories"]:
        for q in story["quotes"]:
            if q.get("statement"):
                statements.setdefault(q["statement"], set()).add(q["text"].split()[0].lower())
    assert any({"nous", "we"} <= firsts for firsts in statements.values()), statements
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
