"""Time expressions (TIMEX3) resolved against the article's date, and a timeline of events.

Time expressions are found by readable rules over tokens, robust to German inflection
("Jährliche", "jährlichen"); their values follow TIMEX3: "2025", "2024-FA", "2025-W04",
"2025-03-13TEV", "P3D", "PTXH", "P1Y" (with type SET), "FUTURE_REF". Vague words keep vague
values: the kit never invents a date. Extent: the expression without a preposition that only
places it ("im vergangenen Jahr" -> "vergangenen Jahr"); "vor" and "in" before a number stay,
because they change the value ("vor drei Jahren").
Word lists: articlekit/data/time_words.toml; world knowledge: articlekit/data/world_events.toml.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .article import in_spans
from .entities import canonical_names
from .resources import settings, word_list

INFLECTION = ("", "e", "en", "er", "es", "em", "n", "s")
DATE_TOKEN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
CLOCK = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")
DECADE = re.compile(r"^(\d{4}|\d0)er(?:-?Jahren?)?n?$")  # 1990er, 90er, 1990er-Jahre, 1980ern


@dataclass
class Timex:
    """One time expression; offsets index the article text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    def record(self) -> dict:
        record = asdict(self)
        if self.mod is None:
            del record["mod"]
        return record


def words() -> dict:
    return settings("time_words.toml")


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries (keys) of one word list of articlekit/data/time_words.toml."""
    return tuple(words()[name])


def stem_in(token: Token, table: tuple[str, ...]) -> str | None:
    """The entry of a word list that a token inflects ("jährlichen" -> "jährlich"), or None."""
    return _stem(token.text.lower(), table)


@lru_cache(maxsize=200_000)
def _stem(lower: str, entries: tuple[str, ...]) -> str | None:
    for ending in INFLECTION:
        if ending == "" or lower.endswith(ending):
            base = lower[: len(lower) - len(ending)] if ending else lower
            if base in entries:
                return base
    return None


def unit_of(token: Token) -> str | None:
    """The time unit a noun names, singular or plural (Jahr, Jahre, Jahren, Jahres -> jahr)."""
    lemma = token.lemma_.lower()
    if lemma in words()["units"]:
        return lemma
    return stem_in(token, entries("units"))


def is_plural(token: Token) -> bool:
    """Jahre, Jahren, Wochen (not the genitive Jahres or the singular Woche)."""
    text, lemma = token.text.lower(), token.lemma_.lower()
    return text != lemma and text.endswith(("e", "en", "n")) and text not in (lemma + "s", lemma + "es")


def shift_date(date: dt.date, unit: str, amount: int) -> str:
    """The TIMEX3 value of the unit `amount` steps away from `date` (year, month, week, day, decade)."""
    if unit == "jahr":
        return f"{date.year + amount:04d}"
    if unit == "monat":
        month = date.year * 12 + date.month - 1 + amount
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "woche":
        year, week, _ = (date + dt.timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "tag":
        return (date + dt.timedelta(days=amount)).isoformat()
    if unit == "jahrzehnt":
        return f"{date.year // 10 + amount:03d}"
    if unit == "jahrhundert":
        return f"{date.year // 100 + amount:02d}"
    if unit == "quartal":
        quarter = date.year * 4 + (date.month - 1) // 3 + amount
        return f"{quarter // 4:04d}-Q{quarter % 4 + 1}"
    return "XXXX"


def past_tense(sentence: Span) -> bool | None:
    """True for past (Präteritum/Perfekt), False for future (werden + infinitive), None if unclear."""
    finite = [t for t in sentence if t.tag_ in ("VVFIN", "VAFIN", "VMFIN")]
    if any(t.lemma_ == "werden" for t in finite) and any(t.tag_ == "VVINF" for t in sentence):
        return False
    if any(t.tag_ == "VVPP" for t in sentence) and any(t.lemma_ in ("haben", "sein") for t in finite):
        return True
    if any(t.text.lower().endswith(("te", "ten")) or t.text.lower() in ("war", "waren") for t in finite):
        return True
    if any(stem_in(t, entries("past_stems")) for t in finite):
        return True
    return None


class TimexFinder:
    """Finds time expressions in the sentences of a document, resolved against `date`."""

    def __init__(self, doc: Doc, date: dt.date | None):
        self.doc, self.date, self.words = doc, date, words()
        self.text = doc.text
        self.found: list[Timex] = []

    def find(self) -> list[Timex]:
        for sentence in self.doc.sents:
            tokens = [t for t in sentence if not t.is_space]
            i = 0
            while i < len(tokens):
                names = tokens[i].ent_type_ in ("PER", "LOC", "ORG")  # "Petra Sommer" is no season
                hit = None if names else self.match(tokens, i, sentence)
                if hit:
                    end, kind, value, mod = hit
                    start_token, end_token = tokens[i], tokens[end - 1]
                    start, stop = start_token.idx, end_token.idx + len(end_token.text)
                    self.found.append(Timex(start, stop, self.text[start:stop], kind, value, mod))
                    i = end
                else:
                    i += 1
        return self.found

    def match(self, tokens: list[Token], i: int, sentence: Span):
        """Try each rule at position i; return (end, type, value, mod) or None."""
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if not (is_time_word(tokens[i].text.lower()) or is_time_word(following)):
            return None  # most words are neither time words nor right before one
        for rule in (self.explicit_date, self.modified_period, self.anniversary, self.shifted_unit, self.decade,
                     self.part_of_year, self.weekend, self.season, self.weekday, self.deictic_day, self.clock_time,
                     self.year, self.numbered_span, self.repetition, self.bare_duration, self.vague):
            hit = rule(tokens, i, sentence)
            if hit:
                return hit
        return None

    # ---------------------------------------------------------------- rules

    def month_at(self, token: Token) -> int | None:
        lower = token.text.lower().rstrip(".")
        if lower in self.words["months"]:
            return self.words["months"].index(lower) + 1
        return self.words["month_abbreviations"].get(lower)

    def year_at(self, token: Token) -> int | None:
        text = token.text
        return int(text) if len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2199 else None

    def explicit_date(self, tokens, i, sentence):
        """21.01.2025; 21. Januar 2025; 21. Januar; Januar 2025."""
        token = tokens[i]
        if m := DATE_TOKEN.match(token.text):
            day, month, year = int(m[1]), int(m[2]), int(m[3])
            year = year + 2000 if year < 100 else year
            return self.checked_date(i + 1, year, month, day)
        if token.text.endswith(".") and token.text[:-1].isdigit() and i + 1 < len(tokens):
            month = self.month_at(tokens[i + 1])
            if month:
                year = self.year_at(tokens[i + 2]) if i + 2 < len(tokens) else None
                if year:
                    return self.checked_date(i + 3, year, month, int(token.text[:-1]))
                if self.date:
                    day = int(token.text[:-1])
                    return self.checked_date(i + 2, self.year_by_tense(sentence, month, day), month, day)
                return i + 2, "DATE", f"XXXX-{month:02d}-{int(token.text[:-1]):02d}", None
        month = self.month_at(token)
        if month and token.text[0].isupper() and token.text.lower().rstrip(".") in self.words["months"]:
            year = self.year_at(tokens[i + 1]) if i + 1 < len(tokens) else None
            if year:
                return i + 2, "DATE", f"{year:04d}-{month:02d}", None
            year = self.year_by_tense(sentence, month) if self.date else None
            return i + 1, "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}", None
        return None

    def year_by_tense(self, sentence: Span, month: int, day: int | None = None) -> int:
        """The year of a date without one: the article's, unless the tense points across the turn of the year
        ("im Mai kam er an" in a January article is last May; "im Dezember wird gewählt" this December)."""
        later = (month, day or 1) > (self.date.month, self.date.day if day else 1)
        tense = past_tense(sentence)
        if tense is True and later:
            return self.date.year - 1
        if tense is False and (month, day or 31) < (self.date.month, self.date.day):
            return self.date.year + 1
        return self.date.year

    @staticmethod
    def checked_date(end, year, month, day):
        try:
            return end, "DATE", dt.date(year, month, day).isoformat(), None
        except ValueError:
            return None

    def modified_period(self, tokens, i, sentence):
        """Anfang/Mitte/Ende + (des) [shift] unit, month or year: "Ende des Jahrzehnts", "Mitte 2025"."""
        mod = self.words["modifiers"].get(tokens[i].text.lower())
        if mod is None or i + 1 >= len(tokens):
            return None
        j = i + 1
        if tokens[j].text.lower() in ("des", "der", "dieses", "diesen", "nächsten", "vergangenen", "kommenden"):
            j += 1 if tokens[j].text.lower() in ("des", "der") else 0
        inner = self.match(tokens, j, sentence)
        if inner is None and j < len(tokens) and (unit := unit_of(tokens[j])) and self.date:
            inner = (j + 1, "DATE", shift_date(self.date, unit, 0), None)
        if inner and inner[1] == "DATE":
            return inner[0], "DATE", inner[2], mod
        return None

    def anniversary(self, tokens, i, sentence):
        """ "80. Jahrestag": the year of the event it marks (world knowledge) plus 80."""
        token = tokens[i]
        if not (token.text.endswith(".") and token.text[:-1].isdigit() and i + 1 < len(tokens)):
            return None
        if stem_in(tokens[i + 1], entries("anniversaries")) is None:
            return None
        years = int(token.text[:-1])
        marked = [e for e in events_in_sentence(sentence, self.date) if e["start"][:4].isdigit()]
        after = [e for e in marked if e["evidence"]["start"] > token.idx]  # "Jahrestag des Sieges ..."
        base = min(after or marked, key=lambda e: e["evidence"]["start"], default=None)
        value = f"{int(base['start'][:4]) + years:04d}" if base else "XXXX"
        return i + 2, "DATE", value, None

    def shifted_unit(self, tokens, i, sentence):
        """ "diesem Jahr", "vergangenen Jahr", "nächste Woche", "das neue Jahr", "kommenden Jahren"."""
        j = i + 1 if tokens[i].pos_ == "DET" and stem_in(tokens[i], entries("shifts")) is None else i
        if j + 1 >= len(tokens):
            return None
        shift_word = stem_in(tokens[j], entries("shifts"))
        if shift_word is None:
            return None
        unit_token = tokens[j + 1]
        season = stem_in(unit_token, entries("seasons"))
        unit = unit_of(unit_token)
        if unit is None and season is None:
            return None
        amount = self.words["shifts"][shift_word]
        plural = unit is not None and is_plural(unit_token)
        if plural and unit:
            return j + 2, "DATE", "FUTURE_REF" if amount > 0 else "PAST_REF" if amount < 0 else "PRESENT_REF", None
        if self.date is None:
            return j + 2, "DATE", "XXXX", None
        if season:
            year = self.date.year + amount
            return j + 2, "DATE", f"{year:04d}-{self.words['seasons'][season]}", None
        if shift_word == "neu" and unit == "jahr" and self.date.month >= 11:
            amount = 1  # "das neue Jahr" in November or December is the coming one
        return j + 2, "DATE", shift_date(self.date, unit, amount), None

    def decade(self, tokens, i, sentence):
        """ "die 1990er Jahre", "der 90er-Jahre", "in den 1980ern": a decade (TIMEX3 "199")."""
        m = DECADE.match(tokens[i].text)
        if not m:
            return None
        digits = m[1] if len(m[1]) == 4 else "19" + m[1]
        end = i + 1 + (i + 1 < len(tokens) and unit_of(tokens[i + 1]) == "jahr")
        return end, "DATE", digits[:3], None

    def part_of_year(self, tokens, i, sentence):
        """ "im dritten Quartal", "im ersten Halbjahr 2024": TIMEX3 "2025-Q3", "2024-H1"."""
        number = self.words["ordinals"].get(tokens[i].text.lower())
        if number is None or i + 1 >= len(tokens):
            return None
        kind = self.words["halves"].get(stem_in(tokens[i + 1], tuple(self.words["halves"])) or "")
        if kind is None or (kind == "H" and number > 2):
            return None
        year = self.year_at(tokens[i + 2]) if i + 2 < len(tokens) else None
        if year is None and self.date is None:
            return i + 2, "DATE", f"XXXX-{kind}{number}", None
        first_month = (number - 1) * (3 if kind == "Q" else 6) + 1
        end = i + 3 if year else i + 2
        return end, "DATE", f"{year or self.year_by_tense(sentence, first_month):04d}-{kind}{number}", None

    def weekend(self, tokens, i, sentence):
        """ "am Wochenende": the coming one, or the last one if told in the past (TIMEX3 "2025-W04-WE")."""
        if stem_in(tokens[i], ("wochenende",)) is None:
            return None
        if self.date is None:
            return i + 1, "DATE", "XXXX-WXX-WE", None
        saturday = self.date + dt.timedelta(days=5 - self.date.weekday())
        if past_tense(sentence) and saturday > self.date:
            saturday -= dt.timedelta(days=7)
        year, week, _ = saturday.isocalendar()
        return i + 1, "DATE", f"{year:04d}-W{week:02d}-WE", None

    def season(self, tokens, i, sentence):
        """ "im Sommer", "im Frühjahr 2024": the season of the article's or the given year (TIMEX3 "2025-SU")."""
        found = stem_in(tokens[i], entries("seasons"))
        if found is None or not tokens[i].text[0].isupper():
            return None
        given = self.year_at(tokens[i + 1]) if i + 1 < len(tokens) else None
        year = f"{given:04d}" if given else f"{self.date.year:04d}" if self.date else "XXXX"
        return i + 1 + bool(given), "DATE", f"{year}-{self.words['seasons'][found]}", None

    def weekday(self, tokens, i, sentence):
        """ "Montag", "Montagabend": the nearest such day, before the article's date if told in the past."""
        lower = tokens[i].text.lower()
        day = next((d for d in self.words["weekdays"] if lower.startswith(d)), None)
        if day is None or not tokens[i].text[0].isupper():
            return None
        part = self.words["parts_of_day"].get(lower[len(day):]) if lower != day else None
        if lower != day and part is None and stem_in(tokens[i], (day,)) is None:
            return None
        if self.date is None:
            return i + 1, "DATE", f"XXXX-WXX-{self.words['weekdays'].index(day) + 1}", None
        named = self.explicit_date(tokens, i + 3, sentence) if i + 3 < len(tokens) and tokens[i + 1].text == "," \
            and tokens[i + 2].text.lower() in ("dem", "den") else None
        if named and not part:  # "am Sonntag, dem 19. Januar": the date says which Sunday
            return i + 1, "DATE", named[2], None
        target = self.words["weekdays"].index(day)
        delta = (target - self.date.weekday()) % 7
        if past_tense(sentence) and delta:
            delta -= 7
        value = (self.date + dt.timedelta(days=delta)).isoformat()
        return i + 1, "TIME" if part else "DATE", value + (f"T{part}" if part else ""), None

    def deictic_day(self, tokens, i, sentence):
        """ "heute", "gestern Abend", "morgen": days counted from the article's date."""
        lower = tokens[i].text.lower()
        if lower not in self.words["days"] or (lower == "morgen" and tokens[i].text[0].isupper()):
            return None
        if self.date is None:
            return i + 1, "DATE", "XXXX", None
        value = (self.date + dt.timedelta(days=self.words["days"][lower])).isoformat()
        if i + 1 < len(tokens) and (part := self.words["parts_of_day"].get(tokens[i + 1].text.lower())):
            return i + 2, "TIME", f"{value}T{part}", None
        return i + 1, "DATE", value, None

    def clock_time(self, tokens, i, sentence):
        """ "14 Uhr", "14.30 Uhr", "14:30 Uhr" on the article's date."""
        m = CLOCK.match(tokens[i].text)
        if not m or i + 1 >= len(tokens) or tokens[i + 1].text != "Uhr" or int(m[1]) > 24:
            return None
        day = self.date.isoformat() if self.date else "XXXX-XX-XX"
        return i + 2, "TIME", f"{day}T{int(m[1]):02d}:{m[2] or '00'}", None

    def year(self, tokens, i, sentence):
        """A four-digit year, unless a noun follows ("2000 Soldaten"); "Jahr 2025" keeps "Jahr"."""
        year = self.year_at(tokens[i])
        if year is None:
            if unit_of(tokens[i]) == "jahr" and i + 1 < len(tokens) and self.year_at(tokens[i + 1]):
                return i + 2, "DATE", tokens[i + 1].text, None
            return None
        if i + 1 < len(tokens) and tokens[i + 1].pos_ == "NOUN" and not unit_of(tokens[i + 1]):
            return None
        return i + 1, "DATE", f"{year:04d}", None

    def numbered_span(self, tokens, i, sentence):
        """ "drei Tage" (P3D), "seit zwei Jahren", "vor drei Jahren" (a date), "in zwei Wochen"."""
        start = i
        lower = tokens[i].text.lower()
        direction = {"vor": -1, "in": 1}.get(lower)
        j = i + 1 if direction else i
        if j + 1 >= len(tokens):
            return None
        number = self.number_at(tokens[j])
        unit = unit_of(tokens[j + 1]) if number is not None else None
        if unit is None:
            return None
        letter = self.words["units"][unit]
        if direction and self.date and unit in ("jahr", "monat", "woche", "tag"):
            return j + 2, "DATE", shift_date(self.date, unit, direction * number), None
        if direction:
            start = j
        prefix = "PT" if unit in ("stunde", "minute", "sekunde") else "P"
        if unit == "jahrzehnt":
            number, letter = number * 10, "Y"
        return j + 2, "DURATION", f"{prefix}{number}{letter}", None if start == j else None

    def number_at(self, token: Token) -> int | None:
        if token.text.isdigit():
            return int(token.text)
        return self.words["numbers"].get(token.text.lower())

    def repetition(self, tokens, i, sentence):
        """ "jährlich(e/en)" -> P1Y; "jedes Jahr", "jeden Montag" -> SET."""
        found = stem_in(tokens[i], entries("sets"))
        if found:
            return i + 1, "SET", self.words["sets"][found], None
        if tokens[i].text.lower() in ("jedes", "jeden", "jede", "jedem") and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if (unit := unit_of(nxt)) is not None:
                return i + 2, "SET", f"P1{self.words['units'][unit]}", None
            day = next((d for d in self.words["weekdays"] if nxt.text.lower() == d), None)
            if day:
                return i + 2, "SET", f"XXXX-WXX-{self.words['weekdays'].index(day) + 1}", None
        return None

    def bare_duration(self, tokens, i, sentence):
        """A plural unit without a number: "Stunden" -> PTXH, "Jahre" -> PXY ("nur Stunden nach ...")."""
        token = tokens[i]
        unit = unit_of(token)
        if unit is None or token.pos_ != "NOUN" or not is_plural(token):
            return None
        if i > 0 and tokens[i - 1].pos_ in ("DET", "ADJ", "NUM"):
            return None
        prefix = "PT" if unit in ("stunde", "minute", "sekunde") else "P"
        return i + 1, "DURATION", f"{prefix}X{self.words['units'][unit]}", None

    def vague(self, tokens, i, sentence):
        """ "bald", "jetzt", "künftig": a vague reference, never a date."""
        value = self.words["vague"].get(tokens[i].text.lower())
        if value is None or tokens[i].pos_ not in ("ADV", "ADJ"):
            return None
        return i + 1, "DATE", value, None


