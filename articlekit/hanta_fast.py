"""HanTa's Hanover Tagger with its hot paths rewritten for speed, giving exactly HanTa's results.

HanTa spends nearly all its time scoring every segment of every word against every morpheme tag
(`lp_m_t`, called millions of times) and re-analysing words it has seen before. These subclasses keep
HanTa's algorithms, loop orders and float arithmetic (so ties resolve the same way) and only
memoises: segment scores per (segment, flags), analyses per word, lemmas per (word, tag); the
sentence Viterbi visits just the tags a word can have, in HanTa's tag order.
"""
from __future__ import annotations

import math
from operator import itemgetter

from HanTa.HanoverTagger import EMPTY, END, END_UNKNOWN, START, UNKNOWN, HanoverTagger
from numpy import logaddexp

from .resources import without_gc

LOWERBOUND = -1e6
MEMO_LIMIT = 200_000  # memoised word results (small each)
SCAN_LIMIT = 2_000  # segments looked up tag by tag before the morpheme index pays for itself
SEGMENT_LIMIT = 50_000  # memoised segment scores (about 0.7 kB each)


@without_gc
def morpheme_index(lp_m_t: dict[int, dict[str, float]]) -> dict[str, dict[int, float]]:
    """HanTa's morpheme scores turned round: morpheme -> {tag: log-probability} (48,000 small dicts at once)."""
    index: dict[str, dict[int, float]] = {}
    for tag, morphemes in lp_m_t.items():
        for morpheme, lp in morphemes.items():
            index.setdefault(morpheme, {})[tag] = lp
    return index


