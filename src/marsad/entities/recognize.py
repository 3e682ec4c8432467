"""Rule-based recognition of names in one sentence of tokens.

:class:`Recognizer` runs four kinds of rule, each proposing :class:`Candidate` spans;
:func:`select` keeps the best non-overlapping ones:

* gazetteer (here): the longest known name starting at a token, after stripping
  clitics from the first token (وروسيا، لموسكو، بواشنطن);
* people (:mod:`.person_rules`): title + name, given name + surname;
* organisations (:mod:`.organisation_rules`): head + complement + nationality, media names;
* places (:mod:`.place_rules`): unknown names after a place noun, facilities.

Spans exclude clitics (و ب ل ف ك) but include the article ال.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Token
from marsad.entities.candidates import Candidate, Positions, select
from marsad.entities.gazetteer import (
    AMBIGUOUS_HEADS,
    Gazetteer,
    Known,
    abd_complements,
    ambiguous_given_names,
    first_names,
    name_stopwords,
    nationalities,
    org_heads,
    titles,
)
from marsad.entities.name_words import NameWords
from marsad.entities.organisation_rules import MEDIA_HEADS, OrganisationRules
from marsad.entities.person_rules import KUNYA, PersonRules
from marsad.entities.place_rules import FACILITY_HEADS, PLACE_HEADS, PlaceRules
from marsad.entities.quoted_names import QUOTE, QuotedNames
from marsad.entities.token_forms import bare_forms, clitic_offset, norm_forms
from marsad.text.wordfreq_ar import zipf

# Names other modules import from here.
__all__ = ["Candidate", "Positions", "Recognizer", "bare_forms", "clitic_offset", "select"]

# What a word can start, as bits of one memoised number per word (see Recognizer.positions).
_STARTS_KNOWN, _AFTER_AMBIGUOUS, _STARTS_TITLE, _STARTS_HEAD, _STARTS_GIVEN, _MEDIA_HEAD = 1, 2, 4, 8, 16, 32
_PLACE_HEAD = 64
_MEMO_LIMIT = 200_000


class Recognizer(NameWords, PersonRules, OrganisationRules, PlaceRules, QuotedNames):
    """Runs the rules over a sentence; resources are the shared, preloaded lexicons."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.first_names = first_names()
        self.ambiguous_given = ambiguous_given_names()
        self.abd = abd_complements()
        self.stop = name_stopwords()
        self.nationalities = nationalities()
        self.titles = titles()
        self.title_len = max(len(k) for k in self.titles)
        self.heads = org_heads()
        self.head_len = max(len(k) for k in self.heads)
        self.person_words = frozenset(w for k, v in gaz.entries.items() if v.type == "PER" for w in k)
        # First words of every key, to skip most tokens with one set look-up.
        self.known_first = frozenset(k[0] for k in gaz.entries) | frozenset(k[0] for k in gaz.after_head)
        self.title_first = frozenset(k[0] for k in self.titles)
        self.prefixes = frozenset(k[:n] for table in (gaz.entries, gaz.after_head) for k in table
                                  for n in range(1, len(k)))
        self.head_first = frozenset(k[0] for k in self.heads)
        self.head_prefixes = frozenset(k[:n] for k in self.heads for n in range(1, len(k)))
        # Per-word memos of which bare forms can start a name, title or head: the rules ask
        # this of every token, most of which start nothing.
        self._known_starts = lru_cache(maxsize=_MEMO_LIMIT)(self._compute_known_starts)
        self._title_starts = lru_cache(maxsize=_MEMO_LIMIT)(self._compute_title_starts)
        self._head_starts = lru_cache(maxsize=_MEMO_LIMIT)(self._compute_head_starts)
        self._after_ambiguous_head = lru_cache(maxsize=_MEMO_LIMIT)(self._compute_after_ambiguous_head)
        # Words a given name (one or two words, عبد + name) can start with: given_width is 0 elsewhere.
        self.given_starters = (frozenset(self.first_names) | {n.split(" ", 1)[0] for n in self.first_names}
                               | {"عبد"})
        self._word_flags: dict[str, int] = {}
        self._other_flags: dict[str, int] = {}
        # match_known answers for the token list being read: every rule asks it at the same tokens.
        self._known_toks: list[Token] | None = None
        self._known_memo: dict[tuple[int, int, int, bool], tuple[int, int, Known] | None] = {}

    def _flags(self, norm: str, is_word: bool) -> int:
        memo = self._word_flags if is_word else self._other_flags
        flags = memo.get(norm)
        if flags is None:
            flags = 0
            if is_word:
                if self._known_starts(norm):
                    flags |= _STARTS_KNOWN
                if self._head_starts(norm):
                    flags |= _STARTS_HEAD
                if norm in self.given_starters:
                    flags |= _STARTS_GIVEN
                if any(f in MEDIA_HEADS for f in norm_forms(norm)):
                    flags |= _MEDIA_HEAD
                if any(f in PLACE_HEADS or f in FACILITY_HEADS for f in norm_forms(norm)):
                    flags |= _PLACE_HEAD
            if self._after_ambiguous_head(norm, is_word):
                flags |= _AFTER_AMBIGUOUS
            if self._title_starts(norm, is_word):
                flags |= _STARTS_TITLE
            if len(memo) < _MEMO_LIMIT:
                memo[norm] = flags
        return flags

    def positions(self, toks: list[Token], base: int, end: int) -> Positions:
        """Where in ``toks[base:end]`` each rule can fire, found in one pass with one memo look-up per token."""
        known: list[int] = []
        title: list[int] = []
        head: list[int] = []
        given: list[int] = []
        media: list[int] = []
        place: list[int] = []
        flags_of, word_flags, other_flags = self._flags, self._word_flags, self._other_flags
        for i in range(base, end):
            tok = toks[i]
            is_word = tok.is_word
            flags = (word_flags if is_word else other_flags).get(tok.norm)
            if flags is None:
                flags = flags_of(tok.norm, is_word)
            if flags & _STARTS_GIVEN or (is_word and tok.bare in KUNYA):
                given.append(i)  # a kunya (أبو، أم) by its bare form, which the memo does not see
            if not flags:
                continue
            if flags & (_STARTS_KNOWN | _AFTER_AMBIGUOUS):
                known.append(i)
            if flags & _STARTS_TITLE:
                title.append(i)
            if flags & _STARTS_HEAD:
                head.append(i)
            if flags & _MEDIA_HEAD and i < end - 1:
                media.append(i)
            if flags & _PLACE_HEAD and i < end - 1:
                place.append(i)
        return Positions(known, title, head, given, media, place)

    def _compute_known_starts(self, norm: str) -> tuple[tuple[int, str], ...]:
        return tuple((k, form) for k, form in enumerate(norm_forms(norm)) if form in self.known_first)

    def _compute_title_starts(self, norm: str, is_word: bool) -> tuple[str, ...]:
        return tuple(f for f in (norm_forms(norm) if is_word else (norm,)) if f in self.title_first)

    def _compute_head_starts(self, norm: str) -> tuple[str, ...]:
        return tuple(f for f in norm_forms(norm) if f in self.head_first)

    def _compute_after_ambiguous_head(self, norm: str, is_word: bool) -> bool:
        return any(f in AMBIGUOUS_HEADS for f in (norm_forms(norm) if is_word else (norm,)))

    # -- gazetteer -------------------------------------------------------------------
    def match_known(self, toks: list[Token], i: int, end: int, table: dict | None = None,
                    strip: bool = True) -> tuple[int, int, Known] | None:
        """Longest known name at token ``i``: (token count, char offset in first token, Known)."""
        tok = toks[i]
        if not tok.is_word:
            return None
        if strip:
            starts = self._known_starts(tok.norm)
        else:
            starts = ((0, tok.norm),) if tok.norm in self.known_first else ()
        if not starts:
            return None
        if toks is not self._known_toks:
            self._known_toks = toks  # held, so a new list can never take its place unnoticed
            self._known_memo = {}
        memo_key = (i, end, 0 if table is None else id(table), strip)
        if memo_key in self._known_memo:
            return self._known_memo[memo_key]
        best = self._longest_known(toks, i, end, self.gaz.entries if table is None else table, starts)
        self._known_memo[memo_key] = best
        return best

    def _longest_known(self, toks: list[Token], i: int, end: int, table: dict,
                       starts: tuple[tuple[int, str], ...]) -> tuple[int, int, Known] | None:
        tok = toks[i]
        best = None
        for k, form in starts:
            # Walk forward while the words so far begin some key; remember the longest full key.
            key: tuple[str, ...] = (form,)
            j = i + 1
            found = None
            while True:
                known = table.get(key)
                # A stripped form of a frequent word (بعد → عد) is no place name.
                if known is not None and not (k and known.kind == "city"
                                              and (zipf(tok.norm) >= 3.5 or len(form) < 4)):
                    found = (len(key), known)
                if j >= end or key not in self.prefixes:
                    break
                key = (*key, toks[j].norm)
                j += 1
            if found and (best is None or found[0] > best[0]):
                best = (found[0], clitic_offset(tok, form), found[1])
        return best

    def gazetteer_candidates(self, toks: list[Token], base: int, end: int,
                             at: Positions) -> list[Candidate]:
        out = []
        for i in at.known:
            hit = self.match_known(toks, i, end)
            if hit:
                length, off, known = hit
                first = i
                if length > 1 and known.type == "ORG" and self.standalone_name(toks, i, i + length, known):
                    first, off = i + 1, 0
                if known.kind == "national" and i > base and (self.title_at(toks, i - 1, end) or (0,))[0] > length:
                    continue  # رئيس مجلس النواب: the office is a title, not a mention of the body
                out.append(Candidate(first, i + length, toks[first].start + off, toks[i + length - 1].end,
                                     known.type, "gazetteer", known, known.country, known.sector, known.name_en))
            # An ambiguous medium name right after its head: قناة المسيرة → المسيرة.
            if i + 1 < end and self._after_ambiguous_head(toks[i].norm, toks[i].is_word):
                hit = self.match_known(toks, i + 1, end, self.gaz.after_head, strip=False)
                if hit:
                    length, _, known = hit
                    j = i + 1
                    out.append(Candidate(j, j + length, toks[j].start, toks[j + length - 1].end, known.type,
                                         "gazetteer", known, known.country, known.sector, known.name_en))
        return out

    def sentence(self, toks: list[Token], base: int, end: int) -> list[Candidate]:
        at = self.positions(toks, base, end)
        out = (self.gazetteer_candidates(toks, base, end, at) + self.title_candidates(toks, base, end, at)
               + self.org_candidates(toks, base, end, at) + self.given_name_candidates(toks, base, end, at)
               + self.media_candidates(toks, base, end, at) + self.place_candidates(toks, base, end, at))
        if any(toks[k].norm == QUOTE for k in range(base, end)):
            out += self.medium_candidates(toks, base, end)
        if base + 3 < end and (toks[base + 1].text == "(" or toks[base + 2].text == "("):
            out += self.dateline_agency(toks, base, end)
        return out
