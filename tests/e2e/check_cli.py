#!/usr/bin/env python3
"""Exit codes and rejection reasons of the `recoupe` command."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def run(*args, **kw):
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120, **kw)


def main(recoupe):
    assert run(recoupe).returncode == 2, "no subcommand is a usage error"
    assert run(recoupe, "analyze").returncode == 2, "no path is a usage error"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        report = tmp / "r.json"
        r = run(recoupe, "analyze", str(tmp / "missing.txt"), "--json", str(report))
        assert r.returncode == 3, (r.returncode, r.stdout, r.stderr)
        doc = json.loads(report.read_text())["documents"][0]
        assert doc["status"] == "rejected" and doc["error"], doc
        (tmp / "empty.txt").write_bytes(b"")
        (tmp / "good.txt").write_text("Le ministre a déclaré lundi que la situation était calme.\n")
        r = run(recoupe, "analyze", str(tmp), "--json", str(report))
        assert r.returncode == 0, (r.returncode, r.stderr)
        docs = {d["id"]: d for d in json.loads(report.read_text())["documents"]}
        assert docs["empty"]["status"] == "rejected", docs["empty"]
        assert docs["good"]["status"] == "ok", docs["good"]
        r = run(recoupe, "analyze", str(tmp), "--json", str(tmp / "no-such-dir" / "r.json"))
        assert r.returncode == 1, (r.returncode, r.stderr)
    print("cli exit codes ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
