"""Odd input through the real command line: a valid analysis or one line on stderr with exit code 2.

Never a traceback, and the input file stays exactly as it was (no other file appears beside it).
"""
import json
import subprocess
import sys

import pytest

from conftest import SEED, assert_offsets

SEED_TEXT = SEED.read_text(encoding="utf-8")
GERMAN = "Die Regierung hat am Montag beschlossen, dass die Steuer sinkt. Der Minister sagte, das sei gut."

CASES = {
    "empty": (b"", "error"),
    "whitespace only": (b" \n\t\n  ", "error"),
    "binary data": (bytes(range(256)) * 4, "error"),
    "latin-1": (GERMAN.replace("Die", "Für die").encode("latin-1"), "error"),
    "utf-16 with bom": (GERMAN.encode("utf-16"), "ok"),
    "utf-8 bom": (b"\xef\xbb\xbf" + GERMAN.encode(), "ok"),
    "crlf line ends": (SEED_TEXT.replace("\n", "\r\n").encode(), "ok"),
    "english": (b"The government said on Monday that taxes would fall and the minister welcomed it.", "error"),
    "chinese": ("中国和俄罗斯的领导人举行了视频会议。他们讨论了双边关系。".encode(), "error"),
    "headings only": ("Überschrift eins\nNoch eine Zeile\nUnd die letzte Zeile".encode(), "ok"),
    "unbalanced quotes": ("Er sagte: „Das ist gut. Sie meinte » nichts. Der Tag war lang.“ “ «".encode(), "ok"),
    "nested quotes": ("Sie sagte: „Er rief ‚Halt!‘ und ging.“ Dann »war ‹es› still«.".encode(), "ok"),
    "mixed quote styles": ("„Eins“, sagte er. »Zwei«, sagte sie. \"Drei\", sagte der Minister. «Vier», rief sie."
                           .encode(), "ok"),
    "html markup": (("<html><body><h1>Titel</h1><p>" + GERMAN + "</p><p>Mehr</p><div>x</div></body></html>").encode(),
                    "error"),
    "5000 words without punctuation": ((" ".join(["die Regierung und der Minister sagte heute"] * 715)).encode(), "ok"),
    "control characters": (("\x07\x1b" * 300 + GERMAN).encode(), "error"),
    "german results table": ("Spieltag\nFreitag, 8. Februar 2008\nEintracht Frankfurt – Arminia Bielefeld 2:1\n"
                             "Samstag\nBayern München – Hannover 96 3:0\nVfB Stuttgart – Hertha BSC 2:2\n"
                             "Werder Bremen – VfL Bochum 1:1\nHamburger SV – Energie Cottbus 4:0\n"
                             "Tabellenführer bleibt der FC Bayern.".encode(), "ok"),
    "emoji and a few controls": (("🙂 " + GERMAN + " 🇩🇪\x0c").encode(), "ok"),
}


def run(path, *args):
    return subprocess.run([sys.executable, "-m", "articlekit", "analyze", str(path), *args], capture_output=True)


@pytest.mark.parametrize("name", CASES)
def test_odd_input(tmp_path, name):
    data, expected = CASES[name]
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = run(path)
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    if expected == "ok":
        assert result.returncode == 0, stderr
        assert_offsets(json.loads(result.stdout))
    else:
        assert result.returncode == 2 and result.stdout == b""
        assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("articlekit: error:")
    assert path.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["input.txt"]


def test_two_megabyte_article(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text((SEED_TEXT + "\n") * (2_000_000 // len(SEED_TEXT) + 1), encoding="utf-8")
    result = run(path, "--date", "2025-01-21")
    assert result.returncode == 0, result.stderr.decode()
    parsed = json.loads(result.stdout)
    assert len(parsed["text"]) > 2_000_000
    assert_offsets(parsed)


def test_invalid_date_option(tmp_path):
    path = tmp_path / "input.txt"
    path.write_text(GERMAN, encoding="utf-8")
    for bad in ("2025-13-01", "21.01.2025", "gestern"):
        result = run(path, "--date", bad)
        assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr.decode()


def test_too_long_text_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(GERMAN * 50_000, encoding="utf-8")
    result = run(path)
    assert result.returncode == 2 and "too long" in result.stderr.decode()


@pytest.mark.parametrize("args", [
    ["analyze", "{input}", "--date", ""],
    ["analyze", "{input}", "--date", "  "],
    ["analyze", ""],
    ["report", "{input}", "--out", ""],
    ["timeline", "{input}", "--out", "{tmp}/zeitleiste.json", "--date", ""],
    ["students", "--source", ""],
])
def test_empty_option_values_are_refused(tmp_path, args):
    path = tmp_path / "input.txt"
    path.write_text(GERMAN, encoding="utf-8")
    filled = [arg.format(input=path, tmp=tmp_path) for arg in args]
    result = subprocess.run([sys.executable, "-m", "articlekit", *filled], capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("articlekit: error:") and "must not be empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["input.txt"]


def test_handout_without_a_date_says_time_stays_unresolved(tmp_path):
    target = tmp_path / "handout.html"
    result = subprocess.run([sys.executable, "-m", "articlekit", "report", "-", "--out", str(target)],
                            input=GERMAN, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "time expressions stay unresolved" in result.stderr and target.exists()
    dated = subprocess.run([sys.executable, "-m", "articlekit", "report", "-", "--out", str(target), "--date",
                            "2025-03-13"], input=GERMAN, capture_output=True, text=True)
    assert dated.returncode == 0 and "unresolved" not in dated.stderr
