"""Figures: the label table, timeline spans and lanes, readable axes, and offline rendering in a real browser."""
import base64
import sys
from pathlib import Path

import plotly.io as pio
import pytest

from articlekit import labels, plots
from articlekit.export import notebook_html, timeline_rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import figure_gallery as gallery  # noqa: E402  (the gallery's browser helpers, shared with these tests)

NEEDS_CHROMIUM = pytest.mark.skipif(gallery.chromium() is None,
                                    reason="Debian's chromium is not installed (apt-get install chromium)")
GALLERY = ROOT / "docs" / "figures"
TEXT = "Die Stadt baut seit 2019 eine Brücke. Bis Ende des Jahrzehnts soll sie fertig sein, sagte die Bürgermeisterin."


def result_with(events: list[dict], quotes: list[dict] = ()) -> dict:
    """An analysis result around invented events (only the fields the timeline reads)."""
    return {"text": TEXT, "date": "2025-03-04", "sentences": [{"start": 0, "end": 38}, {"start": 39, "end": len(TEXT)}],
            "quotes": list(quotes), "events": events}


def event(label: str, start: str, end: str | None = None, origin: str = "text", evidence: int = 0, **more) -> dict:
    return {"label": label, "start": start, "end": end, "origin": origin,
            "evidence": {"start": evidence, "end": evidence + 3}, **more}


# ---------------------------------------------------------------- the label table

def test_every_label_has_a_german_name_and_a_colour():
    for group in ("entity", "quote_kind", "lane", "timex_type", "verb_class", "pos"):
        for entry in labels.group(group):
            assert entry.name and entry.colour.startswith("#") and len(entry.colour) == 7
    assert [labels.quote_kind(k).name for k in ("direct", "partial", "indirect", "reported")] == [
        "direkte Wiedergabe", "Teilzitat", "indirekte Wiedergabe", "erzählte Wiedergabe"]
    assert labels.quote({"kind": "indirect", "statement": False}).name == "keine Aussage"
    assert [labels.lane(k).name for k in ("world", "text", "speech")] == ["Weltwissen", "aus dem Text", "Äußerungen"]
    assert labels.verb_class("distancing").name == "distanzierend"


def test_an_unknown_label_keeps_its_text_and_gets_grey():
    assert labels.entity("EVENT").name == "EVENT" and labels.entity("EVENT").colour == labels.entity("").colour


# ---------------------------------------------------------------- timeline rows

def test_a_decade_is_ten_years_and_its_end_the_last_third_approximate():
    rows = timeline_rows(result_with([event("Brücke fertig", "202", mod="END"),
                                      event("Jahrzehnt", "202", evidence=40)]))
    end_of, decade = rows.iloc[0], rows.iloc[1]
    assert (str(decade["Beginn"]), str(decade["Ende"])) == ("2020-01-01", "2029-12-31")
    assert str(end_of["Beginn"])[:4] == "2026" and str(end_of["Ende"]) == "2029-12-31" and end_of["ungefähr"]


def test_lanes_come_from_the_record_or_from_origin_and_quote_cues():
    quotes = [{"kind": "indirect", "cue_start": 95, "speaker": "die Bürgermeisterin"}]
    rows = timeline_rows(result_with([event("Brückenbau", "2019", origin="world-knowledge"),
                                      event("Bürgermeisterin: sagen", "2025-03-04", evidence=95),
                                      event("Fertigstellung", "202", evidence=40),
                                      event("Eröffnung", "2030", lane="speech")], quotes))
    assert rows["Spur"].tolist() == ["world", "speech", "text", "speech"]


def test_speech_acts_of_one_occasion_share_one_row():
    rows = timeline_rows(result_with([event("Bürgermeisterin lobte", "2025-03-04", lane="speech",
                                            group="Pressekonferenz"),
                                      event("Bürgermeisterin sagte", "2025-03-04", lane="speech",
                                            group="Pressekonferenz"),
                                      event("Baubeginn", "2019", evidence=40)]))
    assert rows["Beschriftung"].tolist() == ["Baubeginn", "Pressekonferenz: 2 Äußerungen"]
    assert rows["Beleg"].iloc[1] == "Bürgermeisterin lobte · Bürgermeisterin sagte"


def test_an_ongoing_period_is_drawn_open_to_the_article_date():
    figure = plots.timeline(result_with([event("Brückenbau", "2019-05-01", ongoing=True),
                                         event("ungefähr", "2024-06", mod="APPROX", evidence=40)]))
    bar, point = [trace for trace in figure.data if trace.x[0] is not None]  # without the legend-only marks
    assert [str(x) for x in bar.x] == ["2019-05-01", "2025-03-04"] and "arrow-right" in bar.marker.symbol
    assert "dauert an" in bar.hovertext and bar.line.dash == "solid"
    assert point.line.dash == "dot"  # a month, approximate: a dotted bar


# ---------------------------------------------------------------- readable figures

