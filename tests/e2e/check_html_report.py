#!/usr/bin/env python3
"""Renders the HTML report of a hand-made analysis in headless Chromium and checks
what a reader sees: the story title, a highlighted disagreement, name variants.

    check_html_report.py RECOUPE_TESTS_BINARY OUTPUT_DIR

The page comes from the unit test HtmlReportTest (env RECOUPE_HTML_SAMPLE_OUT);
the screenshot is left in OUTPUT_DIR/html_report.png.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def main(argv):
    tests, outdir = argv[1], argv[2]
    browser = chromium()
    if browser is None:
        print("check_html_report: chromium is not installed (scripts/install-deps installs it)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "report.html")
        env = dict(os.environ, RECOUPE_HTML_SAMPLE_OUT=page)
        run = subprocess.run([tests, "--gtest_filter=HtmlReportTest.*"], env=env,
                             capture_output=True, text=True, timeout=120)
        if run.returncode != 0 or not os.path.exists(page):
            print(run.stdout[-2000:], run.stderr[-2000:])
            print("check_html_report: the sample page was not written")
            return 1
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--user-data-dir=" + os.path.join(tmp, "profile")]
        url = "file://" + page
        dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, text=True,
                             timeout=120).stdout
        shot = os.path.join(outdir, "html_report.png")
        subprocess.run([browser, *flags, "--window-size=1280,2400", "--screenshot=" + shot, url],
                       capture_output=True, timeout=120)
    failures = []
    if "Crise à Oulan-Khoto : le président accuse" not in dom:
        failures.append("story title not rendered")
    if not re.search(r'<tr class="disagree">.*?divergent', dom, re.S):
        failures.append("no highlighted disagreement")
    if "Aidar Soultanbekov ×1" not in dom or "Aïdar Sultanbekov ×" not in dom:
        failures.append("name variants not shown")
    if "<script>alert" in dom:
        failures.append("text not escaped")
    if not os.path.exists(shot) or os.path.getsize(shot) < 10000:
        failures.append("no screenshot")
    for f in failures:
        print("check_html_report: " + f)
    if not failures:
        print(f"check_html_report: ok, screenshot {shot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
