"""The details of an attribution: statement or not, anonymous, all speakers, addressee, readout, cue class."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from . import grammar
from .quote_context import Quote, QuoteContext
from .quote_layers import link_parents, mark_editorial
from .speaker_links import link_speakers
from .speakers import Speakers
from .speech import cue_class, frames, in_list

CONJUNCTIONS = frozenset({"und", "sowie", "noch", "oder"})  # "Anna Muster und Peter Berg sagten"
CONJUNCT_WORDS = 4  # words after "und" where the second speaker's name starts ("und die neue Ministerin X")
READOUT_WORDS = 6  # words of a readout with its owner ("Mitteilung des französischen Innenministeriums")
MEETING_SENTENCES = 1  # sentences before a quote where the closed meeting it comes from may be named


def complete(context: QuoteContext, quotes: list[Quote]) -> None:
    """Fill the fields beyond speaker and cue on the sorted quotes of a document."""
    speakers = Speakers(context)
    for quote in quotes:
        cue = context.token_at(quote.cue_start)
        clause = cue_clause(context, quote, cue)
        mark_editorial(quote)
        quote.statement = not withheld(quote, clause)
        quote.speakers = coordinated(context, speakers, quote)
        quote.addressee = addressee(context, quote, clause)
        quote.cue_class = cue_class(quote.cue, clause + [t for t in quote_tokens(quote, clause)
                                                         if not context.in_quote(t)])
    link_speakers(context, quotes)
    add_readouts(context, quotes)
    for quote in quotes:
        quote.anonymous = anonymous(quote)
    link_parents(quotes)


def cue_clause(context: QuoteContext, quote: Quote, cue: Token | None) -> list[Token]:
    """The words of the cue's clause outside the quote and outside quotation marks (the attribution)."""
    if cue is None:
        return []
    sentence = context.words_of(context.sentence_of(cue))
    position = sentence.index(cue)
    start, end = grammar.clause_start(sentence, position), grammar.clause_end(sentence, position)
    return [t for t in sentence[start:end] if not (quote.start <= t.idx < quote.end) and not context.in_quote(t)]


def withheld(quote: Quote, clause: list[Token]) -> bool:
    """A statement withheld, left open or negated: "ließ offen, ob", "wollte sich nicht äußern", "Weder X noch Y"."""
    if quote.cue in frames()["withholding_cues"]:
        return True
    if quote.kind == "reported":  # the quote is the act itself: "wollte sich nicht äußern"
        clause = clause + [t for t in quote_tokens(quote, clause)]
    return quote.kind != "partial" and any(t.lower_ in frames()["negations"] for t in clause)


def quote_tokens(quote: Quote, clause: list[Token]) -> list[Token]:
    """The tokens of a quote (found through the Doc of its clause)."""
    if not clause:
        return []
    span = clause[0].doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return list(span) if span is not None else []


def anonymous(quote: Quote) -> bool:
    """No one named: "heißt es", "Es wird gehofft", "aus Kreisen" (a source that names no one)."""
    if quote.speaker is not None:
        return False
    return quote.source is None or in_list("anonymous_sources", quote.source.split()[-1])


def coordinated(context: QuoteContext, speakers: Speakers, quote: Quote) -> list[dict]:
    """All speakers joined by "und", "sowie", "weder ... noch": the quote's own speaker first."""
    main = context.token_at(quote.speaker_start)
    if main is None:
        return []
    last = context.token_at(quote.speaker_end - 1)
    found = [as_mention(context, quote.speaker_start, quote.speaker_end)]
    doc = context.doc
    if last.i + 2 < len(doc) and doc[last.i + 1].lower_ in CONJUNCTIONS:
        found += conjunct(context, speakers, doc[last.i + 2:last.i + 2 + CONJUNCT_WORDS])
    if main.i > 1 and doc[main.i - 1].lower_ in CONJUNCTIONS:
        before = context.words_of(context.sentence_of(main))
        phrase = grammar.noun_phrase(before, before.index(doc[main.i - 1]), forward=False)
        found[1:1] = conjunct(context, speakers, phrase)
    return found


