"""The HTML handout: escaped text, all parts present, and a real headless browser renders it."""
import shutil
import subprocess
import sys

import pytest
from conftest import SEED

from articlekit import analyze, from_text
from articlekit.report import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def handout(tmp_path_factory):
    target = tmp_path_factory.mktemp("report") / "handout.html"
    result = subprocess.run([sys.executable, "-m", "articlekit", "report", str(SEED), "--out", str(target)],
                            capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return target


def test_handout_has_every_part(handout):
    page = handout.read_text(encoding="utf-8")
    for heading in ("Der Artikel", "Namen", "Zitate und Redewiedergaben", "Zeitausdrücke", "Zeitleiste"):
        assert f"<h2>{heading}</h2>" in page
    assert "Xi Jinping" in page and "vergangenen Jahr" in page
    assert '<script src="http' not in page and "<link" not in page  # nothing loaded from the web: works offline
    assert not list(handout.parent.glob("*.part"))


def test_article_text_is_escaped():
    text = "Die Regierung sagte am Montag: „<script>alert(1)</script> & mehr“. Das ist gut und die Lage ist ernst."
    page = build(analyze(from_text(text, date="2025-01-21")), "Titel <b>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr" in page
    assert "Titel &lt;b&gt;" in page


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_handout_renders_in_a_headless_browser(handout):
    from playwright.sync_api import sync_playwright

    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(handout.as_uri())
        page.wait_for_selector("#zeitleiste .main-svg", timeout=20_000)
        traces = page.locator("#zeitleiste .scatterlayer .trace").count()
        highlighted = page.locator("span[title*='PER:']").count()
        browser.close()
    assert errors == []
    assert traces > 10 and highlighted > 20
