"""Time rules are registered in one place: each has an example, and its trigger words pass the pre-filter."""
import datetime as dt

import pytest

from articlekit import parse
from articlekit.timeline import find_timexes
from articlekit.timex_rules import RULES, Context, is_time_word, rules_at, rules_for
from articlekit.timex_values import Absolute, Relative, Vague, Weekday, Yearless, resolve, value_span
from articlekit.timex_words import entries
from articlekit.timexes import TimexFinder

# One unseen example per registered rule: a new rule without an example here fails the first test.
EXAMPLES = {
    "explicit_date": ("Am 3. März 2024 war er in Berlin.", "3. März 2024"),
    "modified_period": ("Bis Ende des Jahrzehnts soll das erledigt sein.", "Ende des Jahrzehnts"),
    "anniversary": ("Der Verein feiert seinen 50. Jahrestag.", "50. Jahrestag"),
    "shifted_unit": ("Im vergangenen Jahr stieg der Umsatz.", "vergangenen Jahr"),
    "decade": ("In den 1980ern war das anders.", "1980ern"),
    "part_of_year": ("Im dritten Quartal sinkt der Umsatz.", "dritten Quartal"),
    "weekend": ("Am Wochenende regnete es.", "Wochenende"),
    "season": ("Im Sommer 2024 war es heiß.", "Sommer 2024"),
    "weekday": ("Am Montagabend tagte der Rat.", "Montagabend"),
    "deictic_day": ("Gestern Abend brannte eine Scheune.", "Gestern Abend"),
    "clock_time": ("Um 14.30 Uhr begann die Sitzung.", "14.30 Uhr"),
    "year": ("Im Jahr 2019 begann der Bau.", "Jahr 2019"),
    "numbered_span": ("Vor drei Jahren begann der Bau.", "Vor drei Jahren"),
    "repetition": ("Jeden Montag trifft sich der Chor.", "Jeden Montag"),
    "bare_duration": ("Nur Minuten später kam die Polizei.", "Minuten"),
    "vague": ("Bald beginnt der Bau.", "Bald"),
}


def test_every_registered_rule_has_an_example():
    assert {r.name for r in RULES} == set(EXAMPLES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_each_rule_finds_its_example_through_the_pre_filter(rule):
    text, expression = EXAMPLES[rule.name]
    sentence = next(parse(text).sents)
    tokens = [t for t in sentence if not t.is_space]
    i = next(k for k, t in enumerate(tokens) if t.idx == text.index(expression))
    context = Context(sentence, None, lambda s, offset: None)
    context.match = lambda toks, j: TimexFinder.match(toks, j, context)
    hit = rule.find(context, tokens, i)
    assert hit is not None
    last = tokens[hit.end - 1]
    assert text[tokens[i].idx:last.idx + len(last.text)] == expression
    assert is_time_word(tokens[i].text.lower()) or is_time_word(tokens[i + 1].text.lower())
    assert rule in rules_at(tokens[i].text.lower(), tokens[i + 1].text.lower())  # its own triggers reach it
    assert expression in [t.text for t in find_timexes(parse(text), dt.date(2025, 3, 13))]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_trigger_word_passes_the_pre_filter(rule):
    for trigger in rule.triggers:
        name = trigger.removeprefix("prefix:")
        words = entries(name) if name in ("months", "weekdays", "weekends", "seasons", "days", "sets", "vague",
                                           "numbers", "modifiers", "shifts", "ordinals", "units",
                                           "month_abbreviations") else [trigger]
        for word in words:
            assert word == "#digits" or (is_time_word(word) and rule.name in rules_for(word)), (rule.name, word)


@pytest.mark.parametrize("value, dct, direction, expected", [
    (Absolute("2024-03-03"), None, 0, "2024-03-03"),
    (Vague("FUTURE_REF"), dt.date(2025, 1, 1), 1, "FUTURE_REF"),
    (Relative("jahr", -1), dt.date(2025, 6, 2), 0, "2024"),
    (Relative("neujahr", 0), dt.date(2025, 11, 20), 0, "2026"),
    (Relative("tag", 1, clock="EV"), dt.date(2025, 6, 2), 0, "2025-06-03TEV"),
    (Weekday(0), dt.date(2025, 6, 4), -1, "2025-06-02"),
    (Weekday(0), dt.date(2025, 6, 4), 1, "2025-06-09"),
    (Weekday(5, weekend=True), None, 0, "XXXX-WXX-WE"),
    (Yearless(1), dt.date(2025, 6, 2), 1, "2026-01"),
    (Yearless(9, part="FA"), dt.date(2025, 6, 2), -1, "2024-FA"),
    (Yearless(5, 5), None, -1, "XXXX-05-05"),
])
def test_one_function_resolves_every_typed_value(value, dct, direction, expected):
    assert resolve(value, dct, direction) == expected


def test_habits_resolve_to_sets():
    assert resolve(Relative("neujahr", 0, habit="XXXX-01-01"), dt.date(2025, 1, 21), habitual=True) == "XXXX-01-01"
    assert resolve(Weekday(0), dt.date(2025, 1, 21), habitual=True) == "XXXX-WXX-1"
    assert resolve(Yearless(5), dt.date(2025, 1, 21), habitual=True) == "XXXX-05"


def test_a_date_in_a_habit_is_a_set():
    found = find_timexes(parse("Es ist Tradition, dass der Chor im Mai in der Kirche singt."), dt.date(2025, 3, 1))
    assert [(t.text, t.type, t.value) for t in found] == [("Mai", "SET", "XXXX-05")]
    assert value_span("XXXX-05") is None  # a SET is not drawn as one dated stretch


@pytest.mark.parametrize("text, expression, mod", [
    ("Er kam etwa im März.", "März", "APPROX"),
    ("Die Arbeiten enden circa 2027.", "2027", "APPROX"),
    ("Rund um das neue Jahr telefonieren sie traditionell.", "das neue Jahr", "APPROX"),
    ("Um 14 Uhr begann die Sitzung.", "14 Uhr", None),
    ("Im März kam er.", "März", None),
])
def test_approximating_words_set_the_mod(text, expression, mod):
    found = {t.text: t.mod for t in find_timexes(parse(text), dt.date(2025, 6, 2))}
    assert found[expression] == mod
