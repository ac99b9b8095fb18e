"""The kit as a normal (non-editable) install: build a wheel, install it into a fresh virtual environment,
and analyse the seed there from a folder outside the repository.

The fresh environment borrows the already installed dependencies (spaCy, HanTa ...) through a path file,
so the test needs no network; the kit itself comes only from the wheel.
"""
import json
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEED

pytestmark = pytest.mark.packaging
PACKAGE = ROOT / "articlekit"


def build_wheel(tmp_path: Path) -> Path:
    """Build the wheel from a copy of the sources, so the checkout gets no build/ or egg-info folders."""
    source = tmp_path / "source"
    shutil.copytree(PACKAGE, source / "articlekit", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(source)], check=True, capture_output=True)
    [wheel] = (tmp_path / "dist").glob("articlekit-*.whl")
    return wheel


def fresh_environment(tmp_path: Path, wheel: Path) -> Path:
    """A new virtual environment with the wheel installed and the current dependencies on its path."""
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    return python


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("packaging")
    wheel = build_wheel(tmp_path)
    return wheel, fresh_environment(tmp_path, wheel), tmp_path


def test_every_data_file_is_in_the_wheel(installed):
    wheel, _, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {path.relative_to(ROOT).as_posix() for path in (PACKAGE / "data").rglob("*") if path.is_file()}
    modules = {path.relative_to(ROOT).as_posix() for path in PACKAGE.rglob("*.py")}
    assert data and not (data - names)
    assert not (modules - names)


def test_analyze_runs_from_the_installed_wheel(installed):
    _, python, tmp_path = installed
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    where = subprocess.run([str(python), "-c", "import articlekit; print(articlekit.__file__)"],
                           capture_output=True, text=True, cwd=outside)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(tmp_path / "venv"), where.stdout  # not the checkout
    result = subprocess.run([str(python), "-m", "articlekit", "analyze", str(SEED)],
                            capture_output=True, text=True, cwd=outside)
    assert result.returncode == 0, result.stderr
    analysis = json.loads(result.stdout)
    assert analysis["quotes"] and analysis["entities"] and analysis["date"] == "2025-01-21"
