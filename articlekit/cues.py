"""Cues and the clauses they govern: the speech verb, its dass/ob clause, zu-infinitive or Konjunktiv clause."""
from __future__ import annotations

from spacy.tokens import Token

from . import gazetteer, grammar
from .quote_context import QuoteContext
from .speech import frames, phrase_matcher, speech_verbs

ENDS = frozenset({",", ".", ";", "!", "?"})
COMPLEMENTIZERS = frozenset({"dass", "ob"})
CUE_TAGS = ("VVFIN", "VVPP", "VVINF")  # finite verbs, participles, infinitives (refused statements)
PURPOSE = frozenset({"um", "ohne", "statt", "anstatt"})  # "um ... zu schaffen" is no content of a cue


class Cues:
    """Finds cue verbs and the clauses after them in the sentences of one document."""

    def __init__(self, context: QuoteContext):
        """Keep the shared document state."""
        self.context = context
        self.verbs = speech_verbs()
        self.phrases = phrase_matcher(context.doc.vocab)(context.doc, as_spans=True)  # once per Doc

    def cue_of(self, token: Token, words: list[Token]) -> tuple[str, list[Token]] | None:
        """The cue lemma of a finite or participle speech verb (particle re-attached), with its tokens."""
        if token.pos_ != "VERB" or token.tag_ not in CUE_TAGS or self.context.in_quote(token):
            return None
        if token.tag_ == "VVINF" and not self.refused(token, words):
            return None  # an infinitive under a modal is an intention, unless refused ("wollte sich nicht äußern")
        after = words[words.index(token) + 1:]
        particle = next((t for t in after if t.tag_ == "PTKVZ"), None) if token.tag_ == "VVFIN" else None
        if particle is not None and particle.lower_ + token.lemma_ in self.verbs:
            return particle.lower_ + token.lemma_, [token, particle]
        phrase = self.phrase_cue(token, words)
        if phrase is not None and not any(self.context.in_quote(t) for t in phrase[1]):
            return phrase
        if token.lemma_ in self.verbs and particle is None:
            return token.lemma_, [token]
        return None

    def phrase_cue(self, verb: Token, words: list[Token]) -> tuple[str, list[Token]] | None:
        """A phrase cue of the sentence whose verb is `verb` ("brachte ... zum Ausdruck" -> "zum Ausdruck bringen")."""
        for match in self.phrases:
            if words[0].i <= match.start and match.end <= words[-1].i + 1 and \
                    match.label_.rsplit(" ", 1)[1] == verb.lemma_:
                return match.label_, [verb, *match]
        return None

    def refused(self, infinitive: Token, words: list[Token]) -> bool:
        """A negated infinitive under a modal in a main clause: "wollte sich nicht äußern" (a withheld statement)."""
        finite = self.finite_of(infinitive, words)
        opener = words[grammar.clause_start(words, words.index(infinitive))]
        if finite is infinitive or grammar.opens_subordinate_clause(opener) or opener.lower_ in COMPLEMENTIZERS:
            return False
        return any(t.lower_ in frames()["negations"] for t in words[words.index(finite) + 1:words.index(infinitive)])

    @staticmethod
    def finite_of(cue: Token, words: list[Token]) -> Token:
        """The finite verb of the cue's clause: the cue itself, or the auxiliary before a participle."""
        if cue.tag_ == "VVFIN":
            return cue
        before = [t for t in words if t.i < cue.i and t.tag_ in ("VAFIN", "VMFIN")]
        return before[-1] if before else cue

    def content_clause(self, cue: Token, words: list[Token]) -> list[Token]:
        """The dass/ob clause, Konjunktiv clause or zu-infinitive after a cue, up to the end or a trailing frame."""
        position = words.index(cue)
        for i in range(position + 1, len(words) - 1):
            token, nxt = words[i], words[i + 1]
            if self.context.in_quote(token):
                continue
            if token.text == "," and (nxt.lower_ in COMPLEMENTIZERS or self.reported_clause(words, position, i)):
                return self.until_clause_end(words, i + 1)  # "sagte, dass ...", "sagte, die Lage sei ernst"
            if token.text == "," and nxt.lower_ not in PURPOSE and self.zu_infinitive_follows(words, i + 1):
                return self.until_clause_end(words, i + 1) if self.only_content_nouns(words[position + 1:i], words) \
                    else []
            if token.text in (".", "!", "?", ";"):
                break
        return []

    def reported_clause(self, words: list[Token], cue: int, comma: int) -> bool:
        """A dass-less clause in Konjunktiv I or II right after the cue's clause ("sagte, sie hätten Angst")."""
        first_comma = next((i for i in range(cue + 1, len(words)) if words[i].text == ","), len(words))
        opener = words[grammar.clause_start(words, cue)]
        if grammar.opens_subordinate_clause(opener):  # "Während sie gehofft haben, könnte ...": no content
            return False
        return comma == first_comma and self.konjunktiv_clause(words, comma + 1)

    def only_content_nouns(self, between: list[Token], words: list[Token]) -> bool:
        """Nouns between cue and zu-infinitive are content nouns ("die Bereitschaft, ... zu führen") or adverbials."""
        nouns = [t for t in between if t.pos_ == "NOUN" and not gazetteer.is_role(t.lemma_)
                 and grammar.preposition_of(t, words, frames()["not_speakers"])
                 not in frames()["adverbial_prepositions"]]
        return all(t.text in frames()["content_nouns"] for t in nouns)

    @staticmethod
    def konjunktiv_clause(words: list[Token], start: int) -> bool:
        """Whether the clause from `start` has a finite verb in Konjunktiv I or II (a dass-less reported clause)."""
        for token in words[start:]:
            if token.text in ENDS:
                return False
            if grammar.is_konjunktiv(token):
                return True
        return False

    @staticmethod
    def zu_infinitive_follows(words: list[Token], start: int) -> bool:
        """Whether the clause from `start` ends in a zu-infinitive (zu führen, beizutragen)."""
        for token in words[start:]:
            if token.text in ENDS and not token.is_space:
                return False
            if token.tag_ in ("VVIZU", "PTKZU"):
                return True
        return False

    def until_clause_end(self, words: list[Token], start: int) -> list[Token]:
        """Tokens from `start` to the end of the sentence, without final punctuation or a trailing frame."""
        end = self.trim_end(words, start, len(words))
        frame = self.trailing_frame_start(words, start, end)
        return words[start:self.trim_end(words, start, frame) if frame is not None else end]

    def trim_end(self, words: list[Token], start: int, end: int) -> int:
        """Move an end back over punctuation that is not inside quotation marks."""
        while end > start and words[end - 1].is_punct and not self.context.in_quote(words[end - 1]):
            end -= 1
        return end

    def trailing_frame_start(self, words: list[Token], start: int, end: int) -> int | None:
        """Where a trailing ", wie aus X hervorgeht" or ", wie X mitteilte" begins."""
        for i in range(start, end - 1):
            if words[i].text == "," and words[i + 1].lower_ == "wie":
                tail = words[i + 2:end]
                if tail and (tail[-1].lemma_ in self.verbs or tail[-1].lemma_ == "hervorgehen"):
                    return i
        return None

    def reported_message(self, words, finite, cue, cue_tokens, speaker: dict) -> list[Token]:
        """What a speech act is about: the clause after verb and speaker, before a final participle or phrase."""
        used = {t.i for t in cue_tokens} | {finite.i}
        start = max(words.index(finite), *(words.index(t) for t in cue_tokens if t.i < finite.i or t == cue)) + 1
        if cue.tag_ == "VVPP" and cue.i > finite.i:
            start = words.index(finite) + 1
        while start < len(words) and speaker["speaker_start"] <= words[start].idx < speaker["speaker_end"]:
            start += 1
        end = len(words)
        while end > start and (words[end - 1].is_punct or words[end - 1].i in used):
            end -= 1
        while start < end and words[start].is_punct:
            start += 1
        message = words[start:end]
        return message if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in message) else []

    @staticmethod
    def withheld_act(words: list[Token], finite: Token, cue_tokens: list[Token], speaker: dict) -> list[Token]:
        """A negated speech act without content ("wollte sich nicht äußern"): its predicate, else nothing."""
        first = min(words.index(finite), *(words.index(t) for t in cue_tokens))
        last = max(words.index(finite), *(words.index(t) for t in cue_tokens))
        act = [t for t in words[first:last + 1]
               if not t.is_punct and not speaker["speaker_start"] <= t.idx < speaker["speaker_end"]]
        return act if any(t.lower_ in frames()["negations"] for t in act) else []
