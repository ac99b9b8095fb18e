"""Loading, decoding and structure of articles."""
import datetime as dt

import pytest

from articlekit.article import ArticleError, decode, from_text, load_article
from conftest import SEED

HEADINGS = [
    "Jährliche Dialoge und enge Beziehungen",
    "Stabilität und Zusammenarbeit",
    "Wirtschaftliche Zusammenarbeit im Fokus",
    "Ein Blick auf die US-Politik",
    "Potential für diplomatische Beziehungen",
    "Überlegungen zu Sanktionen",
    "Xis Rolle als Friedensbroker",
    "Gedenken an den Zweiten Weltkrieg",
]


def test_seed_is_verbatim_and_dated(article):
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.date == dt.date(2025, 1, 21)
    assert article.meta["authors"] == ["Betsy Klein", "Fred He"]
    assert "Rolle Chicagos" in article.text  # the translation error stays, as a lesson


def test_seed_has_eight_headings(article):
    assert [block.text for block in article.headings] == HEADINGS


def test_seed_byline_and_boilerplate(article):
    [byline] = article.of_kind("byline")
    assert byline.text == "Dieser Artikel wurde von CNN's Betsy Klein und Fred He mitverfasst."
    [boilerplate] = article.of_kind("boilerplate")
    assert boilerplate.text == "Details zur Meldung"
    assert len(article.paragraphs) == 9
    assert article.blocks[0].kind == "paragraph"  # the lead ends with a full stop: no title


def test_block_offsets_point_into_text(article):
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text


def test_bom_and_crlf_are_normalised_once():
    text = decode("\ufeffTitel\r\nDer Text ist da und die Welt ist gut.\r\n".encode("utf-8"))
    assert text == "Titel\nDer Text ist da und die Welt ist gut.\n"
    assert decode("Die Welt ist gut und der Tag ist da.".encode("utf-16")) == "Die Welt ist gut und der Tag ist da."


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    ("Die Stra\u00dfe ist f\u00fcr alle da.".encode("latin-1"), "not valid UTF-8"),
    (b"\x00\x01\x02binary", "binary"),
])
def test_bad_bytes_are_refused_in_one_line(data, message):
    with pytest.raises(ArticleError, match=message) as error:
        from_text(decode(data))
    assert "\n" not in str(error.value)


def test_english_is_refused():
    with pytest.raises(ArticleError, match="German"):
        from_text("The president said on Monday that the talks with the other side were going well.")


def test_invalid_date_is_refused():
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        from_text("Die Regierung hat am Montag die neue Regel beschlossen.", date="21.01.2025")


def test_headings_of_an_unseen_article():
    text = ("Streit um Haushalt\nBerlin (dpa) - Die Regierung hat sich nicht geeinigt.\n"
            "Wie es weitergeht\nDas ist offen, sagte ein Sprecher.\nVon Anna Muster\nMehr zum Thema")
    article = from_text(text)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("title", "Streit um Haushalt"),
        ("paragraph", "Berlin (dpa) - Die Regierung hat sich nicht geeinigt."),
        ("heading", "Wie es weitergeht"),
        ("paragraph", "Das ist offen, sagte ein Sprecher."),
        ("byline", "Von Anna Muster"),
        ("boilerplate", "Mehr zum Thema"),
    ]


def test_missing_file_is_an_article_error(tmp_path):
    with pytest.raises(ArticleError, match="cannot read"):
        load_article(tmp_path / "missing.txt")
