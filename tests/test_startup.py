"""What keeps a cold `python -m articlekit analyze` quick, checked without timing anything (timings: BENCHMARKS.md)."""
import gzip
import json
import subprocess
import sys

import pytest
import spacy

from articlekit import gazetteer, get_nlp, prefetch, user_cache
from articlekit.lexicon import PHRASE, lexicon
from conftest import SEED

HEAVY = ("pandas", "plotly", "nbformat", "dask", "matplotlib", "dateutil")


def test_analyze_command_loads_no_table_or_plot_libraries():
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "articlekit", "analyze", str(SEED)],
                            capture_output=True, text=True, check=True)
    loaded = {line.rsplit("|", 1)[1].strip().split(".")[0] for line in result.stderr.splitlines()
              if line.startswith("import time:") and "|" in line}
    assert json.loads(result.stdout)["entities"]
    assert "articlekit" in loaded and "HanTa" in loaded
    assert not loaded & set(HEAVY)


@pytest.mark.parametrize("text,tokens", [
    ("Das war im Jahr 2025.", ["Das", "war", "im", "Jahr", "2025", "."]),
    ("Am 80. Jahrestag sprach sie.", ["Am", "80.", "Jahrestag", "sprach", "sie", "."]),
    ("„Wir bleiben“, sagte CNN's Sprecherin.", ["„", "Wir", "bleiben", "“", ",", "sagte", "CNN", "'s", "Sprecherin",
                                                "."]),
    ("Die Firma (gegründet 1999) wächst.", ["Die", "Firma", "(", "gegründet", "1999", ")", "wächst", "."]),
])
def test_tokenizer_built_once_with_the_kits_suffixes(text, tokens):
    assert [token.text for token in get_nlp().tokenizer(text)] == tokens


def test_kit_tokenizer_leaves_spacys_german_as_it_is():
    get_nlp()
    assert [token.text for token in spacy.blank("de").tokenizer("Im Jahr 2025.")] == ["Im", "Jahr", "2025."]


@pytest.mark.parametrize("name,label,kind", gazetteer.NAME_TABLES)
def test_name_tables_read_lean_as_through_the_lexicon(name, label, kind):
    names = lexicon(name)  # the general reader: every phrase's key and its row
    assert names.mode == PHRASE
    expected = {}
    for key, phrase in names.forms.items():
        _, canonical, *rest = names.rows[phrase]
        expected[key] = (label, canonical or phrase, kind or rest[0])
    found = gazetteer.table_fields(name, label, kind)
    assert list(found) == list(expected)
    assert list(found.values()) == list(expected.values())


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    """A cache folder of the test's own; the name index is read afresh before and after."""
    monkeypatch.setenv(user_cache.ENV, str(tmp_path / "cache"))
    gazetteer.index.cache_clear()
    yield tmp_path / "cache"
    gazetteer.index.cache_clear()


def test_name_index_read_back_from_the_cache_is_the_one_built(cache_folder):
    built = gazetteer.index()
    assert len(list(cache_folder.glob("names-*.marshal"))) == 1
    gazetteer.index.cache_clear()
    read = gazetteer.index()
    assert read is not built and read == built
    assert list(read.entries) == list(built.entries) and list(read.longest) == list(built.longest)
    assert all(type(entry) is gazetteer.Entry for entry in read.entries.values())
    assert gazetteer.lookup(["Vereinigten", "Staaten"]).canonical == "Vereinigte Staaten"
    assert gazetteer.max_words_from("Vereinigten") >= 2


def test_cache_entry_rebuilt_when_an_input_changes(cache_folder):
    calls = []

    def build(value):
        calls.append(value)
        return {"rows": [value, (value, "x")]}

    assert user_cache.cached("table", [b"old text", b"code"], lambda: build("a")) == {"rows": ["a", ("a", "x")]}
    assert user_cache.cached("table", [b"old text", b"code"], lambda: build("b")) == {"rows": ["a", ("a", "x")]}
    assert user_cache.cached("table", [b"new text", b"code"], lambda: build("c")) == {"rows": ["c", ("c", "x")]}
    assert calls == ["a", "c"]
    for number in range(user_cache.KEEP + 2):
        user_cache.cached("table", [str(number).encode()], lambda: 0)
    assert len(list(cache_folder.glob("table-*.marshal"))) == user_cache.KEEP  # older entries are removed


def test_cache_off_or_unwritable_is_no_error(tmp_path, monkeypatch):
    monkeypatch.setenv(user_cache.ENV, "")
    assert user_cache.cached("table", [b"x"], lambda: 1) == 1
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setenv(user_cache.ENV, str(tmp_path / "a file" / "cache"))
    assert user_cache.cached("table", [b"x"], lambda: 2) == 2
    assert user_cache.cached("table", [b"x"], lambda: 3) == 3
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a file"]


def test_prefetched_model_is_the_file_unpacked():
    expected = gzip.decompress(prefetch.model_path(prefetch.MODEL).read_bytes())
    assert prefetch.Prefetch(prefetch.MODEL).result() == expected
    assert prefetch.hanta_model().result() == expected  # started when the kit was imported


def test_unpacking_copes_with_several_gzip_members():
    assert prefetch.gunzip(gzip.compress(b"erster ") + gzip.compress(b"Teil")) == b"erster Teil"


def test_missing_model_fails_where_it_is_asked_for(capfd):
    started = prefetch.Prefetch("no_such_model.pgz")
    with pytest.raises(FileNotFoundError):
        started.result()
    assert capfd.readouterr().err == ""  # nothing from the thread


def test_command_ends_without_teardown_but_with_all_output():  # cli.run_and_leave
    whole = subprocess.run([sys.executable, "-m", "articlekit", "analyze", str(SEED)], capture_output=True, check=True)
    assert json.loads(whole.stdout)["quotes"] and whole.stdout.endswith(b"}\n")
    piped = subprocess.run(f"{sys.executable} -m articlekit analyze {SEED} | head -c 20", shell=True,
                           capture_output=True)
    assert piped.stdout == whole.stdout[:20] and piped.returncode == 0 and piped.stderr == b""
    failed = subprocess.run([sys.executable, "-m", "articlekit", "analyze", str(SEED), "--date", "2025-13-45"],
                            capture_output=True, text=True)
    assert failed.returncode == 2 and failed.stderr.startswith("articlekit: error:") and failed.stdout == ""
