"""Measurements on public German data sets in ../shared/devdata (skipped when it is absent)."""
import pytest
from conftest import DEVDATA, load_script

GSD = DEVDATA / "ud-german-gsd-dev.conllu"


@pytest.mark.skipif(not GSD.exists(), reason="UD German GSD dev split not present (../shared/devdata is not part of a clone)")
def test_tagging_accuracy_on_ud_german_gsd():
    result = load_script("eval_tagging").evaluate(GSD)
    assert result["tokens"] > 12_000
    assert result["upos"] >= 0.93
    assert result["lemma"] >= 0.93


SPKATT = DEVDATA / "spkatt2023-task2-train"


@pytest.mark.skipif(not SPKATT.exists(), reason="GermEval 2023 SpkAtt data not present (../shared/devdata is not part of a clone)")
def test_every_wikinews_article_analyses_with_exact_offsets():
    """700 unseen German news texts, dated by their file names: no crash, no refusal, offsets exact."""
    import json

    from conftest import assert_offsets

    from articlekit import from_text
    from articlekit.analysis import analyze_many

    paths = sorted(SPKATT.glob("*.json"))
    articles = []
    for path in paths:
        sentences = json.loads(path.read_text(encoding="utf-8"))["Sentences"]
        text = "\n".join(" ".join(s["Tokens"]) for s in sentences)
        articles.append(from_text(text, date=path.stem.rsplit("(", 1)[1][:10]))
    results = list(analyze_many(articles, processes=2))
    assert len(results) == len(paths) == 700
    for result in results:
        assert_offsets(result)
    assert sum(len(r["quotes"]) for r in results) > 2000
    assert sum(len(r["timexes"]) for r in results) > 3000
