"""What keeps a cold `python -m articlekit analyze` quick, checked without timing anything (timings: BENCHMARKS.md)."""
import json
import subprocess
import sys

import pytest
import spacy

from articlekit import gazetteer, get_nlp
from articlekit.lexicon import PHRASE, lexicon
from conftest import SEED

HEAVY = ("pandas", "plotly", "nbformat", "dask", "matplotlib", "dateutil")
LOADED_MODULES = """
import contextlib, io, json, runpy, sys
sys.argv = ["articlekit", "analyze", sys.argv[1], "--date", "2025-01-21"]
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    runpy.run_module("articlekit", run_name="__main__")
print(json.dumps(sorted(sys.modules)))
"""


def test_analyze_command_loads_no_table_or_plot_libraries():
    result = subprocess.run([sys.executable, "-c", LOADED_MODULES, str(SEED)], capture_output=True, text=True,
                            check=True)
    loaded = {name.split(".")[0] for name in json.loads(result.stdout)}
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
    found = gazetteer.table_entries(name, label, kind)
    assert list(found) == list(expected)
    assert [tuple(entry) for entry in found.values()] == list(expected.values())
    assert all(type(entry) is gazetteer.Entry for entry in found.values())
