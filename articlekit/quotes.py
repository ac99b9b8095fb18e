"""Quotations and reported speech: who says what, how (the cue) and through whom (the source).

Four kinds (REDEWIEDERGABE scheme; JSON keys stay English):
- direct:   direkte Wiedergabe, a full quotation in quotation marks („Wir bleiben dabei“, sagte die Ministerin);
- partial:  Teilzitat, a few words in quotation marks without a finite verb (zu „neuen Höhen“ führen);
- indirect: indirekte Wiedergabe, a speech verb with a dass/ob clause, a Konjunktiv clause or a zu-infinitive,
            a frame such as "laut X" or "wie aus X hervorgeht", or a Konjunktiv sentence continuing one;
- reported: erzählte Wiedergabe, a speech act without its content (Die Ministerin lobte den Handel).
The spaCy component `articlekit_quotes` puts them on `doc.spans["quotes"]`; `records(doc)` serialises them.
Modules: marks (pairing), speech (lexicon), cues, speakers, direct, indirect, frames, quote_layers, attribution.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .attribution import complete
from .cues import Cues
from .direct import DirectFinder
from .frames import FrameFinder
from .indirect import IndirectFinder
from .quote_context import Quote, QuoteContext
from .quote_layers import add_continuation, inherit_speakers, without_speaker_names
from .speakers import Speakers

SPAN_KEY = "quotes"
# Stored on each quote span (plain values, so Docs serialise); `speaker` and `cue_span` are Spans made from them.
SPAN_FIELDS = ("kind", "speaker_name", "speaker_chars", "cue", "cue_chars", "source", "statement", "anonymous",
               "speaker_canonical", "speakers", "editorial", "parent", "addressee", "cue_class")


def char_span(doc: Doc, offsets: list[int] | None) -> Span | None:
    """The span of [start, end] character offsets, or None when there are none."""
    return doc.char_span(*offsets, alignment_mode="expand") if offsets else None


for _name in SPAN_FIELDS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Span.has_extension("speaker"):
    Span.set_extension("speaker", getter=lambda span: char_span(span.doc, span._.speaker_chars))
if not Span.has_extension("cue_span"):
    Span.set_extension("cue_span", getter=lambda span: char_span(span.doc, span._.cue_chars))


def find_quotes(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """All quotes of a parsed text in text order; pass paragraph offsets to skip headings and bylines."""
    context = QuoteContext(doc, paragraphs)
    cues, speakers = Cues(context), Speakers(context)
    DirectFinder(context, cues, speakers).find()
    indirect, frames = IndirectFinder(context, cues, speakers), FrameFinder(context, cues, speakers)
    for sentence in doc.sents:
        tokens = context.words_of(sentence)
        if context.in_body(sentence) and tokens:
            found = indirect.find(tokens)
            found |= frames.find(tokens)
            if not found and not context.in_quote(tokens[0]):
                add_continuation(context, cues, speakers, sentence, tokens)
    inherit_speakers(context)
    quotes = sorted(without_speaker_names(context.quotes), key=lambda q: (q.start, -q.end))
    complete(context, quotes)
    return quotes


def paragraphs_of(doc: Doc) -> list[tuple[int, int]] | None:
    """Body paragraphs from `doc.spans["paragraphs"]` when the pipeline's make_doc set them."""
    spans = doc.spans.get("paragraphs") if doc.spans is not None else None
    return [(s.start_char, s.end_char) for s in spans] if spans is not None and len(spans) else None


def to_span(doc: Doc, quote: Quote) -> Span:
    """A quote as a Span with its fields as extensions (`span._.kind`, `span._.speaker` ...)."""
    span = char_span(doc, [quote.start, quote.end])
    values = quote.record()
    values.update(speaker_name=quote.speaker,
                  speaker_chars=[quote.speaker_start, quote.speaker_end] if quote.speaker_start is not None else None,
                  cue_chars=[quote.cue_start, quote.cue_end] if quote.cue_start is not None else None)
    extensions = span._  # one accessor object for all fields
    for name in SPAN_FIELDS:
        setattr(extensions, name, values[name])
    return span


def set_quotes(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> Doc:
    """Find the quotes and put them on `doc.spans["quotes"]`."""
    doc.spans[SPAN_KEY] = [to_span(doc, quote) for quote in find_quotes(doc, paragraphs)]
    return doc


@Language.factory("articlekit_quotes",
                  assigns=["doc.spans", "span._.kind", "span._.speaker", "span._.cue", "span._.source"],
                  requires=["token.tag", "token.lemma", "doc.ents", "doc.spans"])
def make_quote_finder(nlp: Language, name: str):
    """The quote component: quotes of the body paragraphs (all sentences when none are marked)."""
    return lambda doc: set_quotes(doc, paragraphs_of(doc))


def span_record(span: Span) -> dict:
    """One quote span as the CLI's JSON record (offsets index the article text)."""
    speaker, cue = span._.speaker_chars or [None, None], span._.cue_chars or [None, None]
    return {"start": span.start_char, "end": span.end_char, "text": span.text, "kind": span._.kind,
            "speaker": span._.speaker_name, "speaker_start": speaker[0], "speaker_end": speaker[1],
            "cue": span._.cue, "cue_start": cue[0], "cue_end": cue[1],
            "source": span._.source, "statement": span._.statement, "anonymous": span._.anonymous,
            "speaker_canonical": span._.speaker_canonical, "speakers": span._.speakers,
            "editorial": span._.editorial, "parent": span._.parent, "addressee": span._.addressee,
            "cue_class": span._.cue_class}


def records(doc: Doc, paragraphs: list[tuple[int, int]] | None = None) -> list[dict]:
    """Quotes as JSON-ready records, serialised from `doc.spans["quotes"]` (found again for other paragraphs)."""
    paragraphs = paragraphs or None  # no marked paragraphs: every sentence counts
    if paragraphs is not None and paragraphs != paragraphs_of(doc) or SPAN_KEY not in doc.spans:
        set_quotes(doc, paragraphs)
    return [span_record(span) for span in doc.spans[SPAN_KEY]]
