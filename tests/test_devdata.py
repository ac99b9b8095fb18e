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
