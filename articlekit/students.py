"""Student versions of the notebooks: no answers, no teacher notes, no outputs that give answers away.

Teachers write one notebook and mark its cells with tags (cell metadata "tags"):
- "solution": a model answer; removed.
- "teacher": teacher-only content (expectation sketches, class discussion answers); removed.
- "exercise": an exercise cell; kept with its ____ blank and check call, its outputs cleared,
  so the student runs it and reads the check's own "Noch offen" line.
- "answer-source": a cell whose output would reveal an exercise's answer (the table the answer
  is read from, a printed figure the check compares with); kept, outputs cleared, so the student
  has to run the cell (and think) to see it.
Everything else (explanations, prompts, figures, speaker notes) stays as it is.
"""
from __future__ import annotations

from pathlib import Path

import nbformat

REMOVED_TAGS = frozenset({"solution", "teacher"})
CLEARED_TAGS = frozenset({"exercise", "answer-source"})


def tags(cell) -> set[str]:
    """The tags of a notebook cell (an empty set when it has none)."""
    return set(cell.get("metadata", {}).get("tags", []))


def student_cell(cell):
    """A cell as students see it: outputs cleared where they would give an answer away."""
    if cell.cell_type == "code" and tags(cell) & CLEARED_TAGS:
        cell.outputs = []
        cell.execution_count = None
    return cell


def student_version(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of a notebook without solution and teacher cells, answer outputs cleared."""
    copy = nbformat.from_dict(notebook)
    copy.cells = [student_cell(cell) for cell in copy.cells if not tags(cell) & REMOVED_TAGS]
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
