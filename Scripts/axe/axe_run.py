#!/usr/bin/env python3
"""Run axe-core in a real headless Chromium over local HTML files.

Two ways to use it, one browser set-up:

    axe_run.py results [--reporter v1|v2] [--array] [--compact] OUT.json PAGE.html...
        Writes what axe.run() resolves to, as axe-core's own JSON: one page writes one object,
        several pages (or --array) an array of them, as @axe-core/cli does. This is the evidence
        `a11y-rules import axe` reads; the test suite records its fixtures with it. --compact passes
        axe's resultTypes option (violations, incomplete), so passes and inapplicable results keep
        one node each.

    axe_run.py check [--screenshot DIR] [--tags wcag2a,wcag2aa,...] PAGE.html...
        Prints one summary object on standard output: {"axe": VERSION, "results": [{"file", "url",
        "violations": [...], "incomplete": [...], "passes": N, "inapplicable": N}]}, which
        Scripts/validate/validate.py reads to check the HTML reports. --screenshot also saves a
        full-page PNG of each page.

Exit status: 0 when every page was checked (whatever axe found), 1 when axe.run failed on a page,
3 when Chromium, chromedriver, selenium or axe.min.js is missing (callers then say so).

axe-core comes from the PyPI wheel axe-playwright-python 0.1.8 (it ships axe.min.js 4.12.1) and is
injected through Selenium's Chrome driver; Playwright itself is not used. Chromium runs with
--headless --no-sandbox (required as root); pages are opened by file:// URL, so no network is needed.
"""
import argparse
import json
import os
import shutil
import sys

MISSING = 3


def axe_source():
    """The text of axe.min.js from the axe-playwright-python wheel, or None."""
    try:
        import axe_playwright_python
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def browser(width, height):
    """Headless Chromium through Selenium; raises when the browser or its driver is missing."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(flag)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver") or next(
        (p for p in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] if os.path.exists(p)), None)
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def run_axe(driver, source, page, options):
    """axe.run(document, options) on one page: the result object, or a dict with 'error'."""
    driver.get("file://" + os.path.abspath(page))
    driver.execute_script(source)
    text = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => done(JSON.stringify(r)), e => done(JSON.stringify({error: String(e)})));",
        options,
    )
    return json.loads(text)


def start(width, height):
    """(driver, axe source), or an exit status after saying what is missing."""
    source = axe_source()
    if source is None:
        print("axe_run.py: axe.min.js not found (pip install axe-playwright-python==0.1.8)", file=sys.stderr)
        return None, MISSING
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("axe_run.py: selenium is not installed (pip install selenium)", file=sys.stderr)
        return None, MISSING
    try:
        return (browser(width, height), source), 0
    except Exception as error:  # the browser or its driver is missing or does not start
        print(f"axe_run.py: cannot start headless Chromium: {error}", file=sys.stderr)
        return None, MISSING


def results(args):
    started, status = start(1280, 900)
    if started is None:
        return status
    driver, source = started
    options = {"reporter": args.reporter}
    if args.compact:
        options["resultTypes"] = ["violations", "incomplete"]
    found = []
    try:
        for page in args.pages:
            result = run_axe(driver, source, page, options)
            if "error" in result:
                print(f"axe_run.py: axe.run failed on {page}: {result['error']}", file=sys.stderr)
                return 1
            found.append(result)
    finally:
        driver.quit()
    document = found if args.array or len(found) > 1 else found[0]
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    return 0


def check(args):
    started, status = start(1200, 1600)
    if started is None:
        return status
    driver, source = started
    options = {"resultTypes": ["violations", "incomplete"]}
    if args.tags:
        options["runOnly"] = {"type": "tag", "values": args.tags.split(",")}
    report = {"axe": None, "results": []}
    try:
        for page in args.pages:
            result = run_axe(driver, source, page, options)
            if "error" in result:
                print(f"axe_run.py: {page}: axe failed: {result['error']}", file=sys.stderr)
                return 1
            report["axe"] = result.get("testEngine", {}).get("version")
            report["results"].append({
                "file": page,
                "url": "file://" + os.path.abspath(page),
                "violations": result.get("violations", []),
                "incomplete": result.get("incomplete", []),
                "passes": len(result.get("passes", [])),
                "inapplicable": len(result.get("inapplicable", [])),
            })
            if args.screenshot:
                os.makedirs(args.screenshot, exist_ok=True)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(1200, min(max(height, 800), 16000))
                name = os.path.splitext(os.path.basename(page))[0] + ".png"
                driver.save_screenshot(os.path.join(args.screenshot, name))
                driver.set_window_size(1200, 1600)
    finally:
        driver.quit()
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    raw = commands.add_parser("results", help="write axe-core's own results JSON (evidence for `a11y-rules import axe`)")
    raw.add_argument("--reporter", choices=["v1", "v2"], default="v1")
    raw.add_argument("--array", action="store_true", help="write an array even for one page")
    raw.add_argument("--compact", action="store_true", help="keep only violations and incomplete results in full")
    raw.add_argument("out")
    raw.add_argument("pages", nargs="+")
    summary = commands.add_parser("check", help="print a violations summary (what validate.py reads)")
    summary.add_argument("--screenshot", help="also save a full-page PNG of each page in this folder")
    summary.add_argument("--tags", help="only run axe rules with these tags (comma-separated); default: every rule")
    summary.add_argument("pages", nargs="+")
    args = parser.parse_args(argv)
    return results(args) if args.command == "results" else check(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
