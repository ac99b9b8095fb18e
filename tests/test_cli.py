"""The command line as a user runs it: JSON contract, stdin, and one-line errors with exit code 2."""
import json
import subprocess
import sys

import pytest
from conftest import SEED, assert_offsets

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
    text = "Die Regierung hat am Montag beschlossen, dass die Steuer sinkt.".encode()
    result = run("analyze", "-", "--date", "2024-03-01", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["date"] == "2024-03-01"
    assert "tokens" not in json.loads(result.stdout)


@pytest.mark.parametrize("data, args", [
    (b"", []),
    (b"\n\n  \n", []),
    ("Die Stra\u00dfe ist f\u00fcr alle da und gut.".encode("latin-1"), []),
    (b"The talks went well, the minister said on Monday after a long meeting.", []),
    ("Die Regierung hat am Montag beschlossen.".encode(), ["--date", "2025-02-30"]),
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