def test_the_zoom_has_german_dates_and_a_range_slider():
    figure = plots.timeline(result_with([event("Beschluss", "2025-03-03"),
                                         event("Baubeginn", "2025-03-10", evidence=40)]),
                            "2025-03-01", "2025-03-12")
    assert figure.layout.xaxis.rangeslider.visible
    ticks = " ".join(figure.layout.xaxis.ticktext)
    assert "3. März" in ticks and "Mar " not in ticks
    assert figure.layout.title.text == "Zeitleiste: 1. März 2025 bis 12. März 2025"


def test_the_overview_breaks_the_axis_between_eras():
    figure = plots.timeline(result_with([event("Gründung", "1936"), event("Brückenbau", "2019", "2024", evidence=40)]))
    assert [figure.layout.xaxis.ticktext[0], figure.layout.xaxis2.ticktext[-1]] == ["1936", "2025"]
    assert "1936 | 2019–2024" in figure.layout.title.text and plots.caption(figure)


def test_count_axes_are_whole_numbers_and_every_bar_is_labelled():
    import pandas as pd

    verbs = pd.DataFrame({"Redeeinleitung": [f"verb{i}" for i in range(15)], "Einordnung": ["neutral"] * 15,
                          "Anzahl": [1] * 15})
    figure = plots.speech_verbs(verbs)
    assert figure.layout.xaxis.dtick == 1 and figure.layout.xaxis.tickformat == "d"
    assert list(figure.layout.yaxis.tickvals) == verbs["Redeeinleitung"].tolist()
    assert figure.layout.height <= 640 and plots.caption(figure)


def test_the_mean_uses_a_decimal_comma_and_the_layout_german_separators():
    import pandas as pd

    figure = plots.sentence_lengths(pd.DataFrame({"Satz": [1, 2], "Wörter": [10, 13], "Text": ["A b.", "C d."]}))
    assert figure.data[1].name == "Durchschnitt 11,5 Wörter"
    assert pio.templates[pio.templates.default.split("+")[-1]].layout.separators == ",."


def test_the_renderer_embeds_plotly_once_and_links_nothing_on_the_web():
    assert pio.renderers.default == "plotly_mimetype+articlekit"
    bundle = pio.renderers["articlekit"].to_mimebundle(plots.timeline(result_with([event("A", "2020")])).to_dict())
    assert "http" not in bundle["text/html"].replace("http://www.w3.org", "")


# ---------------------------------------------------------------- in a real browser, offline

@NEEDS_CHROMIUM
def test_an_exported_notebook_draws_every_figure_offline(tmp_path):
    notebook = ROOT / "notebooks" / "04_timeline.ipynb"
    expected = len(gallery.notebook_figures(notebook))
    page_file = tmp_path / "04.html"
    page_file.write_text(notebook_html(notebook), encoding="utf-8")
    with gallery.browser() as browser:
        page = gallery.offline_page(browser)
        page.goto(page_file.as_uri())
        page.wait_for_timeout(1500)
        drawn = page.evaluate("[...document.querySelectorAll('.plotly-graph-div')]"
                              ".filter(d => d.querySelector('.main-svg')).length")
    assert expected > 0 and drawn == expected
    assert page.blocked == [] and page.errors == []


@NEEDS_CHROMIUM
def test_every_gallery_png_shows_a_figure():
    pngs = sorted(GALLERY.glob("*.png"))
    assert pngs and sum(p.stat().st_size for p in pngs) < 3_000_000
    with gallery.browser() as browser:
        page = gallery.offline_page(browser)
        page.set_content("<canvas id=c></canvas>")
        for png in pngs:
            share = page.evaluate(INK, "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode())
            assert share > 0.01, f"{png.name} is (nearly) blank"


INK = """async (source) => {
  const image = new Image(); image.src = source; await image.decode();
  const canvas = document.getElementById("c"); canvas.width = image.width; canvas.height = image.height;
  const context = canvas.getContext("2d"); context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) ink++;
  return ink / (pixels.length / 4);
}"""



def test_cooccurrence_pairs_list_each_pair_once_most_shared_first():
    import pandas as pd

    from articlekit.display import cooccurrence_pairs

    names = ["Anna Berg", "Talheim", "Gemeinderat"]
    matrix = pd.DataFrame([[0, 2, 1], [2, 0, 0], [1, 0, 0]], index=names, columns=names)
    table = cooccurrence_pairs(matrix, n=5)
    assert table.values.tolist() == [["Anna Berg", "Talheim", 2], ["Anna Berg", "Gemeinderat", 1]]


def test_speech_verb_bars_explain_their_class_on_hover():
    import pandas as pd

    verbs = pd.DataFrame({"Redeeinleitung": ["andeuten"], "Einordnung": [labels.verb_class("vague").name],
                          "Anzahl": [2]})
    assert labels.verb_class_explanation("vague") in (
        plots.speech_verbs(verbs).data[0].hovertemplate.replace("<br>", " "))