@lru_cache(maxsize=200_000)
def is_time_word(lower: str) -> bool:
    """Whether a word can take part in a time expression (a quick filter before the rules run)."""
    if any(char.isdigit() for char in lower) or lower in ("vor", "in", "jedes", "jeden", "jede", "jedem", "uhr"):
        return True
    lists = ("months", "month_abbreviations", "seasons", "parts_of_day", "units", "days", "sets", "vague",
             "numbers", "modifiers", "shifts", "anniversaries", "ordinals", "halves")
    if lower.startswith("wochenende"):
        return True
    if any(lower.startswith(day) for day in entries("weekdays")):
        return True
    return any(_stem(lower.rstrip("."), entries(name)) for name in lists)


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into the next year


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 date value covers ("2024" -> the whole year), or None if vague."""
    import calendar

    value = value.split("T")[0]
    if re.fullmatch(r"\d{3}", value):  # a decade: "202" -> 2020-2029
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, last = SEASON_MONTHS[m[2]]
        year = int(m[1])
        end = dt.date(year + last // 13, (last - 1) % 12 + 1, 1)
        return dt.date(year, first, 1), end.replace(day=calendar.monthrange(end.year, end.month)[1])
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2])
        end_month = quarter * 3
        return dt.date(year, end_month - 2, 1), dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, first = int(m[1]), 1 if m[2] == "1" else 7
        return dt.date(year, first, 1), dt.date(year, first + 5, 30 if first == 1 else 31)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else (monday, monday + dt.timedelta(days=6))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day, day


# ---------------------------------------------------------------- events

def world_events() -> list[dict]:
    return settings("world_events.toml")["event"]


@lru_cache(maxsize=1)
def world_event_index() -> dict[str, list[dict]]:
    """Trigger noun -> the world events it can name."""
    index: dict[str, list[dict]] = {}
    for event in world_events():
        for noun in event["nouns"]:
            index.setdefault(noun, []).append(event)
    return index


def events_in_sentence(sentence: Span, date: dt.date | None) -> list[dict]:
    """World-knowledge events that a sentence names: a trigger noun plus, where required, a name."""
    index = world_event_index()
    if not any(token.lemma_ in index or token.text in index for token in sentence):
        return []
    canonical = canonical_names(sentence.doc)
    names = {canonical[t.i] for t in sentence if t.i in canonical}
    found = []
    for token in sentence:
        matches = index.get(token.lemma_, []) + [e for e in index.get(token.text, []) if token.text != token.lemma_]
        matches = [e for e in matches if all(name in names for name in e["with"])]
        if date is not None:
            matches = [e for e in matches if e["start"] <= date.isoformat()] or matches
        if matches:
            best = max(matches, key=lambda e: e["start"])
            found.append({"label": best["label"], "start": best["start"], "end": best.get("end"),
                          "evidence": {"start": token.idx, "end": token.idx + len(token.text)},
                          "origin": "world-knowledge", "note": best["source"]})
    return found


def event_noun(token: Token) -> bool:
    """A noun that names an event (articlekit/data/event_nouns.txt), also as the end of a compound."""
    lower = token.text.lower().replace("-", "")
    return token.pos_ == "NOUN" and any(lower.rstrip("s").endswith(noun) or lower.endswith(noun)
                                        for noun in word_list("event_nouns.txt"))


def find_timexes(doc: Doc, date: dt.date | None) -> list[Timex]:
    """All time expressions of a parsed text."""
    return TimexFinder(doc, date).find()


def find_events(doc: Doc, date: dt.date | None, timexes: list[Timex], quotes: list[dict],
                body: list[tuple[int, int]] | None = None) -> list[dict]:
    """Events for the timeline: dated clauses, world knowledge, anniversaries, order signals, speech."""
    events: list[dict] = []
    in_body = (lambda offset: body is None or in_spans(body, offset))
    starts = [t.start for t in timexes]
    for sentence in doc.sents:
        if not in_body(sentence.start_char):
            continue
        first, last = bisect.bisect_left(starts, sentence.start_char), bisect.bisect_left(starts, sentence.end_char)
        named = events_in_sentence(sentence, date)
        events += named
        events += dated_clauses(sentence, timexes[first:last], date)
        events += order_signals(sentence, named)
    events += lead_events(doc, date, body)
    events += speech_events(quotes, date)
    return unique(events)


def dated_clauses(sentence: Span, timexes: list[Timex], date: dt.date | None) -> list[dict]:
    """An event for each dated or vague time expression: what happens then, in the words of the text."""
    found = []
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.value.startswith("X"):
            continue
        label = clause_after(sentence, timex)
        if timex.value.endswith("_REF"):
            start = date.isoformat() if date else None
            mod = {"FUTURE_REF": "AFTER", "PAST_REF": "BEFORE"}.get(timex.value, "APPROX")
            found.append({"label": f"{timex.text}: {label}", "start": start, "end": None,
                          "evidence": {"start": timex.start, "end": timex.end}, "origin": "text", "mod": mod})
        else:
            found.append({"label": f"{timex.text}: {label}", "start": timex.value, "end": None,
                          "evidence": {"start": timex.start, "end": timex.end}, "origin": "text"})
    return found


def clause_after(sentence: Span, timex: Timex, limit: int = 6) -> str:
    """Up to `limit` words after a time expression, to the end of its clause: the event's label."""
    tail = [t for t in sentence if t.idx >= timex.end and not t.is_space]
    words_ = []
    for token in tail:
        if token.text in (",", ".", ";", ":", "!", "?", "“", "„"):
            break
        words_.append(token.text)
    if not words_:
        words_ = [t.text for t in sentence if t.idx < timex.start and not t.is_punct][-limit:]
    return " ".join(words_[:limit])


