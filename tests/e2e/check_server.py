#!/usr/bin/env python3
"""`recoupe serve` end to end: start it on a free port, post articles, check
the replies, stop it.

Usage: check_server.py RECOUPE SAMPLE_DIR
"""
import glob, json, os, subprocess, sys, urllib.error, urllib.request


def call(base, path, data=None):
    req = urllib.request.Request(base + path, data=data, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    recoupe, sample = argv[1], argv[2]
    server = subprocess.Popen([recoupe, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        if "listening on http://" not in line:
            print("server did not start:", line, file=sys.stderr)
            return 1
        base = line.split("listening on ")[1].split()[0]
        status, body = call(base, "/health")
        assert status == 200 and json.loads(body)["status"] == "ok", body
        path = sorted(glob.glob(os.path.join(sample, "*.txt")))[0]
        with open(path, "rb") as f:
            status, body = call(base, "/analyze?name=" + os.path.basename(path), f.read())
        assert status == 200, body
        report = json.loads(body)
        assert report["schema"] == "recoupe.report/1", report.get("schema")
        assert len(report["documents"]) == 1 and report["stories"], body[:300]
        status, body = call(base, "/analyze", b"")
        assert status == 400 and "error" in json.loads(body), body
        print("ok: /health, /analyze and a bad request answered")
        return 0
    except AssertionError as e:
        print("FAIL:", e, file=sys.stderr)
        return 1
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
