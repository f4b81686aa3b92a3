"""Checks the accessibility of dashboard pages with axe-core in a real browser.

Usage: .venv/bin/python scripts/axe-check.py BASE_URL PATH [PATH ...]
   or: .venv/bin/python scripts/axe-check.py < PAGES.json

Opens every page in one headless Chromium (the system's, driven by Playwright), injects axe-core
(the axe.min.js that axe-playwright-python ships) and runs it with the WCAG 2.0, 2.1 and 2.2 A and
AA rules and axe's best practices. PAGES.json: {"base": URL, "password": P, "pages": [{"name",
"path", "width", "height", "user", "fill": {SELECTOR: VALUE} (a select is chosen), "submit": SELECTOR, "heading"}]},
everything but "path" optional: "user" signs in first (with "password"), "fill" and "submit" fill in
and send a form of the page and check the page it leads to; "heading" is echoed as "expected". Prints
one JSON document: {"axe": VERSION, "pages": [{"name", "path", "url", "status", "heading" (the first
h1), "expected", "violations": [{"id", "impact", "help", "helpUrl", "nodes": [{"target",
"summary"}]}]}]}. Exits 0 when the check ran, whatever it found; 2 when it could not.
BrowserTests runs it; by hand, start `placehealth serve` and pass its address and paths.
"""

import json
import os
import sys
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import sync_playwright

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def violations(page):
    """Runs axe-core on the page as it is and returns its version and violations, node by node."""
    page.evaluate(AXE)
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    results = page.evaluate("options => axe.run(document, options)", options)
    found = [
        {
            "id": v["id"],
            "impact": v.get("impact") or "",
            "help": v["help"],
            "helpUrl": v["helpUrl"],
            "nodes": [
                {
                    "target": " ".join(str(t) for t in n["target"]),
                    "summary": (n.get("failureSummary") or "").strip(),
                }
                for n in v["nodes"]
            ],
        }
        for v in results["violations"]
    ]
    return results["testEngine"]["version"], found


def sign_in(browser, base, name, password):
    """A browser context signed in as name."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/signin")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("form[action='/signin'] button[type=submit]")
    if "/signin" in page.url:
        raise RuntimeError(f"could not sign in as {name}")
    page.close()
    return context


def check(context, base, spec):
    """Opens one page (sending its form if asked) and checks it."""
    page = context.new_page()
    page.set_viewport_size({"width": spec.get("width", 1280), "height": spec.get("height", 800)})
    response = page.goto(base + spec["path"], wait_until="load")
    for selector, value in spec.get("fill", {}).items():
        if selector.startswith("select"):
            page.select_option(selector, value)
        else:
            page.fill(selector, value)
    if "submit" in spec:
        with page.expect_navigation() as navigation:
            page.click(spec["submit"])
        response = navigation.value
    version, found = violations(page)
    result = {
        "name": spec.get("name", spec["path"]),
        "path": spec["path"],
        "url": page.url,
        "status": response.status if response else 0,
        "heading": page.inner_text("h1").strip() if page.query_selector("h1") else "",
        "expected": spec.get("heading", ""),
        "violations": found,
    }
    page.close()
    return version, result


def main():
    if len(sys.argv) >= 3:
        job = {"base": sys.argv[1], "pages": [{"path": p} for p in sys.argv[2:]]}
    elif len(sys.argv) == 1 and not sys.stdin.isatty():
        job = json.load(sys.stdin)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    base = job["base"].rstrip("/")
    executable = next((c for c in CHROMIUM if os.access(c, os.X_OK)), None)
    report = {"axe": "", "pages": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        contexts = {}
        for spec in job["pages"]:
            user = spec.get("user")
            if user not in contexts:
                contexts[user] = (
                    sign_in(browser, base, user, job.get("password", "")) if user else browser.new_context()
                )
            report["axe"], result = check(contexts[user], base, spec)
            report["pages"].append(result)
        browser.close()
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # the check could not run: say why, apart from what it found
        print(f"axe-check: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(2)