class MorphemeLattice(HanoverTagger):
    """HanTa's word analyses (forward and Viterbi over morphemes), memoised per segment and word, not changed."""

    def __init__(self, filename: str, model: tuple | None = None):
        super().__init__(None if model else filename, model)
        self.strict = False  # as HanTa sets it for a model file (it takes a model given in memory for a strict one)
        self.morph_index: dict[str, dict[int, float]] | None = None  # built once SCAN_LIMIT segments were looked up
        self.scanned = 0
        self.open_tags = tuple(t for t in self.LP_m_t if t in self.LP_hapax_t and t in self.LP_s_t)
        self.memo: dict[tuple, object] = {}
        self.segment_memo: dict[tuple, dict[int, float]] = {}
        self.guess_terms = guess_terms(self)

    def reachable(self):
        """HanTa's reachability table, computed by a set search (HanTa's list search takes 0.2 s)."""
        self.reachability = reachability(self.LP_trans, self.int2tag)

    def known(self, segment: str) -> dict[int, float]:
        """Log-probability of a segment as a known morpheme, per tag: one article asks for a few hundred segments,
        found tag by tag; a long run builds the index (0.02 s and 14 MB a single article would not earn back)."""
        if self.morph_index is None:
            self.scanned += 1
            if self.scanned <= SCAN_LIMIT:
                return {tag: lp for tag, table in self.LP_m_t.items() if (lp := table.get(segment)) is not None}
            self.morph_index = morpheme_index(self.LP_m_t)
        return self.morph_index.get(segment, {})

    def remember(self, key: tuple, value):
        """Store a memoised result, starting afresh when the memo grows too large."""
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = value
        return value

    def scores(self, segment: str, wlen: int, strict: bool) -> dict[int, float]:
        """lp_m_t(segment, tag) for every tag where it is finite (HanTa's guesses included); do not mutate."""
        key = (segment, strict, wlen < 4, len(segment) == wlen)
        found = self.segment_memo.get(key)
        if found is not None:
            return found
        known, mlen = self.known(segment), len(segment)
        if strict or not (wlen < 4 or mlen > 2):
            found = known
        elif self.guess_terms is None:
            found = dict(known)
            for tag in self.open_tags:
                lp = -math.inf if tag in known else self.lp_m_t(segment, tag, wlen, strict)
                if lp != -math.inf:
                    found[tag] = lp
        else:
            guesses = self.guesses(min(mlen, 24), longest_suffix(segment, self.LP_s_t[self.open_tags[0]]), wlen == mlen)
            found = {**guesses, **known} if known else guesses
        if len(self.segment_memo) > SEGMENT_LIMIT:
            self.segment_memo.clear()
        self.segment_memo[key] = found
        return found

    def guesses(self, length: int, suffix: str, whole: bool) -> dict[int, float]:
        """HanTa's guessed lp_m_t per open-class tag for an unknown segment of this length and suffix."""
        key = ("g", length, suffix, whole)
        found = self.memo.get(key)
        if found is None:
            found = {}
            for tag, base, lengths, suffixes in self.guess_terms:
                lp = base + lengths[length] + suffixes[suffix]
                if whole:
                    lp -= 4.6
                if lp != -math.inf:
                    found[tag] = lp
            self.remember(key, found)
        return found

    def extend(self, i, state, lp, followup, columns, back):
        """Score all continuations of one lattice state (HanTa's sums; per row, tags in HanTa's order)."""
        first, lowerbound = state[1], LOWERBOUND
        for tag1, lpt in followup:
            column = columns.get(tag1)
            if column is None:
                continue
            base, newstate = lp + lpt, (first, tag1)
            for j, row, lpm in column:
                lp1 = base + lpm
                if lp1 > lowerbound:
                    old = row.get(newstate)
                    if old is None or lp1 > old:
                        row[newstate] = lp1
                        if back is not None:
                            back[j][newstate] = (state, i)

    def columns(self, word, i, strict, table):
        """Per tag, the finite scores of the segments word[i:j] with their rows, j ascending."""
        wlen, columns = len(word), {}
        for j in range(i + 1, wlen + 1):
            row = table[j]
            for tag, lpm in self.scores(word[i:j], wlen, strict).items():
                column = columns.get(tag)
                if column is None:
                    columns[tag] = [(j, row, lpm)]
                else:
                    column.append((j, row, lpm))
        return columns

    def fill(self, word, strict, followups, back=None):
        """Run HanTa's morpheme lattice over a word (top-3 pruning per position)."""
        table = [{(EMPTY, START): 0}] + [{} for _ in range(len(word) + 1)]
        for i in range(len(word) + 1):
            row, columns = table[i], None
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else LOWERBOUND
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                followup = followups(state)
                if followup:
                    if columns is None:
                        columns = self.columns(word, i, strict, table)
                    self.extend(i, state, lp, followup, columns, back)
        return table

    def analyze_forward(self, word):
        """HanTa's analyze_forward, memoised per word."""
        key = ("f", word)
        found = self.memo.get(key)
        if found is None:
            found = self.remember(key, tuple(self.forward(word)))
        return list(found)

    def forward(self, word):
        """Probability of each part of speech for one word (HanTa's analyze_forward)."""
        table = self.fill(word, self.strict, lambda state: self.LP_trans_nonfinal.get(state, []))
        for state, lp in table[-2].items():
            for tag1, lpt in self.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > LOWERBOUND:
                    newstate = (state[1], tag1)
                    if newstate not in table[-1] or lp1 > table[-1][newstate]:
                        table[-1][newstate] = lp1
        results = {}
        for state, lp in table[-1].items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
        return result_list or [(UNKNOWN, 0)]

    def reachable_followup(self, state, targetpos):
        """Non-final transitions from a state that can still end in targetpos, memoised."""
        key = ("r", state, targetpos)
        found = self.memo.get(key)
        if found is None:
            reachable = self.reachability.get(targetpos, frozenset())
            found = self.remember(key, [(t, p) for (t, p) in self.LP_trans_nonfinal.get(state, []) if t in reachable])
        return found

    def analyze_viterbi(self, word, targetpos):
        """Most likely morpheme segmentation for a word of a known part of speech (HanTa's algorithm)."""
        wlen = len(word)
        for strict in (True, False):
            back = [{} for _ in range(wlen + 2)]
            table = self.fill(word, strict, lambda state: self.reachable_followup(state, targetpos), back)
            for state, lp in table[-2].items():
                for tag1, lpt in self.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > LOWERBOUND:
                            newstate = (state[1], tag1)
                            if newstate not in table[-1] or lp1 > table[-1][newstate]:
                                table[-1][newstate] = lp1
                                back[-1][newstate] = (state, wlen)
                        break
            if table[-1]:
                break
        return backtrack(table[-1], back)



