#!/usr/bin/env python3
"""Run axe-core in a real headless Chromium over local HTML files.

Usage: axe_run.py [--screenshot DIR] [--tags wcag2a,wcag2aa,...] FILE.html...

Prints one JSON object on standard output: {"axe": VERSION, "results": [{"file": ..., "violations":
[...], "passes": N, "incomplete": [...], "inapplicable": N}]}. Exits 0 when every file was checked
(whatever axe found), 2 when the browser, the driver or axe.min.js is missing.

axe-core comes from the PyPI wheel axe-playwright-python 0.1.8 (it ships axe.min.js 4.12.1); it is
injected through Selenium, so Playwright is not needed. Chromium runs with --headless --no-sandbox
(required as root) and no network access is needed: files are opened by file:// URL.
"""
import argparse
import json
import os
import shutil
import sys


def axe_source():
    try:
        import axe_playwright_python
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    return path if os.path.exists(path) else None


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1600"):
        options.add_argument(flag)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--screenshot", help="also save a full-page PNG of each file in this folder")
    parser.add_argument("--tags", help="only run axe rules with these tags (comma-separated); default: every rule")
    args = parser.parse_args()

    source_path = axe_source()
    if source_path is None:
        print("axe_run: axe.min.js not found (pip install axe-playwright-python==0.1.8)", file=sys.stderr)
        return 2
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("axe_run: selenium is not installed (pip install selenium)", file=sys.stderr)
        return 2
    with open(source_path, encoding="utf-8") as handle:
        source = handle.read()

    try:
        driver = browser()
    except Exception as error:  # the browser or its driver is missing or does not start
        print(f"axe_run: cannot start headless Chromium: {error}", file=sys.stderr)
        return 2
    options = {"resultTypes": ["violations", "incomplete"]}
    if args.tags:
        options["runOnly"] = {"type": "tag", "values": args.tags.split(",")}
    report = {"axe": None, "results": []}
    try:
        for path in args.files:
            url = "file://" + os.path.abspath(path)
            driver.get(url)
            driver.execute_script(source)
            result = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, arguments[0]).then(r => done(r), e => done({error: String(e)}));",
                options,
            )
            if "error" in result:
                print(f"axe_run: {path}: axe failed: {result['error']}", file=sys.stderr)
                return 2
            report["axe"] = result.get("testEngine", {}).get("version")
            report["results"].append({
                "file": path,
                "url": url,
                "violations": result.get("violations", []),
                "incomplete": result.get("incomplete", []),
                "passes": len(result.get("passes", [])),
                "inapplicable": len(result.get("inapplicable", [])),
            })
            if args.screenshot:
                os.makedirs(args.screenshot, exist_ok=True)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(1200, min(max(height, 800), 16000))
                name = os.path.splitext(os.path.basename(path))[0] + ".png"
                driver.save_screenshot(os.path.join(args.screenshot, name))
                driver.set_window_size(1200, 1600)
    finally:
        driver.quit()
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
