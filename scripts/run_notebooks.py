"""Re-execute every notebook in place (after a change to articlekit/ or data/), as nbval will run them.

Usage: python scripts/run_notebooks.py [NOTEBOOK ...]
Each notebook runs in a fresh kernel from the notebooks/ folder. Per-cell timing metadata is dropped,
so a re-run without changes leaves the files as they were and diffs show only real output changes.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def run(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, path)


def main() -> int:
    paths = [Path(p).resolve() for p in sys.argv[1:]] or sorted(NOTEBOOKS.glob("*.ipynb"))
    for path in paths:
        run(path)
        print(f"executed {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
