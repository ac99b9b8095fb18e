"""Property-based tests of the public analysis: no crash, exact offsets, deterministic output."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlekit import analyze, from_text
from conftest import assert_offsets

WORDS = ["Die", "der", "Regierung", "sagte", "Putin", "Berlin", "und", "dass", "ist", "war", "im", "vergangenen",
         "Jahr", "heute", "jährlich", "Minister", "„", "“", "»", "«", "\"", ",", ".", ":", "(", ")", "\n", "80.",
         "Jahrestag", "Frau", "Anna", "Muster", "laut", "Angaben", "sei", "habe", "2025", "Montag", "bald", "nicht"]


@st.composite
def german_texts(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80))
    spaces = draw(st.lists(st.sampled_from([" ", "", "  "]), min_size=len(words), max_size=len(words)))
    body = "".join(w + s for w, s in zip(words, spaces, strict=True))
    return "Die Regierung sagte, dass der Minister gut ist. " + body


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_texts(), st.sampled_from([None, "2025-01-21", "1999-12-31"]))
def test_analysis_offsets_and_determinism(text, date):
    article = from_text(text, date=date)
    first = analyze(article, tokens=True)
    assert_offsets(first)
    assert first == analyze(from_text(text, date=date), tokens=True)
    for quote in first["quotes"]:
        assert quote["kind"] in ("direct", "partial", "indirect", "reported")
    for timex in first["timexes"]:
        assert timex["type"] in ("DATE", "TIME", "DURATION", "SET")
