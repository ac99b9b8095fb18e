"""Student versions: answers removed, and every notebook runs top to bottom with its blanks left empty."""
import re
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from articlekit.students import build_student_versions, student_version, tags

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
OPEN = "Noch offen"
WORKERS = 3  # kernels start and load spaCy in parallel: all notebooks in about a minute on two cores


def _cell(kind, source, *cell_tags, outputs=()):
    make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    cell = make(source)
    cell.metadata["tags"] = list(cell_tags)
    if kind == "code":
        cell.outputs = [nbformat.v4.new_output("stream", text=text) for text in outputs]
    return cell


def test_student_version_removes_answers_and_keeps_the_rest():
    notebook = nbformat.v4.new_notebook(cells=[
        _cell("markdown", "Erklärung"),
        _cell("code", "stats", "answer-source", outputs=["0.562"]),
        _cell("code", "antwort = ____", "exercise", "code-gap", outputs=["Richtig"]),
        _cell("markdown", "Lösung", "solution"),
        _cell("markdown", "Erwartungshorizont", "teacher"),
        _cell("code", "print('Hallo')", outputs=["Hallo"]),
    ])
    student = student_version(notebook)
    assert [cell.source for cell in student.cells] == ["Erklärung", "stats", "antwort = ____", "print('Hallo')"]
    assert student.cells[1].outputs == [] and student.cells[2].outputs == []
    assert student.cells[3].outputs[0].text == "Hallo"
    assert len(notebook.cells) == 6 and notebook.cells[1].outputs  # the teacher notebook is untouched


def test_build_writes_every_notebook_and_leaves_the_teacher_versions(tmp_path):
    before = {path.name: path.read_bytes() for path in NOTEBOOKS}
    written = build_student_versions(ROOT / "notebooks", tmp_path)
    assert sorted(path.name for path in written) == sorted(before)
    for path in written:
        cells = nbformat.read(path, as_version=4).cells
        assert not any(tags(cell) & {"solution", "teacher"} for cell in cells)
        assert not any(cell.get("outputs") for cell in cells if tags(cell) & {"exercise", "answer-source"})
    assert {path.name: path.read_bytes() for path in NOTEBOOKS} == before


def _printed(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")


def _execute(path: str, folder: str):
    """Run one student notebook in a fresh kernel; the executed notebook, or the error as text."""
    notebook = nbformat.read(path, as_version=4)
    try:
        NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": folder}}).execute()
    except Exception as error:  # noqa: BLE001 (any failure of a student notebook is reported by its test)
        return None, re.sub(r"\x1b\[[0-9;]*m", "", str(error))[-3000:]
    return notebook, None


def _student_tree(base: Path) -> Path:
    """The repository's layout in a temporary folder: student notebooks in notebooks/, the rest linked."""
    for entry in ROOT.iterdir():
        if entry.name != "notebooks" and not entry.name.startswith("."):  # ../seeds, ../articlekit/data still work
            (base / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    build_student_versions(ROOT / "notebooks", base / "notebooks")
    return base / "notebooks"


@pytest.fixture(scope="module")
def executed(request):
    """The student notebooks this session selected, run in parallel from a temporary tree outside the repository."""
    # nbval's notebook items have no module
    mine = [item for item in request.session.items if getattr(item, "module", None) is request.module]
    names = sorted({item.callspec.params["path"].name for item in mine if hasattr(item, "callspec")})
    with tempfile.TemporaryDirectory(prefix="articlekit-students-") as base:
        folder = _student_tree(Path(base))
        with ProcessPoolExecutor(max_workers=WORKERS) as pool:
            results = list(pool.map(_execute, [str(folder / name) for name in names], [str(folder)] * len(names)))
    return dict(zip(names, results, strict=True))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_student_notebook_runs_with_blanks_open(executed, path):
    notebook, error = executed[path.name]
    assert error is None, f"{path.name} raised with its blanks open:\n{error}"
    assert not any(tags(cell) & {"solution", "teacher"} for cell in notebook.cells)
    exercises = [cell for cell in notebook.cells if "exercise" in tags(cell)]
    assert exercises, f"{path.name} has no cell tagged 'exercise'"
    silent = [cell.source.splitlines()[0] if cell.source else "(empty)"
              for cell in exercises if OPEN not in _printed(cell)]
    assert not silent, f"{path.name}: exercise cells without a '{OPEN}' line: {silent}"
