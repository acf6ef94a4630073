#!/usr/bin/env python3
"""Runs `recoupe analyze` on a corpus, scores the report against its hand-made
reference with the shared scorer and fails when any measure falls below its floor.

    check_report_floors.py RECOUPE SHARED_DIR CORPUS GOLD.json FLOORS.json

Used for the seed articles (../shared/corpus/seeds) and for the project's own
probe articles (tests/data/probe), written to check that extraction generalises.

FLOORS.json maps a scorer measure (as printed by score_report.py --json) to the
lowest value accepted. Raise the floors as the engine improves; never lower them
to make a change pass.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main(recoupe, shared, corpus, gold, floors_path):
    shared = Path(shared)
    floors = json.loads(Path(floors_path).read_text())
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        run = subprocess.run([recoupe, "analyze", corpus, "--json", str(report)],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            print(f"recoupe analyze exited {run.returncode}")
            return 1
        data = json.loads(report.read_text())
        assert data["schema"] == "recoupe.report/1", data.get("schema")
        scored = subprocess.run([sys.executable, str(shared / "eval/score_report.py"), str(report),
                                 gold, "--json"],
                                capture_output=True, text=True, timeout=120)
        if scored.returncode != 0:
            print(scored.stdout, scored.stderr)
            return 1
        measures = json.loads(scored.stdout)
    failed = 0
    for name, floor in sorted(floors.items()):
        got = measures.get(name)
        ok = got is not None and got >= floor - 1e-9
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {got} (floor {floor})")
        failed += not ok
    ratio = measures["checks_passed"] / max(1, measures["checks"])
    print(f"overall: {measures['checks_passed']}/{measures['checks']} = {ratio:.3f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
