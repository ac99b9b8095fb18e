"""The HTML handout: escaped text, all parts present, and a real headless browser renders it."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from articlekit import analyze, from_text
from articlekit.report import build
from conftest import SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import figure_gallery as gallery  # noqa: E402  (shared browser helpers: offline page, A4 print)

UNSEEN = ("Neue Brücke für Talheim\n\nDie Gemeinde Talheim eröffnete am Freitag eine Brücke über den Neckar. "
          "„Wir haben lange darauf gewartet“, sagte Bürgermeisterin Petra Lind. Der Bau dauerte seit 2021.\n\n"
          "Kritik aus dem Gemeinderat\n\nDer Gemeinderat hatte die Kosten im vergangenen Jahr kritisiert.")


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
        highlighted = page.locator("span[title*='Person:']").count()
        browser.close()
    assert errors == []
    assert traces > 10 and highlighted > 20


def test_a_handout_without_metadata_takes_its_title_from_the_first_line_and_shows_no_none():
    page = build(analyze(from_text(UNSEEN, date="2025-06-13")))
    assert "<h1>Neue Brücke für Talheim</h1>" in page
    assert ">None<" not in page and ">nan<" not in page
    assert 'title="Überschrift"' in page  # the subheading is styled as a heading


def test_the_events_table_of_the_handout_repeats_no_sentence(handout):
    page = handout.read_text(encoding="utf-8")
    events = page[page.index("<h3>Ereignisse</h3>"):page.index("<h3>Überblick</h3>")]
    assert "Stattdessen bezogen sich beide Mitteilungen" not in events and "Beleg" not in events


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_the_handout_prints_on_at_most_four_a4_pages_with_the_timeline_on_one(handout):
    with gallery.browser() as browser:
        pdf = gallery.print_pdf(browser, handout)
        page = gallery.offline_page(browser)
        page.goto(handout.as_uri())
        page.emulate_media(media="print")
        page.wait_for_selector("#zeitleiste .main-svg")
        figure_height = page.locator(".figure").bounding_box()["height"]
        heading = page.evaluate("[getComputedStyle(document.querySelector('h2')).fontSize,"
                                " getComputedStyle(document.body).fontSize].map(parseFloat)")
    assert gallery.page_count(pdf) <= 4
    assert figure_height < 269 / 25.4 * 96  # fits the printable height of an A4 page (297 mm - 2 x 14 mm)
    assert heading[0] > 1.2 * heading[1]
