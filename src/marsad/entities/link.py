"""Linking within one article: every variant and short form of a name becomes one entity.

* Names the lexicons know link through their identity (البنتاغون = وزارة الدفاع الأميركية).
* A person's surname alone joins the full name seen before (جون كيري … كيري); the
  surname is also searched in the rest of the article, so every later mention is found.
* Spelling variants (ايرنست/إرنست) join when their normalised words differ by at
  most one letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Doc
from marsad.entities.ambiguous import disambiguate_places
from marsad.entities.gazetteer import Known, country_names_en, gazetteer, key_of
from marsad.entities.recognize import Candidate, Recognizer, bare_forms, clitic_offset
from marsad.entities.translit import transliterate
from marsad.lexicon import read_table, read_words
from marsad.model import Entity, Mention
from marsad.text.normalize import normalize


@lru_cache(maxsize=100_000)  # the same name pairs meet article after article
def edit_distance(a: str, b: str, limit: int = 2) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=100_000)
def _similar_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        x, y = _strip_article(x), _strip_article(y)
        if x == y:
            continue
        if min(len(x), len(y)) < 4 or edit_distance(x, y, 1) > 1:
            return False
    return True


@dataclass
class Group:
    type: str
    words: tuple[str, ...]  # normalised words of the fullest name
    candidates: list[Candidate] = field(default_factory=list)
    known: Known | None = None

    def accepts(self, cand: Candidate, words: tuple[str, ...]) -> bool:
        if cand.known is not None and self.known is not None:
            return cand.known == self.known
        if cand.type != self.type:
            # A known organisation and a rule's span of the same words are one identity.
            return False
        if _similar_words(words, self.words):
            return True
        if self.type == "PER" and len(words) < len(self.words):
            # a surname (or the last words of the name): كيري for جون كيري
            tail = self.words[-len(words):]
            return _similar_words(words, tail) and len(_strip_article(words[-1])) >= 3
        return False


@dataclass
class OrgNamer:
    """English names for organisations found by the head rule (وزارة الداخلية العراقية)."""

    heads: dict[str, str]
    terms: dict[str, str]
    # names already made: the same organisations come back article after article
    _made: dict[tuple[tuple[str, ...], str | None], str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls) -> OrgNamer:
        heads = {" ".join(key_of(r["head"])): r["en"] for r in read_table("orgs_heads")}
        terms = {" ".join(key_of(r["word"])): r["en"] for r in read_table("orgs_terms")}
        return cls(heads, terms)

    def name(self, words: tuple[str, ...], country: str | None) -> str:
        made = self._made.get((words, country))
        if made is None:
            made = self._make_name(words, country)
            if len(self._made) < 100_000:
                self._made[(words, country)] = made
        return made

    def _make_name(self, words: tuple[str, ...], country: str | None) -> str:
        head_en, rest = "", list(words)
        for length in range(min(3, len(words)), 0, -1):
            key = " ".join(words[:length])
            for form in (key, "ال" + key, key[2:] if key.startswith("ال") else key):
                if form in self.heads:
                    head_en, rest = self.heads[form], list(words[length:])
                    break
            if head_en:
                break
        from marsad.entities.gazetteer import nationalities

        rest = [w for w in rest if w not in nationalities()]
        where = country_names_en().get(country or "", "")
        parts = [w[1:] if w.startswith("\x00") else self._term(w, country) for w in self._known_parts(rest)]
        terms = " ".join(p for p in parts if p)
        if head_en.startswith("Ministry") and terms and " of " not in head_en:
            core = f"{head_en} of {terms}"
        else:
            core = " ".join(p for p in (terms, head_en) if p)
        return " ".join(p for p in (where, core) if p) or transliterate(" ".join(words))


    def _term(self, word: str, country: str | None) -> str:
        """English for one word of the name: a term, a place (empty for the country already named), or
        the word transliterated."""
        term = self.terms.get(word) or self.terms.get(_strip_article(word))
        if term:
            return term
        if word in ("في", "ب"):
            return "in"
        place = gazetteer().entries.get((word,)) or gazetteer().entries.get((word[1:],)) if word else None
        if place is not None and place.type == "LOC" and place.name_en:
            # the country itself is said once, before the name: Libya Central Bank
            return "" if place.name_en == country_names_en().get(country or "") else place.name_en
        return transliterate(word)

    @staticmethod
    def _known_parts(words: list[str]) -> list[str]:
        """The words with every known organisation inside them replaced by its English name
        (بعثة الأمم المتحدة … → United Nations)."""
        entries = gazetteer().entries
        out, k = [], 0
        while k < len(words):
            for n in range(min(5, len(words) - k), 1, -1):
                known = entries.get(tuple(words[k : k + n]))
                if known is not None and known.type == "ORG" and known.name_en:
                    out.append("\x00" + known.name_en)
                    k += n
                    break
            else:
                out.append(words[k])
                k += 1
        return out


def _words(doc: Doc, c: Candidate) -> tuple[str, ...]:
    return key_of(doc.text[c.start : c.end])


def link(doc: Doc, cands: list[Candidate], recognizer: Recognizer, namer: OrgNamer) -> list[Entity]:
    groups: list[Group] = []
    by_known: dict[Known, Group] = {}
    group_of: dict[int, Group] = {}
    for c in cands:
        words = _words(doc, c)
        group = by_known.get(c.known) if c.known else None
        if group is None and c.alias_of is not None:
            group = group_of.get(id(c.alias_of))
        if group is None:
            # the newest matching group wins (two Husseins far apart are more often two people).
            # Only groups of the same type can accept, and a group with another identity cannot
            # (an equal identity was found through by_known above).
            group = next((g for g in reversed(groups) if g.type == c.type and (g.known is None or c.known is None)
                          and g.accepts(c, words)), None)
        if group is None:
            group = Group(c.type, words, known=c.known)
            groups.append(group)
        elif len(words) > len(group.words) and c.type == group.type and not group.known:
            group.words = words
        if c.known and group.known is None:
            group.known = c.known
        if group.known:
            by_known.setdefault(group.known, group)
        group.candidates.append(c)
        group_of[id(c)] = group
    _find_surnames(doc, groups, recognizer)
    _find_back_references(doc, groups, recognizer)
    entities = []
    unplaced = []
    ordered = sorted(groups, key=lambda g: min(c.start for c in g.candidates))
    for n, g in enumerate(ordered, 1):
        ent = _entity(doc, g, f"e{n}", namer)
        entities.append(ent)
        if ent.country is None and all(c.rule == "place" for c in g.candidates):
            unplaced.append(ent)
    if unplaced:
        _place_countries(entities, unplaced)
    # Ambiguous places (عمان: Amman or Oman) are read first: they decide the article's main country.
    doc.entities = entities
    disambiguate_places(doc)
    by_id = {e.id: g for e, g in zip(entities, ordered, strict=True)}
    _organisation_countries(entities, groups_by_id=by_id)
    _armed_movements(doc, entities, by_id)
    return entities


# Words that show a movement is armed in the story (lexicon/data/orgs_armed_words.txt).
ARMED_WORDS = frozenset(normalize(w) for w in read_words("orgs_armed_words"))


def _armed_movements(doc: Doc, entities: list[Entity], groups_by_id: dict[str, Group]) -> None:
    """A movement or party the head rule named (حركة، جبهة، حزب) is an armed group (REB) when a
    sentence naming it speaks of fighters, attacks or rockets; lexicon bodies keep their own sector."""
    for ent in entities:
        if ent.type != "ORG" or ent.sector != "PTY" or groups_by_id[ent.id].known is not None:
            continue
        for m in ent.mentions:
            first, last = doc.sentence_tokens[doc.sentence_of(m.start)]
            words = [t for t in doc.tokens[first:last] if t.is_word]
            norms = {t.norm for t in words} | {t.bare for t in words} | {t.stem for t in words}
            pairs = {f"{a.bare} {b.norm}" for a, b in zip(words, words[1:], strict=False)}
            if norms & ARMED_WORDS or pairs & ARMED_WORDS:
                ent.sector = "REB"
                break



def _organisation_countries(entities: list[Entity], groups_by_id: dict[str, Group]) -> None:
    """A national body whose name does not say its country (وزارة النفط الاتحادية، المجلس الرئاسي،
    لـ"النهار") belongs to the country the article names most; international bodies stay without one."""
    bodies = [e for e in entities if e.type == "ORG" and e.country is None and e.sector != "IGO"
              and (groups_by_id[e.id].known is None or groups_by_id[e.id].known.kind == "national")]
    if not bodies:
        return
    counts: dict[str, int] = {}
    for ent in entities:
        if ent.type == "LOC" and ent.country:
            counts[ent.country] = counts.get(ent.country, 0) + len(ent.mentions)
    if not counts:
        return
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # only a clear main country: a tie between two states says nothing about the body
    if len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
        return
    for ent in bodies:
        ent.country = ranked[0][0]


def _place_countries(entities: list[Entity], unplaced: list[Entity]) -> None:
    """A village or camp no lexicon knows lies in the country of a known place just after it
    (بلدة جلب في إقليم جوبا الوسطى), else in the country the article names most."""
    located = [(m.start, e.country) for e in entities if e.type == "LOC" and e.country for m in e.mentions]
    if not located:
        return
    counts: dict[str, int] = {}
    for _, country in located:
        counts[country] = counts.get(country, 0) + 1
    main = max(counts, key=lambda c: counts[c])
    for ent in unplaced:
        at = ent.mentions[0].start
        after = [x for x in located if 0 < x[0] - at < 60]
        ent.country = min(after)[1] if after else main


def _find_surnames(doc: Doc, groups: list[Group], recognizer: Recognizer) -> None:
    """Later mentions of a person by surname alone (… كيري), anywhere in the article."""
    covered = set()
    for g in groups:
        for c in g.candidates:
            covered.update(range(c.first, c.last))
    surnames: dict[str, Group] = {}
    for g in groups:
        if g.type != "PER" or len(g.words) < 2:
            continue
        last = g.words[-1]
        if len(_strip_article(last)) >= 3 and last not in recognizer.first_names and last not in surnames:
            surnames[last] = g
    if not surnames:
        return
    # Every bare form of a word ends the word, or is ال + an ending of it (للقاهره → القاهره):
    # a word that ends with no surname (without its ال) can be skipped without its forms.
    endings = tuple({s[2:] if s.startswith("ال") else s for s in surnames})
    for i, tok in enumerate(doc.tokens):
        if i in covered or not tok.is_word or not tok.norm.endswith(endings):
            continue
        for form in bare_forms(tok):
            g = surnames.get(form)
            if g is None or not recognizer.name_word(tok) and form == tok.norm:
                continue
            if form != tok.norm and tok.prefix[:1] not in ("و", "ف", "ب", "ل", "ك"):
                continue
            start = tok.start + clitic_offset(tok, form)
            g.candidates.append(Candidate(i, i + 1, start, tok.end, "PER", "surname"))
            break


# Definite head nouns that news uses alone for an organisation named earlier (الاتحاد الأوروبي … الاتحاد).
BACK_REFERENCES = frozenset({"الاتحاد", "التحالف", "المرصد", "الحزب", "الحركه", "الجيش", "الوزاره", "المفوضيه",
                             "الائتلاف", "الجبهه", "البعثه"})


def _head_of(words: tuple[str, ...]) -> str:
    return _strip_article(words[0]) if words else ""


def _find_back_references(doc: Doc, groups: list[Group], recognizer: Recognizer) -> None:
    """A bare definite head (وقالت الوزارة، ونعى الحزب) joins the nearest organisation before it
    whose name begins with that head; with none named before, it is left alone."""
    heads: list[tuple[int, str, Group]] = []  # (token index, head word without ال, group)
    covered = set()
    for g in groups:
        for c in g.candidates:
            covered.update(range(c.first, c.last))
            if g.type == "ORG":
                heads.append((c.first, _head_of(_words(doc, c)), g))
    if not heads:
        return
    # Only heads of organisations this article names can be referred back to: most articles have none.
    endings = tuple({h for _, h, _ in heads if "ال" + h in BACK_REFERENCES})
    if not endings:
        return
    heads.sort(key=lambda h: h[0])
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if not tok.norm.endswith(endings) or i in covered or not tok.is_word:
            continue
        form = next((f for f in bare_forms(tok) if f in BACK_REFERENCES), None)
        if form is None or form[2:] not in endings or tok.prefix.removesuffix("ال")[:1] not in (
                "", "و", "ف", "ب", "ل"):
            continue
        if i + 1 < len(toks) and toks[i + 1].is_word and (
                toks[i + 1].norm.startswith("ال") or recognizer.nationality(toks[i + 1])[0]):
            continue  # الجيش الإسرائيلي، المجلس الوطني: a description or another name, not a back-reference
        group = next((g for first, head, g in reversed(heads) if first < i and head == form[2:]), None)
        if group is None:
            continue
        start = tok.start + clitic_offset(tok, form)
        group.candidates.append(Candidate(i, i + 1, start, tok.end, "ORG", "backref"))


def _entity(doc: Doc, g: Group, entity_id: str, namer: OrgNamer) -> Entity:
    cands = sorted(g.candidates, key=lambda c: c.start)
    texts = [doc.text[c.start : c.end] for c in cands]
    longest = max(texts, key=lambda t: (len(t.split()), len(t)))
    known = g.known
    country = known.country if known else next((c.country for c in cands if c.country), None)
    sector = known.sector if known else next((c.sector for c in cands if c.sector), None)
    if known:
        name, name_en = known.name, known.name_en
    else:
        name = longest
        if g.type == "ORG" and any(c.rule == "head" for c in cands):
            name_en = namer.name(key_of(longest), country)
        else:
            name_en = transliterate(longest)
    aliases = sorted({t for t in texts if t != name})
    mentions = []
    seen = set()
    for c in cands:
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        mentions.append(Mention(c.start, c.end, doc.text[c.start : c.end]))
    return Entity(id=entity_id, type=g.type, name=name, name_en=name_en, country=country, aliases=aliases,
                  mentions=mentions, sector=sector)