def order_signals(sentence: Span, anchors: list[dict]) -> list[dict]:
    """ "(nur) Stunden/Tage nach der X": an event right after X, a dated world event of the sentence."""
    found = []
    tokens = [t for t in sentence if not t.is_space]
    for i, token in enumerate(tokens[:-1]):
        unit = unit_of(token)
        if unit in ("stunde", "tag", "minute") and tokens[i + 1].text.lower() in ("nach", "vor"):
            anchor = next((a for a in anchors if a["evidence"]["start"] > token.idx and len(a["start"]) == 10), None)
            if anchor is None:
                continue
            base = dt.date.fromisoformat(anchor["start"])
            step = dt.timedelta(days=1 if unit != "tag" else 7)
            after = tokens[i + 1].text.lower() == "nach"
            subject = next((t for t in tokens[:i] if t.pos_ == "NOUN"), token)
            found.append({"label": f"{subject.text}, {token.text} {tokens[i + 1].text.lower()}: {anchor['label']}",
                          "start": base.isoformat() if after else (base - step).isoformat(),
                          "end": (base + step).isoformat() if after else base.isoformat(),
                          "evidence": {"start": token.idx, "end": tokens[i + 1].idx + len(tokens[i + 1].text)},
                          "origin": "text"})
    return found


def lead_events(doc: Doc, date: dt.date | None, body: list[tuple[int, int]] | None) -> list[dict]:
    """Event nouns of the first sentence: news leads report what happened on the article's date."""
    if date is None:
        return []
    first = next((s for s in doc.sents if s.text.strip() and (body is None or in_spans(body, s.start_char))), None)
    if first is None:
        return []
    dated = {event["evidence"]["start"] for event in events_in_sentence(first, date)}  # world knowledge has them
    return [{"label": token.text, "start": date.isoformat(), "end": None,
             "evidence": {"start": token.idx, "end": token.idx + len(token.text)}, "origin": "text", "mod": "APPROX"}
            for token in first if event_noun(token) and token.idx not in dated]


def speech_events(quotes: list[dict], date: dt.date | None) -> list[dict]:
    """Who said something, on or before the article's date (the article only reports it)."""
    found = []
    for quote in quotes:
        if quote["kind"] == "partial" or not quote["speaker"] or quote["cue_start"] is None:
            continue
        found.append({"label": f"{quote['speaker']}: {quote['cue']}", "start": date.isoformat() if date else None,
                      "end": None, "evidence": {"start": quote["cue_start"], "end": quote["cue_end"]},
                      "origin": "text", "mod": "ON_OR_BEFORE"})
    return found


def unique(events: list[dict]) -> list[dict]:
    """Drop repeated world-knowledge events (the first mention is the evidence) and sort by date."""
    seen, result = set(), []
    for event in events:
        key = (event["label"], event["origin"]) if event["origin"] == "world-knowledge" else id(event)
        if key not in seen:
            seen.add(key)
            result.append(event)
    return sorted(result, key=lambda e: (e["start"] or "9999", e["label"]))
