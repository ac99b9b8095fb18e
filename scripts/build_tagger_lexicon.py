"""Build articlekit/data/tagger_lexicon.bin: HanTa's analyses of frequent German word forms, made offline.

The tagger then looks words up instead of analysing them (about 1 ms each). The forms come from
wordfreq's German list (wordfreq 3.1.1; its data is CC BY-SA 4.0, see articlekit/data/README_tagger_lexicon.md),
plus numbers in the usual news formats (wordfreq replaces digits), all independent of every
evaluation set the kit uses (SpkAtt, UD GSD, GermEval, the corpus);
the analyses are HanTa's own, computed by articlekit.hanta_fast, which gives exactly HanTa's results.
Only the forms are used, never their frequencies. wordfreq is needed for building only:

    pip install wordfreq==3.1.1
    python scripts/build_tagger_lexicon.py [NUMBER_OF_FORMS] [PROCESSES]   # default 260000 2, about 2.5 minutes

wordfreq folds "ß" to "ss"; each form with "ss" is analysed with "ß" in its place too ("strasse" -> "straße"),
since German text writes one of them. The default size is the largest that keeps the file under 10 MB
(tests/test_tagger.py): of the 5,808 word types of the 700 SpkAtt articles missing at 200,000 forms, 752 are
covered at 260,000 with the "ß" forms (1,596 at 400,000, but 15.7 MB).
"""
from __future__ import annotations

import sys
import time
from multiprocessing import Pool
from pathlib import Path

from articlekit.hanta_fast import FastHanoverTagger
from articlekit.tagger_lexicon import FILE_NAME, encode_line, write

OUT = Path(__file__).resolve().parents[1] / "articlekit" / "data" / FILE_NAME
# (casesensitive, upcase, conditional): the sentence tagger asks with conditional=True, tag_word without
VARIANTS = [(cs, up, cond) for cs, up in ((False, False), (True, True), (True, False)) for cond in (True, False)]


def kept_tags(tagger: FastHanoverTagger, word: str) -> list[tuple[int, float]]:
    """HanTa's analysis of a word, reduced to the tags that survive HanTa's cutoff of 5 in any use."""
    analysis = tagger.analyze_forward(word)
    kept = {tag for cs, upcase, cond in VARIANTS for tag, _ in tagger.word_tags(word, upcase, 5, cs, cond)}
    return [(tag, p) for tag, p in analysis if tag in kept]


def lemmas(tagger: FastHanoverTagger, word: str, tags) -> dict[int, str]:
    """HanTa's lemma per possible tag, where it takes a morpheme analysis (atomic classes are cheap)."""
    found = {}
    for tag in tags:
        if tag > 0 and -tag not in tagger.atomic_class and tag in tagger.int2tag:
            lemma, name = tagger._analyze(word, tag)
            if name == tagger.int2tag[tag]:
                found[tag] = lemma
    return found


def line(tagger: FastHanoverTagger, word: str) -> str:
    """The lexicon line of one lower-cased form."""
    if word in tagger.cache:
        return encode_line(word, None, lemmas(tagger, word, [tag for tag, _ in tagger.cache[word]]))
    tags = kept_tags(tagger, word)
    return encode_line(word, tags, lemmas(tagger, word, [tag for tag, _ in tags]))


def number_forms() -> list[str]:
    """Numbers as news writes them (wordfreq replaces digits): years, times, scores, dates, amounts, ages."""
    forms = [str(n) for n in range(2101)] + [f"{a}:{b}" for a in range(13) for b in range(13)]
    forms += [f"{h}:{m:02d}" for h in range(24) for m in range(60)]
    forms += [f"{h:02d}:{m:02d}" for h in range(10) for m in range(60)]
    forms += [f"{d}." for d in range(1, 101)] + [f"{d:02d}." for d in range(1, 10)]
    forms += [f"{d}.{m}." for d in range(1, 32) for m in range(1, 13)]
    forms += [f"{d:02d}.{m:02d}." for d in range(1, 32) for m in range(1, 13)]
    forms += [f"{n}.{k}00" for n in range(1, 1000) for k in range(10)] + [f"{n}.000.000" for n in range(1, 1000)]
    forms += [f"{a},{b}" for a in range(100) for b in range(10)]
    forms += [f"{a},{b:02d}" for a in range(10) for b in range(100)]
    forms += [f"{n}-jährige{end}" for n in range(1, 121) for end in ("", "n", "r", "s", "m")]
    return forms


def sharp_s_forms(word: str) -> list[str]:
    """The forms of a wordfreq word with "ß" for "ss" ("strasse" -> "straße"; each place, and all of them)."""
    places = [i for i in range(len(word) - 1) if word.startswith("ss", i)]
    found = [word[:i] + "ß" + word[i + 2:] for i in places]
    return found + [word.replace("ss", "ß")] if len(places) > 1 else found


def forms(count: int, tagger: FastHanoverTagger) -> list[str]:
    """wordfreq's most frequent German forms (also with "ß"), numbers and HanTa's cached words, as HanTa
    normalises them."""
    import wordfreq  # build-time only: the kit does not depend on wordfreq

    frequent = wordfreq.top_n_list("de", count, wordlist="large")
    words = dict.fromkeys(frequent)
    words.update(dict.fromkeys(form for word in frequent if "ss" in word for form in sharp_s_forms(word)))
    words.update(dict.fromkeys(number_forms()))
    words.update(dict.fromkeys(tagger.cache))
    return [w for w in words if w and tagger.normalize(w) == w and not any(c.isspace() for c in w)]


TAGGER: FastHanoverTagger | None = None  # one per worker process


def lines_of(words: list[str]) -> list[str]:
    """The lexicon lines of a share of the forms, analysed by this process's tagger."""
    global TAGGER
    if TAGGER is None:
        TAGGER = FastHanoverTagger("morphmodel_ger.pgz")
    return [line(TAGGER, word) for word in words]


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 260_000
    processes = int(argv[1]) if len(argv) > 1 else 2
    words, lines, started = forms(count, FastHanoverTagger("morphmodel_ger.pgz")), [], time.time()
    shares = [words[start:start + 10_000] for start in range(0, len(words), 10_000)]
    with Pool(processes) as pool:
        for share in pool.imap(lines_of, shares):  # in order: the file is the same for any number of processes
            lines += share
            print(f"{len(lines):,} / {len(words):,} forms, {time.time() - started:.0f} s", flush=True)
    write(OUT, lines)
    print(f"{len(lines):,} forms -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
