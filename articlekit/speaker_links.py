"""Speakers by name: each quote's speaker linked to the fullest name of the same person or organisation.

Names link to the longest name in the article that contains them ("Berger" -> "Thomas Berger"); role nouns
and pronouns ("der SPD-Politiker", "die Ministerin", "er") to the nearest earlier named person (an
organisation for an institution noun such as "die Polizei"), preferring one the same role noun named
before; without a fitting name the speaker stays unresolved (None).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from . import gazetteer
from .quote_context import Quote, QuoteContext

RESOLVE_SENTENCES = 5  # sentences back where a role noun or pronoun finds its person
INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
PLURAL_WORDS = frozenset({"beide", "beiden", "alle", "zwei", "drei", "mehrere", "viele", "einige"})
ROLE_DISTANCE = 3  # tokens between a role noun and the name it describes ("der SPD-Politiker Peter Albrecht")


def link_speakers(context: QuoteContext, quotes: list[Quote]) -> None:
    """Set `speaker_canonical` on every quote with a speaker."""
    linker = SpeakerLinker(context)
    for quote in quotes:
        quote.speaker_canonical = linker.link(quote)


def plural(mention: Span) -> bool:
    """A plural speaker ("Beide Staatsoberhäupter", "die Minister sagten"): no single name to link."""
    if any(t.lower_ in PLURAL_WORDS for t in mention):
        return True
    sentence = mention.sent
    verb = next((t for t in sentence if t.tag_ in ("VVFIN", "VAFIN", "VMFIN") and not t.is_space), None)
    return verb is not None and verb.lower_.endswith("n") and verb.lower_ != "sein"


class SpeakerLinker:
    """Links speaker mentions to the names of one document."""

    def __init__(self, context: QuoteContext):
        """Keep the shared document state."""
        self.context = context
        self.names = [e for e in context.ents if e.label_ in ("PER", "ORG") and not context.in_quote(e[0])]
        self.name_starts = [e.start_char for e in self.names]
        self.canonicals = dict.fromkeys((e._.canonical, e.label_) for e in self.names)  # distinct, in text order

    def link(self, quote: Quote) -> str | None:
        """The fullest name for a quote's speaker, or None."""
        if quote.speaker is None or quote.speaker_start is None:
            return None
        mention = self.context.doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        entity = next((self.context.entity_of[t.i] for t in mention if t.i in self.context.entity_of), None)
        if entity is not None and not (len(entity) == 1
                                       and gazetteer.org_head(entity.text.lower()) == entity.text.lower()):
            return self.fullest(entity._.canonical, entity.label_)  # a bare "Ministerium" resolves like a noun
        if entity is None and (mention[-1].tag_ == "PPER" or any(quote.speaker == c for c, _ in self.canonicals)):
            return self.fullest(quote.speaker, "PER")  # a pronoun or possessive already resolved to a name
        head = next((t for t in reversed(mention) if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or plural(mention):
            return None
        return self.resolve_noun(head, mention[0].lower_ in INDEFINITE)

    def fullest(self, name: str, label: str) -> str:
        """The longest name of the same label whose words include all words of `name`."""
        words = set(name.split())
        same = [canonical for canonical, kind in self.canonicals if kind == label and words <= set(canonical.split())]
        return max(same, key=len, default=name)

    def resolve_noun(self, head: Token, indefinite: bool) -> str | None:
        """An institution noun -> the organisation named with it; a role noun -> the nearest earlier person the
        same role described, or for offices (Ministerin, Sprecher) the nearest earlier person; "eine X" -> None."""
        earlier = self.earlier_names(head.idx)
        lower = head.lemma_.lower()
        organisations = [e for e in earlier if e.label_ == "ORG" and lower in e.text.lower()]
        if indefinite or organisations or gazetteer.org_head(lower):
            return self.fullest(organisations[-1]._.canonical, "ORG") if organisations and not indefinite else None
        persons = [e for e in earlier if e.label_ == "PER"]
        described = [e for e in persons if self.described_by(e, head.lemma_)]
        chosen = described or (persons if gazetteer.is_role(lower) else [])
        return self.fullest(chosen[-1]._.canonical, "PER") if chosen else None

    def earlier_names(self, offset: int) -> list[Span]:
        """Names before an offset within the last few sentences."""
        index = self.context.sentence_index(offset)
        start = self.context.sentence_starts[max(0, index - RESOLVE_SENTENCES)]
        return self.names[bisect.bisect_left(self.name_starts, start):bisect.bisect_left(self.name_starts, offset)]

    def described_by(self, entity: Span, role: str) -> bool:
        """Whether the role noun stands right before or after the name ("der SPD-Politiker Peter Albrecht")."""
        doc = entity.doc
        near = (list(doc[max(0, entity.start - ROLE_DISTANCE):entity.start])
                + list(doc[entity.end:entity.end + ROLE_DISTANCE]))
        return any(t.lemma_ == role for t in near)
