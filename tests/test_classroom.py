"""In class, in a real browser: JupyterLab opens German at the repository root, and every slide fits 1280x720.

Starts JupyterLab exactly as the README says (with jupyter-config/), opens each notebook as RISE
slides in headless Debian chromium and walks through all slides and fragments.
"""
import hashlib
import shutil
import urllib.request

import pytest

from conftest import ROOT, load_script

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")

WIDTH, HEIGHT = 1280, 720
TOKEN = "articlekit-test"
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
# The lowest and highest pixel of everything drawn on the slide being shown (innermost present section).
SLIDE_EXTENT = """() => {
  const present = [...document.querySelectorAll('.reveal .slides section.present')];
  const slide = present[present.length - 1];
  if (!slide) return null;
  let top = Infinity, bottom = 0;
  for (const e of slide.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) { top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom); }
  }
  const shown = slide.querySelectorAll('.fragment.visible').length;
  return {where: location.hash, shown, top: Math.round(top), bottom: Math.round(bottom), \
text: slide.innerText.slice(0, 60)};
}"""


@pytest.fixture(scope="module")
def lab():
    """JupyterLab started from the repository root with the kit's configuration, as the README starts it."""
    with load_script("slide_screenshots").running_lab(TOKEN) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright  # only the browser tests need playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def test_lab_opens_german_at_the_repository_root(lab, browser):
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    page.goto(f"{lab}/?token={TOKEN}")
    assert "/lab/tree/notebooks/00_start.ipynb" in page.url
    page.wait_for_selector(".lm-MenuBar-itemLabel", timeout=60_000)
    menus = [e.inner_text() for e in page.query_selector_all(".lm-MenuBar-itemLabel")]
    assert {"Datei", "Bearbeiten", "Ausführen", "Hilfe"} <= set(menus), menus
    listing = urllib.request.urlopen(f"{lab}/api/contents?token={TOKEN}").read().decode()
    for folder in ("notebooks", "data", "seeds", "docs", "articlekit"):
        assert f'"name": "{folder}"' in listing or f'"name":"{folder}"' in listing
    page.close()


def walk_slides(page) -> list[dict]:
    """Every slide and fragment of the open slideshow, with the vertical extent of its content."""
    page.wait_for_selector(".reveal .slides section", timeout=60_000)
    page.wait_for_timeout(3000)  # figures and fonts settle
    seen = []
    for _ in range(400):
        extent = page.evaluate(SLIDE_EXTENT)
        if seen and extent == seen[-1]:
            break
        seen.append(extent)
        page.keyboard.press("Space")
        page.wait_for_timeout(400)
    return seen


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_slide_fits_the_screen(lab, browser, name):
    path = ROOT / "notebooks" / name
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
    page.goto(f"{lab}/rise/notebooks/{name}?token={TOKEN}")
    slides = walk_slides(page)
    page.close()
    too_big = [s for s in slides if s and (s["bottom"] > HEIGHT + 2 or s["top"] < -2)]
    assert len(slides) > 3
    assert not too_big, f"{len(too_big)} of {len(slides)} slides overflow 1280x720: {too_big}"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "opening the slides changed the notebook"
