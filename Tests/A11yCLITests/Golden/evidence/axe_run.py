#!/usr/bin/env python3
"""Runs axe-core on local HTML pages in headless Chromium and writes the results as JSON.

    python3 axe_run.py [--reporter v1|v2] [--array] [--compact] OUT.json PAGE.html...

--compact passes axe's resultTypes option (violations, incomplete): passes and inapplicable results
keep one node each, which keeps recorded fixtures small.

axe-core comes from the PyPI wheel axe-playwright-python (it ships axe.min.js, 4.12.1 in 0.1.8) and
is injected through selenium's Chrome driver; Playwright itself is not used. One page writes the
object axe.run() resolves to; several pages (or --array) write an array of them, as @axe-core/cli does.
Exit status 3 when Chromium, chromedriver, selenium or the wheel is missing (the tests then say so).
"""
import json
import os
import sys


def main(argv):
    reporter = "v1"
    as_array = False
    compact = False
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--reporter":
            reporter = argv[i + 1]
            i += 2
            continue
        if argv[i] == "--array":
            as_array = True
        elif argv[i] == "--compact":
            compact = True
        else:
            args.append(argv[i])
        i += 1
    if len(args) < 2:
        sys.exit("usage: axe_run.py [--reporter v1|v2] [--array] [--compact] OUT.json PAGE.html...")
    out, pages = args[0], args[1:]
    try:
        import axe_playwright_python
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as error:
        print(f"axe_run.py: missing Python package: {error}", file=sys.stderr)
        return 3
    axe_js = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    chromium = next((p for p in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] if os.path.exists(p)), None)
    driver_path = next((p for p in ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"] if os.path.exists(p)), None)
    if chromium is None or driver_path is None or not os.path.exists(axe_js):
        print("axe_run.py: Chromium, chromedriver or axe.min.js not found", file=sys.stderr)
        return 3
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    source = open(axe_js, encoding="utf-8").read()
    results = []
    try:
        for page in pages:
            driver.get("file://" + os.path.abspath(page))
            driver.execute_script(source)
            result = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "const options = {reporter: arguments[0]};"
                "if (arguments[1]) options.resultTypes = ['violations', 'incomplete'];"
                "axe.run(document, options).then(r => done(JSON.stringify(r)), e => done(JSON.stringify({error: String(e)})));",
                reporter, compact)
            parsed = json.loads(result)
            if "error" in parsed:
                print(f"axe_run.py: axe.run failed on {page}: {parsed['error']}", file=sys.stderr)
                return 1
            results.append(parsed)
    finally:
        driver.quit()
    document = results if as_array or len(results) > 1 else results[0]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
