"""Student versions of the notebooks: the same notebooks with the solution cells removed.

Teachers write one notebook; cells tagged "solution" hold the answers. The student version keeps
everything else (explanations, exercises with their ____ blanks, the self-check calls, outputs).
"""
from __future__ import annotations

from pathlib import Path

import nbformat

SOLUTION_TAG = "solution"


def student_version(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of a notebook without its solution cells."""
    copy = nbformat.from_dict(notebook)
    copy.cells = [cell for cell in copy.cells if SOLUTION_TAG not in cell.get("metadata", {}).get("tags", [])]
    return copy


def build_student_versions(source: Path, out: Path) -> list[Path]:
    """Write a student version of every notebook in `source` to `out`; the teacher notebooks stay as they are."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("*.ipynb")):
        target = out / path.name
        nbformat.write(student_version(nbformat.read(path, as_version=4)), target)
        written.append(target)
    return written
