"""Measurements on public German data sets in ../shared/devdata (skipped when it is absent)."""
import pytest

from conftest import DEVDATA, assert_offsets, load_script

GSD = DEVDATA / "ud-german-gsd-dev.conllu"


@pytest.mark.skipif(not GSD.exists(),
                    reason="UD German GSD dev split not present (../shared/devdata is not part of a clone)")
def test_tagging_accuracy_on_ud_german_gsd():
    result = load_script("eval_tagging").evaluate(GSD)
    assert result["tokens"] > 12_000
    assert result["upos"] >= 0.93
    assert result["lemma"] >= 0.93


def test_every_wikinews_article_analyses_with_exact_offsets(wikinews_results):
    """700 unseen German news texts, dated by their file names: no crash, no refusal, offsets exact."""
    results = wikinews_results
    assert len(results) == 700
    for result in results:
        assert_offsets(result)
    assert sum(len(r["quotes"]) for r in results) > 2000
    assert sum(len(r["timexes"]) for r in results) > 3000
