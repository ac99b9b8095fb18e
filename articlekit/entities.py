"""Named entities (PER, LOC, ORG, MISC) from readable rules and word lists, plus name linking.

The rules, in the order they claim tokens (an earlier rule wins):
1. a quoted name after a noun: der Film „Das Parfum“, die Raumfähre „Discovery“ (MISC);
2. names of two or more words from the lists in articlekit/data/gazetteer/ ("Vereinigten Staaten"); named events:
   a capitalised adjective mid-sentence before an event noun ("das Pariser Abkommen", MISC), places:
   a town's adjective before a place noun ("der Kölner Dom", LOC), and roads by number ("die A 7", LOC);
3. an unknown name after a noun that says what it is, and names coordinated with it: "die Gemeinde X" (LOC),
   "der Konzern X" (ORG), "die Dörfer X, Y und Z" (LOC); then English names: a run of capitalised words, half
   of them English ("Detroit Red Wings", ORG unless a word says otherwise, MISC for titles: "Piece of Me");
4. persons: a role before a name ("Präsident X", "SPD-Politiker X"), a first name before a capitalised word
   (unless the run has an organisation's word: "Matthew Humberstone School"),
   a speech verb before a name ("sagte X"), two unknown names in a row (not after "in/nach/aus");
5. organisations: compounds like "-ministerium", heads with a name ("Institut für X"),
   legal forms ("X AG"), clubs and universities ("VfL X", "TU Berlin"), acronyms ("CNN"; not next to a
   number: "121,5 MHz");
6. one-word names from the lists, also inflected ("Russlands") or in other capitals ("Dax" for "DAX"); a
   one-word city only where it is tagged as a name or follows "in/nach/aus" ("Essen" is also a noun);
7. names found again: once "Anna Muster" is a person, "Muster" and "Musters" are too; an unknown
   one-word name keeps the label it got elsewhere in the text;
8. any other name (tagged NE): labelled by its words ("Group", "Avenue", "Bad X"), as a place after
   "in/nach/aus" (also with an adjective between: "im englischen X"), on a route ("von X nach Y"), after a
   direction ("südlich von X", "in der Nähe von X") or with a place-name ending ("-ingen", "-straße"), like a
   listed name it is coordinated with ("Berlin und X"), else as a person, unless it is a piece of a longer
   name ("Matto Grosso") or a product before its number ("Aragon 45");
9. names joined: an organisation goes on over an acronym, unknown name or place ("PKN Orlen", "ESV Lokomotive
   Zwickau"), a place over a linking word and a name ("Lido di Spina").

Every entity span gets `span._.canonical`: the name it refers to ("Musters" -> "Anna Muster").

Where the rules live: entity_rules (1-3, 6), english_names (3, English runs), person_names (4), organisations
(5), other_names (7-8), name_joins (9), entity_links (canonical names); name_cues answers questions about single
words; entity_claims keeps the claimed words and the window sizes, which are this component's config
(`nlp.get_pipe_config("articlekit_entities")`).
"""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import gazetteer
from .english_names import find_english_names
from .entity_claims import Claims, Windows
from .entity_links import link
from .entity_rules import find_described, find_listed, find_named_events, find_quoted_names, find_roads
from .name_joins import join_names
from .organisations import find_organisations
from .other_names import find_other_names, find_repeated_names
from .person_names import find_persons

Span.set_extension("canonical", default=None, force=True)


def find_entities(doc: Doc, windows: Windows = Windows()) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """Run the rules in order; return the spans and their canonical names."""
    claims = Claims(doc, windows)
    find_quoted_names(claims)
    find_listed(claims, 2, gazetteer.MAX_WORDS)
    find_named_events(claims)
    find_roads(claims)
    find_described(claims)
    find_english_names(claims)
    find_persons(claims)
    find_organisations(claims)
    find_listed(claims, 1, 1)
    find_repeated_names(claims)
    find_other_names(claims)
    join_names(claims)
    return sorted(claims.spans, key=lambda span: span.start), link(claims)  # they never overlap (Claims.add)


class EntityRecognizer:
    """The entity component: rules and word lists, nothing to train; its settings are the rules' windows."""

    def __init__(self, windows: Windows):
        self.windows = windows

    def __call__(self, doc: Doc) -> Doc:
        """Set doc.ents and each entity's canonical name."""
        spans, canonical = find_entities(doc, self.windows)
        doc.ents = spans
        for span in spans:  # the spans doc.ents holds (reading doc.ents back makes them anew)
            span._.canonical = canonical.get((span.start, span.end), span.text)
        return doc


@Language.factory("articlekit_entities", default_config=asdict(Windows()),
                  assigns=["doc.ents", "span._.canonical"],
                  requires=["token.is_sent_start", "token.tag", "token.pos", "token.lemma"])
def make_entities(nlp: Language, name: str, title_words: int, quoted_name_words: int, described_words: int,
                  person_words: int, bracket_lookback: int, club_words: int, legal_form_words: int,
                  head_name_words: int, other_name_words: int) -> EntityRecognizer:
    """Build the entity component from its config (window sizes, see entity_claims.Windows)."""
    return EntityRecognizer(Windows(title_words, quoted_name_words, described_words, person_words, bracket_lookback,
                                    club_words, legal_form_words, head_name_words, other_name_words))