def conjunct(context: QuoteContext, speakers: Speakers, tokens) -> list[dict]:
    """The first speaker mention among tokens, as {"text", "start", "end"}."""
    for token in tokens:
        if (found := speakers.at(token)) and found.get("speaker_start") is not None:
            return [as_mention(context, found["speaker_start"], found["speaker_end"])]
    return []


def as_mention(context: QuoteContext, start: int, end: int) -> dict:
    """A mention record {"text", "start", "end"} of character offsets."""
    return {"text": context.text[start:end], "start": start, "end": end}


def addressee(context: QuoteContext, quote: Quote, clause: list[Token]) -> str | None:
    """The listener or medium: "im Interview mit X", "gegenüber X", "sagte Anna Muster der Volkszeitung"."""
    lower = [t.lower_ for t in clause]
    for opener in addressee_openers():
        size = len(opener)
        for i in range(len(clause) - size):
            if lower[i:i + size] == opener:
                return phrase_text(grammar.noun_phrase(clause, i + size))
    for i, token in enumerate(clause):
        if token.lower_ in ("dem", "der") and quote.speaker_end is not None and token.idx >= quote.speaker_end:
            phrase = grammar.noun_phrase(clause, i, genitive=False)
            if phrase and in_list("media_nouns", phrase[-1].text):
                return phrase_text(phrase)
    return None


@lru_cache(maxsize=1)
def addressee_openers() -> list[list[str]]:
    """The word sequences that open an addressee ("im Interview mit"), lower-cased."""
    return [[word.lower() for word in opener] for opener in frames()["addressee_openers"]]


def phrase_text(tokens: list[Token]) -> str | None:
    """The text of consecutive tokens as written, or None for none."""
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None


def add_readouts(context: QuoteContext, quotes: list[Quote]) -> None:
    """A direct quote from a closed meeting names its readout: the speaker's own one, else one no other speaker
    is quoted from ("sagte X im Gespräch" ... "die Mitteilung des Y")."""
    readouts = None
    for quote in quotes:
        if quote.kind != "direct" or quote.source or quote.speaker is None or not from_meeting(context, quote):
            continue
        readouts = readout_phrases(context) if readouts is None else readouts  # rarely needed: found on demand
        own = [q.source for q in quotes if q.source and same_person(q, quote)]
        others = {q.source for q in quotes if q.source and q.speaker and not same_person(q, quote)}
        free = sorted((r for r in readouts if r[1] not in others), key=lambda r: abs(r[0] - quote.start))
        quote.source = own[0] if own else free[0][1] if free else None


def same_person(a: Quote, b: Quote) -> bool:
    """Whether two quotes have the same (linked) speaker."""
    return (a.speaker_canonical or a.speaker) == (b.speaker_canonical or b.speaker)


def from_meeting(context: QuoteContext, quote: Quote) -> bool:
    """Whether the quote's sentence or the one before names a closed meeting (Gespräch, Telefonat ...)."""
    index = context.sentence_index(quote.cue_start or quote.start)
    sentences = context.sentences[max(0, index - MEETING_SENTENCES):index + 1]
    return any(t.text in frames()["meeting_nouns"] and not context.in_quote(t) for s in sentences for t in s)


def readout_phrases(context: QuoteContext) -> list[tuple[int, str]]:
    """Readouts named in the text with their owner: (offset, "Mitteilung des Ministeriums")."""
    doc, found = context.doc, []
    for token in doc:
        if token.text in frames()["readout_nouns"] and token.i + 2 < len(doc) and \
                doc[token.i + 1].lower_ in ("des", "der") and not context.in_quote(token):
            phrase = grammar.noun_phrase(list(doc[token.i:token.i + READOUT_WORDS]), 0)
            found.append((token.idx, phrase_text(phrase)))
    return found
