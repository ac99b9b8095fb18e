"""The command line as a user runs it: JSON contract, stdin, and one-line errors with exit code 2."""
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, SEED, assert_offsets

KEYS = {"text", "date", "sentences", "entities", "quotes", "timexes", "events"}


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "articlekit", *args], input=stdin, capture_output=True)


@pytest.fixture(scope="module")
def seed_result():
    result = run("analyze", str(SEED), "--tokens")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_analyze_prints_the_contract(seed_result):
    assert KEYS | {"tokens"} == set(seed_result)
    assert seed_result["date"] == "2025-01-21"  # from the metadata file beside the seed
    assert seed_result["text"] == SEED.read_text(encoding="utf-8")
    assert_offsets(seed_result)


def test_sentences_and_tokens(seed_result):
    text = seed_result["text"]
    sentences = [text[s["start"]:s["end"]] for s in seed_result["sentences"]]
    assert sentences[0].startswith("Der chinesische Staatspräsident") and sentences[0].endswith("möchte.")
    assert "Jährliche Dialoge und enge Beziehungen" in sentences
    assert sentences[-1] == "Details zur Meldung"
    assert all(s == s.strip() and s for s in sentences)
    token = next(t for t in seed_result["tokens"] if t["text"] == "lobte")
    assert (token["lemma"], token["pos"], token["tag"]) == ("loben", "VERB", "VVFIN")


def test_date_option_and_stdin():
    text = b"Die Regierung hat am Montag beschlossen, dass die Steuer sinkt."
    result = run("analyze", "-", "--date", "2024-03-01", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["date"] == "2024-03-01"
    assert "tokens" not in json.loads(result.stdout)


@pytest.mark.parametrize("data, args", [
    (b"", []),
    (b"\n\n  \n", []),
    ("Die Stra\u00dfe ist f\u00fcr alle da und gut.".encode("latin-1"), []),
    (b"The talks went well, the minister said on Monday after a long meeting.", []),
    (b"Die Regierung hat am Montag beschlossen.", ["--date", "2025-02-30"]),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, data, args):
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = run("analyze", str(path), *args)
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("articlekit: error:")
    assert path.read_bytes() == data  # the user's file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input.txt"]


def test_missing_file_and_unknown_command():
    assert run("analyze", "/no/such/file.txt").returncode == 2
    result = run("frobnicate")
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()


def test_corpus_mode_streams_json_lines(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"artikel_{i}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "kaputt.txt").write_bytes(b"")
    result = run("analyze", str(folder), "--jsonl", "--date", "2025-01-21", "--processes", "2")
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [Path(r["path"]).name for r in lines] == ["artikel_0.txt", "artikel_1.txt", "artikel_2.txt"]
    assert all(len(r["quotes"]) == 21 and r["entities"][0]["canonical"] == "Xi Jinping" for r in lines)
    # the bad file is named, the rest done
    assert result.returncode == 2 and result.stderr.decode().count("kaputt.txt") == 1
    for record in lines:
        assert_offsets(record)


def test_timeline_exports(tmp_path):
    for name in ("zeitleiste.json", "zeitleiste.csv"):
        target = tmp_path / name
        assert run("timeline", str(SEED), "--out", str(target)).returncode == 0
        assert target.stat().st_size > 500
    document = json.loads((tmp_path / "zeitleiste.json").read_text(encoding="utf-8"))
    assert {"title", "events"} <= set(document)
    assert any(e["start_date"] == {"year": "2025", "month": "01", "day": "20"} for e in document["events"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zeitleiste.csv", "zeitleiste.json"]


def test_output_must_not_replace_the_input(tmp_path):
    article = tmp_path / "artikel.html"
    article.write_text("Die Regierung hat am Montag beschlossen, dass die Steuer sinkt.", encoding="utf-8")
    before = article.read_bytes()
    result = run("report", str(article), "--out", str(article))
    assert result.returncode == 2 and article.read_bytes() == before


def test_student_versions_drop_solutions_and_teacher_notes_only(tmp_path):
    result = run("students", "--source", str(ROOT / "notebooks"), "--out", str(tmp_path / "students"))
    assert result.returncode == 0, result.stderr
    for teacher_path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        teacher = nbformat.read(teacher_path, as_version=4)
        student = nbformat.read(tmp_path / "students" / teacher_path.name, as_version=4)
        solutions = [c for c in teacher.cells if "solution" in c.metadata.get("tags", [])]
        removed = [c for c in teacher.cells if {"solution", "teacher"} & set(c.metadata.get("tags", []))]
        assert solutions, teacher_path.name
        assert len(student.cells) == len(teacher.cells) - len(removed)
        assert not any({"solution", "teacher"} & set(c.metadata.get("tags", [])) for c in student.cells)
        assert not any("Lösung" in c.source and "<details>" in c.source for c in student.cells)
        exercises = [c for c in student.cells if c.cell_type == "code" and "exercise" in c.metadata.get("tags", [])]
        assert len(exercises) >= 3, teacher_path.name  # the exercises and their self-checks stay
