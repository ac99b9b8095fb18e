"""Shared fixtures: the seed article, parsed once per test session."""
import importlib.util
import json
from pathlib import Path

import pytest

from articlekit import from_text, load_article, parse
from articlekit.analysis import analyze_many

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_a96b2bb4e5797160.txt"
DEVDATA = ROOT.parent / "shared" / "devdata"
SPKATT = DEVDATA / "spkatt2023-task2-train"
EXAMPLE_05 = (
    "Stadtrat beschließt neues Radwegenetz\n"
    "Freiburg (dpa) - Der Gemeinderat hat am Dienstag mit großer Mehrheit ein neues Radwegenetz "
    "beschlossen. „Wir wollen bis Ende des Jahrzehnts die sicherste Fahrradstadt Deutschlands werden“, "
    "sagte Oberbürgermeisterin Petra Sommer nach der Abstimmung. Die Opposition kritisierte die Kosten "
    "von 40 Millionen Euro. Laut Stadtverwaltung sollen die ersten Abschnitte im kommenden Frühjahr "
    "fertig sein.\n"
    "Kritik vom Handel\n"
    "Der Einzelhandelsverband befürchtet, dass Parkplätze in der Innenstadt wegfallen. Verbandschefin "
    "Anna Keller sagte, man sei nicht gegen Radwege. Die Kundschaft müsse die Geschäfte aber weiterhin "
    "erreichen können. Die Bauarbeiten sollen drei Jahre dauern."
)


@pytest.fixture(scope="session")
def article():
    return load_article(SEED)


@pytest.fixture(scope="session")
def doc(article):
    return parse(article.text)


def assert_offsets(result: dict) -> None:
    """Every record with offsets points into the text; where it has a text, that text matches."""
    text = result["text"]
    for key, records in result.items():
        if not isinstance(records, list):
            continue
        for record in records:
            for prefix in ("", "speaker_", "cue_"):
                start, end = record.get(prefix + "start"), record.get(prefix + "end")
                if isinstance(start, int) and isinstance(end, int):
                    assert 0 <= start < end <= len(text), (key, record)
            evidence = record.get("evidence")
            if evidence is not None and key == "events":
                assert 0 <= evidence["start"] < evidence["end"] <= len(text), record
            if "text" in record and isinstance(record.get("start"), int):
                assert text[record["start"]:record["end"]] == record["text"], (key, record)


def load_script(name: str):
    """Import one of the measuring scripts in scripts/ (they are not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def wikinews_results():
    """The 700 unseen Wikinews articles of SpkAtt, dated by their file names, analysed once for all tests."""
    if not SPKATT.exists():
        pytest.skip("GermEval 2023 SpkAtt data not present (../shared/devdata is not part of a clone)")
    articles = []
    for path in sorted(SPKATT.glob("*.json")):
        sentences = json.loads(path.read_text(encoding="utf-8"))["Sentences"]
        text = "\n".join(" ".join(s["Tokens"]) for s in sentences)
        articles.append(from_text(text, date=path.stem.rsplit("(", 1)[1][:10]))
    return list(analyze_many(articles, processes=2))
