"""Screenshots of three slides at 1280x720 for docs/slides/, as a teacher presents them (RISE in JupyterLab).

Usage: python scripts/slide_screenshots.py   (needs Debian's chromium; starts its own JupyterLab on a free port)
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "slides"
TOKEN = "articlekit-screenshots"
# (notebook, slide hash, file name): a section opening, an exercise, a figure
SLIDES = [("00_start.ipynb", "#/slide-4-0", "00_woher_kommt_dieser_text.png"),
          ("03_quoting.ipynb", "#/slide-6-1", "03_redeverben.png"),
          ("04_timeline.ipynb", "#/slide-5-0", "04_zeitleiste.png")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_lab(token: str) -> Iterator[str]:
    """JupyterLab started from the repository root with the kit's configuration, as the README starts it; its URL.
    Also used by tests/test_classroom.py."""
    port = free_port()
    command = [sys.executable, "-m", "jupyter", "lab", "--config=jupyter-config/jupyter_lab_config.json",
               "--no-browser", "--allow-root", f"--port={port}", f"--IdentityProvider.token={token}"]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with running_lab(TOKEN) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        for notebook, where, name in SLIDES:
            page.goto(f"{base}/rise/notebooks/{notebook}?token={TOKEN}")
            page.wait_for_selector(".reveal .slides section", timeout=60_000)
            page.wait_for_timeout(3000)
            page.evaluate(f"location.hash = '{where}'")
            page.wait_for_timeout(3000)
            page.screenshot(path=str(OUT / name))
            print("wrote", OUT / name)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
