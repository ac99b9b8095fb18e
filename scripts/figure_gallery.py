"""Write a PNG of every figure of every notebook and of the handout into docs/figures/, for review in diffs.

Usage: python scripts/figure_gallery.py [--out DIR] [NOTEBOOK ...]
Notebook figures come from the saved outputs (re-execute first: python scripts/run_notebooks.py); the
handout is built fresh from the seed. Headless Debian chromium (apt-get install chromium) takes the
screenshots through playwright, offline: plotly.js comes from the plotly package, nothing from the web;
the handout's first printed A4 page is converted with pdftoppm (apt-get install poppler-utils).
The browser helpers here are shared with tests/test_figures.py.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import nbformat
from plotly.offline import get_plotlyjs

ROOT = Path(__file__).resolve().parents[1]
PLOTLY_MIME = "application/vnd.plotly.v1+json"
WIDTH = 1100  # px: the output area of a notebook in JupyterLab at 1280x720 with the file browser closed
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--no-proxy-server"]
PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><script src="plotly.min.js"></script>
<style>body{{margin:0;font-family:sans-serif}} #box{{width:{width}px;padding:8px}} \
p{{font-style:italic;margin:4px 8px}}</style>
</head><body><div id="box"><div id="figure"></div><p>{caption}</p></div><script>
const figure = {figure};
Plotly.newPlot("figure", figure.data, figure.layout, {{displaylogo: false}}).then(() => {{ window.drawn = true; }});
</script></body></html>"""


def chromium() -> str | None:
    """Debian's chromium, if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def browser():
    """A headless chromium with every request outside file: and data: URLs refused and recorded."""
    from playwright.sync_api import sync_playwright  # imported on use: only browser runs need it

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium(), args=ARGS)
        try:
            yield instance
        finally:
            instance.close()


def offline_page(instance, width: int = 1280, height: int = 720):
    """A page that refuses the network; `page.blocked` lists refused URLs, `page.errors` script errors."""
    page = instance.new_page(viewport={"width": width, "height": height})
    page.blocked, page.errors = [], []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else (page.blocked.append(route.request.url), route.abort()))
    page.on("requestfailed", lambda request: page.blocked.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def notebook_figures(path: Path) -> list[tuple[str, dict]]:
    """(name, figure JSON) of every plotly figure among a notebook's saved outputs, in order."""
    notebook = nbformat.read(path, as_version=4)
    figures = [output["data"][PLOTLY_MIME] for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.get("outputs", []) if PLOTLY_MIME in output.get("data", {})]
    return [(f"{path.stem}_{number:02d}", figure) for number, figure in enumerate(figures, start=1)]


def handout_figures() -> list[tuple[str, dict]]:
    """The handout's figures, built from the seed article."""
    from articlekit import analyze, load_article, report

    figure = report.timeline_figure(analyze(load_article(ROOT / "seeds" / "000_a96b2bb4e5797160.txt")))
    return [("handout_zeitleiste", json.loads(figure.to_json()))]


def print_pdf(instance, page_file: Path) -> bytes:
    """A page printed to A4 PDF as chromium prints it (print CSS, backgrounds), after its figures are drawn."""
    page = offline_page(instance)
    page.goto(page_file.as_uri())
    page.wait_for_function("[...document.querySelectorAll('.plotly-graph-div')]"
                           ".every(d => d.querySelector('.main-svg'))",
                           timeout=20_000)
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    page.close()
    return pdf


def page_count(pdf: bytes) -> int:
    """Pages of a PDF chromium printed (its page objects), without a PDF library."""
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def handout_first_page(instance, target: Path, folder: Path) -> int:
    """Print the seed's handout to PDF, save its first page as PNG (pdftoppm), return the page count."""
    from articlekit import analyze, load_article, report

    page_file, pdf_file = folder / "handout.html", folder / "handout.pdf"
    article = load_article(ROOT / "seeds" / "000_a96b2bb4e5797160.txt")
    report.write(analyze(article), article.meta.get("title"), page_file)
    pdf_file.write_bytes(print_pdf(instance, page_file))
    subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", str(pdf_file),
                    str(target.with_suffix(""))], check=True)
    return page_count(pdf_file.read_bytes())


def shoot(instance, figure: dict, target: Path, folder: Path) -> None:
    """Draw one figure with its caption on a page of notebook width and save a PNG of it."""
    caption = (figure.get("layout", {}).get("meta") or {}).get("caption", "")
    page_file = folder / f"{target.stem}.html"
    page_file.write_text(PAGE.format(width=WIDTH, caption=caption, figure=json.dumps(figure)),
                         encoding="utf-8")
    page = offline_page(instance)
    page.goto(page_file.as_uri())
    page.wait_for_function("window.drawn === true", timeout=20_000)
    page.locator("#box").screenshot(path=str(target))
    page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "figures")
    args = parser.parse_args()
    if chromium() is None:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 1
    figures = [f for path in args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
               for f in notebook_figures(path)]
    figures += handout_figures()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, browser() as instance:
        (Path(folder) / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
        for name, figure in figures:
            shoot(instance, figure, args.out / f"{name}.png", Path(folder))
            print(f"wrote {name}.png")
        if shutil.which("pdftoppm"):
            pages = handout_first_page(instance, args.out / "handout_seite1.png", Path(folder))
            print(f"wrote handout_seite1.png (the handout prints on {pages} A4 pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