class FastHanoverTagger(MorphemeLattice):
    """HanoverTagger with memoised word analyses, an optional pre-analysed lexicon and a leaner sentence Viterbi."""

    def __init__(self, filename: str, lexicon=None, model: tuple | None = None):
        super().__init__(filename, model)
        self.lexicon = lexicon  # pre-analysed word forms (articlekit.tagger_lexicon) or None
        self.tag_order = shared_order(self.LP_trans_word)  # None: keep HanTa's sentence Viterbi

    def _analyze(self, word, pos, taglevel=1):
        """HanTa's lemma analysis, memoised per (lower-cased word, tag) for taglevel 1."""
        if taglevel != 1:
            return super()._analyze(word, pos, taglevel)
        key = ("a", word.lower(), pos)
        found = self.memo.get(key)
        if found is None:
            found = self.lexicon.lemma(word.lower(), pos, self.int2tag) if self.lexicon else None
            found = self.remember(key, found or super()._analyze(word, pos, 1))
        return found

    def _tag_word(self, word, cutoff=5, casesensitive=True, conditional=False):
        """HanTa's word tag distribution, memoised; the lexicon stands in for analyze_forward."""
        upcase = bool(casesensitive and word[0].isupper())
        key = ("w", self.normalize(word), upcase, cutoff, casesensitive, conditional)
        found = self.memo.get(key)
        if found is None:
            found = self.remember(key, tuple(self.word_tags(key[1], upcase, cutoff, casesensitive, conditional)))
        return list(found)

    def word_tags(self, word, upcase, cutoff, casesensitive, conditional):
        """HanTa's _tag_word for a normalised word (same sums, stable sort and cutoff)."""
        cached = word in self.cache
        p_tags = self.cache[word] if cached else None
        if p_tags is None and cutoff in (0, 5) and self.lexicon:
            p_tags = self.lexicon.tags(word)  # the tags that survive a cutoff of 5 (so also 0), in HanTa's order
        if p_tags is None:
            p_tags = self.analyze_forward(word)
        p_w_tags = []
        for tag, p in p_tags:
            if tag != UNKNOWN:
                if casesensitive:
                    p += self.LP_case_t[tag][upcase]
                if conditional:
                    p -= self.LP_wtag[tag]
            p_w_tags.append((tag, p))
        p_w_tags.sort(key=itemgetter(1), reverse=True)
        if not cached and p_w_tags:
            if cutoff == 0:
                return [p_w_tags[0]]
            limit = p_w_tags[0][1] - cutoff
            return [(tag, p) for (tag, p) in p_w_tags if p >= limit]
        return p_w_tags

    def tag_sent_viterbi(self, sent, casesensitive=True):
        """HanTa's sentence Viterbi, visiting only the tags each word can have (in HanTa's order)."""
        if self.tag_order is None:
            return super().tag_sent_viterbi(sent, casesensitive)
        table, backpointer = [{(EMPTY, START): 0.0}], [{}]
        for i, word in enumerate(sent):
            row, back = self.sentence_step(table[-1], self.candidates(word, i > 0 and casesensitive))
            table.append(row)
            backpointer.append(back)
        final, back = {}, {}
        for state, lp0 in table[-1].items():
            lp = lp0 + self.LP_trans_word[state].get(END, -math.inf)
            if lp > final.get((END, EMPTY), -math.inf):
                final[(END, EMPTY)] = lp
                back[(END, EMPTY)] = state
        backpointer.append(back)
        tags, state = [], (END, EMPTY)
        for i in range(len(backpointer) - 1, 1, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]

    def candidates(self, word, casesensitive):
        """(tag, log-probability) a word can take in the sentence Viterbi, in HanTa's tag order; memoised."""
        key = ("c", word, casesensitive)
        found = self.memo.get(key)
        if found is None:
            wprobs = dict(self._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True))
            if not wprobs or (len(wprobs) == 1 and UNKNOWN in wprobs):
                found = [(c, 0) for c in self.tag_order if c != END]  # HanTa: an unknown word may be anything
            else:
                found = [(c, wprobs[c]) for c in self.tag_order if c in wprobs and c != END]
            self.remember(key, found)
        return found

    def sentence_step(self, prevrow, candidates):
        """One word of the sentence Viterbi: top-5 pruning, then every allowed tag per state."""
        rowbound = sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else LOWERBOUND
        row, back = {}, {}
        for state, lp0 in prevrow.items():
            if lp0 < rowbound:
                continue
            lp_t, first = self.LP_trans_word[state], state[1]
            for c, lpwc in candidates:
                lp = lp0 + lp_t[c] + lpwc
                if lp > LOWERBOUND:
                    newstate = (first, c)
                    old = row.get(newstate)
                    if old is None or lp > old:
                        row[newstate] = lp
                        back[newstate] = state
        return row, back


