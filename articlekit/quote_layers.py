"""How quotes relate: Konjunktiv sentences continuing a speaker, nested partial quotes, editorial brackets."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from . import grammar
from .cues import Cues
from .quote_context import Quote, QuoteContext, copy_speaker
from .speakers import Speakers
from .speech import frames

MAX_CONTINUATION_SENTENCES = 4  # sentences between attributed speech and a Konjunktiv sentence continuing it
EDITORIAL = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # "(dem ukrainischen Präsidenten Wolodymyr)", "[sic]"


def add_continuation(context: QuoteContext, cues: Cues, speakers: Speakers, sentence: Span,
                     words: list[Token]) -> None:
    """A sentence in Konjunktiv, or opening with "Demnach", soon after attributed speech continues it; a main
    clause in the indicative with a speaker as subject is that speaker's ("Zudem warnte X, weil ... werde")."""
    last = last_attributed(context, sentence.start_char)
    if last is None or not context.same_paragraph(last.start, sentence.start_char) or \
            any(t.lower_ == "ich" for t in words):
        return
    between = context.sentence_index(sentence.start_char) - context.sentence_index(last.end)
    if between > MAX_CONTINUATION_SENTENCES or (last.speaker is None and last.source is None):
        return
    marked = words[0].lower_ in frames()["continuation_adverbs"]
    if not (marked or any(reports(t, words) for t in words if not context.in_quote(t))):
        return  # checked last: the mood of an unknown verb costs a morphological analysis
    content = cues.until_clause_end(words, 1 if marked else 0)
    if content:
        quote = context.quote(content[0], content[-1], "indirect")
        copy_speaker(last, quote)
        quote.cue = quote.cue_start = quote.cue_end = None
        if own := own_speaker(context, speakers, words):
            quote.source = None
            quote.speaker, quote.speaker_start, quote.speaker_end = \
                own["speaker"], own["speaker_start"], own["speaker_end"]
        context.add(quote)


def own_speaker(context: QuoteContext, speakers: Speakers, words: list[Token]) -> dict:
    """The speaker subject of a sentence's main verb when that verb is indicative (not itself reported)."""
    verb = next((t for t in words if grammar.is_finite(t) and not context.in_quote(t)), None)
    if verb is None or reports(verb, words) or \
            grammar.opens_subordinate_clause(words[grammar.clause_start(words, words.index(verb))]):
        return {}
    return speakers.near(verb, words, plain_subject=False)


def reports(token: Token, words: list[Token]) -> bool:
    """A finite verb of reported speech: Konjunktiv ("sei", "hätten") or a reporting modal with a perfect
    infinitive ("soll die Scheibe eingeschlagen haben"; "soll drei Jahre dauern" is a plan, not a report)."""
    if grammar.is_finite(token) and token.lemma_ in frames()["reporting_modals"]:
        return perfect_infinitive(words)
    return grammar.is_konjunktiv(token)


def perfect_infinitive(words: list[Token]) -> bool:
    """Whether a clause has a participle followed by "haben" or "sein" ("eingeschlagen haben", "gewesen sein")."""
    return any(word.tag_ == "VAINF" and word.lemma_ in ("haben", "sein") and before.tag_.endswith("PP")
               for before, word in zip(words, words[1:], strict=False))


def last_attributed(context: QuoteContext, offset: int) -> Quote | None:
    """The last attributed quote ending before an offset."""
    position = bisect.bisect_right(context.attributed, (offset, len(context.quotes)))
    return context.quotes[context.attributed[position - 1][1]] if position else None


def inherit_speakers(context: QuoteContext) -> None:
    """Partial quotes inside indirect or reported speech keep that speaker, cue and source (else those of the
    sentence's attributed speech); a direct quote without attribution continues the previous speaker's words in
    the same or the next paragraph."""
    outer = [q for q in context.quotes if q.kind in ("indirect", "reported")]
    previous = None
    for quote in sorted(context.quotes, key=lambda q: q.start):
        if quote.kind == "partial" and quote.speaker is None:
            host = next((q for q in outer if q.start <= quote.start and quote.end <= q.end), None) or \
                sentence_speech(context, quote)
            if host is not None:
                copy_speaker(host, quote)
        if quote.kind == "direct" and quote.speaker is None and quote.cue is None and previous is not None and \
                context.text.count("\n\n", previous.end, quote.start) <= 1:
            copy_speaker(previous, quote)
        if quote.speaker is not None and quote.kind != "partial":
            previous = quote


def link_parents(quotes: list[Quote]) -> None:
    """A partial quote (or one of the same speaker) inside another quote points to it: statements count once."""
    for index, quote in enumerate(quotes):
        hosts = [i for i, q in enumerate(quotes) if i != index and q.kind != "partial" and q.start <= quote.start
                 and quote.end <= q.end and (q.end - q.start) > (quote.end - quote.start)]
        hosts = [i for i in hosts if quote.kind == "partial" or same_speaker(quotes[i], quote)]
        if hosts:
            quote.parent = min(hosts, key=lambda i: quotes[i].end - quotes[i].start)


def same_speaker(a: Quote, b: Quote) -> bool:
    """Whether two quotes have the same named speaker."""
    return a.speaker is not None and (a.speaker_canonical or a.speaker) == (b.speaker_canonical or b.speaker)


def sentence_speech(context: QuoteContext, quote: Quote) -> Quote | None:
    """The first attributed statement (not a partial quote) in the sentence of a quote."""
    index = context.sentence_index(quote.start)
    return next((q for q in context.quotes if q.kind != "partial" and q.speaker_start is not None
                 and context.sentence_index(q.start) == index), None)


def mark_editorial(quote: Quote) -> None:
    """Brackets inside a direct quote are the editor's insertions, not the speaker's words."""
    if quote.kind not in ("direct", "partial"):
        return
    quote.editorial = [{"text": m.group(), "start": quote.start + m.start(), "end": quote.start + m.end()}
                       for m in EDITORIAL.finditer(quote.text)]


def without_speaker_names(quotes: list[Quote]) -> list[Quote]:
    """Quoted names that are a speaker ("schreibt die „Computerwoche“", "wie die „Aktion X hilft“ mitteilte")
    are no quotes."""
    mentions = [(q.speaker_start, q.speaker_end) for q in quotes if q.speaker_start is not None]
    return [q for q in quotes if q.kind not in ("partial", "direct")
            or not any(s <= q.start and q.end <= e for s, e in mentions)]