def shared_order(transitions: dict[tuple, dict[int, float]]) -> tuple[int, ...] | None:
    """The order of following tags if every state lists them in the same order, else None."""
    rows = iter(transitions.values())
    first = next(rows, None)
    order = tuple(first) if first is not None else None
    return order if all(tuple(row) == order for row in rows) else None


def backtrack(last: dict, back: list) -> list:
    """Read the best morpheme path off the backpointers (HanTa's analyze_viterbi ending)."""
    pmax, beststate = -math.inf, (EMPTY, EMPTY)
    for state, lp in last.items():
        if lp > pmax:
            pmax, beststate = lp, state
    i = len(back) - 1
    if beststate == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states, state = [(beststate, i)], beststate
        while i > 0:
            state, i = back[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]


def reachability(transitions: dict, int2tag: dict) -> dict[int, frozenset]:
    """Per final state, every state that can lead to it (what HanTa's reachable() computes)."""
    predecessors: dict[int, set[int]] = {}
    for (_, state), followers in transitions.items():
        for follower in followers:
            predecessors.setdefault(follower, set()).add(state)
    result = {}
    for final in int2tag:
        if final >= 0:
            continue
        found, todo = set(), [final]
        while todo:
            for state in predecessors.get(todo.pop(), ()):
                if state not in found:
                    found.add(state)
                    todo.append(state)
        result[final] = frozenset(found)
    return result


def guess_terms(tagger: HanoverTagger):
    """Per open-class tag: HanTa's guess terms (intercept + hapax, lengths, suffixes), if suffix keys are shared."""
    if len({frozenset(tagger.LP_s_t[t]) for t in tagger.open_tags}) != 1:
        return None  # the suffix choice would depend on the tag: score with HanTa's lp_m_t
    return tuple((t, tagger.Int_t + tagger.LP_hapax_t[t], tagger.LP_len_t[t], tagger.LP_s_t[t])
                 for t in tagger.open_tags)


def longest_suffix(segment: str, table: dict) -> str:
    """The longest suffix (up to four letters) HanTa's guess table has, as lp_m_t chooses it."""
    mlen = len(segment)
    for size in (4, 3, 2, 1):
        if mlen > size and segment[-size:] in table:
            return segment[-size:]
    return ""
