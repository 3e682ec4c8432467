"""Actors completed from context: a sector's country, the elided subject of a verb (the speaker of a
quote, the previous sentence's doer), co-ordinated parties, and the contract's Actor with its code."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from marsad.doc import Doc, Token
from marsad.events.actors import ActorSpan, can_own
from marsad.lexicon import read_table
from marsad.model import Actor, Quote
from marsad.text.normalize import normalize

# Sectors that belong to one state, so an unnamed one (الجيش, الشرطة) is that article's state's.
NATIONAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "CVL", "REF", "PTY"}
# A named company, outlet, charity or hospital with no known country is most likely the story's own.
LOCAL_BODY_SECTORS = {"BUS", "NGO", "MED", "EDU", "HLH"}
# Unnamed hospitals and schools (مستشفيات الجنوب) are local too; unnamed ships and companies often are not.
LOCAL_GROUP_SECTORS = {"EDU", "HLH"}


def contract_actor(doc: Doc, span: ActorSpan | None, default_sector: str | None, visit_target: bool,
                   military_doer: bool = False, political: bool = False) -> Actor | None:
    """The contract's Actor of ``span``.  ``military_doer``: the span does an armed attack, so a state named
    by its country or capital (قصفت روسيا, ضربت واشنطن) acts through its forces: country MIL.
    ``political``: a talk, deal, demand or dispute, where a people named by its nationality (مناقشات مع
    الروس) is its state, not civilians."""
    if span is None:
        return None
    if span.kind == "place" and (span.place is None or span.place.kind == "city"):
        # A town, village or district is where something happens, not who acts or suffers it (قصف بلدة
        # X): only a state (country or capital) or a region that stands for one is an actor.
        return None
    country, sector = span.country or None, span.sector
    if span.kind == "place" and span.place is not None:
        sector = span.place.sector or ("GOV" if visit_target else None)
        if military_doer and span.place.kind in ("country", "capital"):
            sector = "MIL"
    elif span.kind == "adjective":
        sector = default_sector
    elif span.people and political:
        sector = None
    if sector == "IGO":
        country = None  # an international body and its officials belong to no one state
    code = f"{country} {sector}" if country and sector else (country or sector)
    return Actor(doc.text[span.start:span.end], span.start, span.end, span.entity, code)


MAX_COORDINATED = 3


def coordinated(span: ActorSpan | None, actors: list[ActorSpan], toks: list[Token],
                 first: int) -> list[ActorSpan]:
    """Actors joined to ``span`` by و right after it (الصين وروسيا وإيران), each a party of its own."""
    out: list[ActorSpan] = []
    if span is None or span.kind == "adjective":
        return out
    end = span.last
    for a in actors:
        if a.first < end:
            continue
        head = toks[a.first - first]
        if a.first != end or not head.prefix.startswith("و") or a.kind == "adjective" \
                or (a.kind == "place") != (span.kind == "place") or len(out) >= MAX_COORDINATED:
            break
        if a.code and a.code != span.code:
            out.append(a)
        end = a.last
    return out


def coordination_head(span: ActorSpan | None, actors: list[ActorSpan], toks: list[Token],
                      first: int) -> ActorSpan | None:
    """The first of the actors joined by و that end in ``span`` (الأردن ومصر سيواصلان: الأردن), so that
    :func:`coordinated` then gives every party; ``span`` itself when it opens no such list."""
    if span is None or span.kind == "adjective":
        return span
    head = span
    # (A doer carried from an earlier sentence lies outside ``toks``: it heads nothing here.)
    while 0 <= head.first - first < len(toks) and toks[head.first - first].prefix.startswith("و"):
        prev = next((a for a in actors if a.last == head.first and a.kind != "adjective"
                     and (a.kind == "place") == (head.kind == "place")), None)
        if prev is None:
            break
        head = prev
    return head


_token_start = attrgetter("start")


def quotes_by_sentence(doc: Doc) -> tuple[list[list[Quote]], list[list[Quote]]] | None:
    """Per sentence, in the article's quote order: the quotes whose cue stands in it and the quotes
    whose content overlaps it, so each sentence and trigger looks only at its own quotes.  None when
    the sentences are not in order without overlap (then callers look at every quote)."""
    sentences = doc.sentences
    starts = [x.start for x in sentences]
    if any(sentences[k].end > sentences[k + 1].start or sentences[k].start > sentences[k].end
           for k in range(len(sentences) - 1)):
        return None
    cued: list[list[Quote]] = [[] for _ in sentences]
    holding: list[list[Quote]] = [[] for _ in sentences]
    for q in doc.quotes or ():
        if q.cue is not None:
            k = bisect_right(starts, q.cue.start) - 1
            if k >= 0 and q.cue.start < sentences[k].end:
                cued[k].append(q)
        c = q.content
        for k in range(max(0, bisect_right(starts, c.start) - 1), bisect_left(starts, c.end)):
            if sentences[k].start < c.end and sentences[k].end > c.start:
                holding[k].append(q)
    return cued, holding


def quote_of(quotes: list[Quote], start: int) -> str | None:
    for q in quotes:
        if q.content.start <= start < q.content.end:
            return q.id
    return None


def home_country(doc: Doc) -> str | None:
    """The country most of the article's named things belong to, when one clearly dominates."""
    counts: dict[str, int] = {}
    for ent in doc.entities or ():
        if ent.country:
            counts[ent.country] = counts.get(ent.country, 0) + max(1, len(ent.mentions))
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    total = sum(counts.values())
    return best if counts[best] >= 3 and counts[best] * 2 >= total else None


def with_country(span: ActorSpan | None, actors: list[ActorSpan], toks: list[Token], first: int,
                  sector_country: dict[str, str], home: str | None) -> ActorSpan | None:
    """Give a state sector named without its country (الجيش, قواتها, قوات الأمن) the country it belongs to.

    A possessive pronoun points back to the sentence's earlier actor (وزارة الدفاع الروسية ... قواتها);
    otherwise the same sector named earlier with a country (الجيش الإسرائيلي ... الجيش), otherwise the
    article's own country when one clearly dominates.  Otherwise the country stays unknown.
    """
    if span is not None and not span.country and span.sector is None and span.kind == "group":
        # The sides of the story (جميع الأطراف, الطرفين): the story's country when it has one.
        return replace(span, country=home) if home else span
    if span is not None and span.kind == "group" and span.sector == "BUS" and not span.country \
            and _definite_head(span, toks, first) and sector_country.get("BUS"):
        # الشركة, the company named before (مصر للغزل والنسيج ... ولم تستجب إدارة الشركة): that one's country.
        return replace(span, country=sector_country["BUS"])
    local = LOCAL_BODY_SECTORS if span is not None and span.kind == "entity" and not span.international else (
        LOCAL_GROUP_SECTORS)
    if span is None or span.country or span.sector not in NATIONAL_SECTORS | local:
        return span
    if span.sector == "MIL" and (by_home := _home_default(span, toks, first, home or "")) is not None:
        return replace(span, country=by_home[0] or None, sector=by_home[1])
    if span.kind != "group" and not (span.kind == "entity" and span.entity_type in ("ORG", "PER")):
        return span  # a named body or official with a state sector but no country (وزارة الداخلية, a minister)
    country = None
    k = span.first - first  # the span may be carried over from an earlier sentence
    if 0 <= k < len(toks) and toks[k].suffix in ("ه", "ها", "هم"):
        country = next((a.country for a in reversed(actors)
                        if a.last <= span.first and a.country and can_own(a, toks, first)), None)
    if span.sector == "OPP" and not country:
        # اتهم الرئيس التونسي المعارضة: the opposition a state's official deals with is that state's own.
        country = next((a.country for a in reversed(actors) if a.last <= span.first and a.country
                        and a.sector in ("GOV", "COP", "JUD", "LEG")), None)
    if span.sector in ("CVL", "REF") and not country:
        # Unnamed people (مواطنين, الأهالي) are the story's own, even beside settlers or foreign troops;
        # with no story country they stay unplaced rather than take the attackers' country.
        return replace(span, country=home) if home else span
    country = country or next((a.country for a in reversed(actors) if a.last <= span.first and a.country
                               and a.sector == span.sector and a.kind == "group"), None)
    if span.kind == "entity":
        # A named official or body with no known country is the story's own; an unnamed army or government
        # named before with a country (الجيش الإسرائيلي ... الجيش) is that one.
        country = country or home or sector_country.get(span.sector)
    else:
        country = country or sector_country.get(span.sector) or home
    return replace(span, country=country) if country else span


def _definite_head(span: ActorSpan, toks: list[Token], first: int) -> bool:
    k = span.first - first
    return 0 <= k < len(toks) and toks[k].prefix.endswith("ال") and span.last - span.first == 1


@lru_cache(maxsize=1)
def _home_defaults() -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for row in read_table("actor_home_defaults"):
        word = normalize(row["word"])
        for form in (word, word[2:] if word.startswith("ال") else "ال" + word):
            out[(form, row["home"])] = (row["country"], row["sector"])
    return out


def _home_default(span: ActorSpan, toks: list[Token], first: int, home: str) -> tuple[str, str] | None:
    """The code actor_home_defaults.tsv gives a word of the span in a story about ``home``."""
    a, b = span.first - first, span.last - first
    if a < 0 or b > len(toks):
        return None  # carried over from an earlier sentence
    table = _home_defaults()
    for tok in toks[a:b]:
        for form in (tok.norm, tok.bare, tok.stem):
            got = table.get((form, home)) or table.get((form, "*"))  # "*": a story about any other country
            if got is not None:
                return got
    return None


# Particles that may stand before a quote's first verb without being its subject.
QUOTE_OPENERS = {"لن", "لم", "لا", "قد", "سوف", "نحن", "اننا", "انا"}


def _opens_quote(doc: Doc, quote: Quote, start: int) -> bool:
    """The trigger is the quote's first word, after particles only ("سنرد", "لن نسمح", "قد نضطر")."""
    # Tokens are in text order, so the quote's opening is found by bisection, not a scan of the article.
    tokens = doc.tokens
    lo = bisect_left(tokens, quote.content.start, key=_token_start)
    hi = bisect_left(tokens, start, lo, key=_token_start)
    words = [t for t in tokens[lo:hi] if t.is_word]
    if words and _first_person_future(words[-1]):
        return True  # "لهذا السبب سنظل مستعدين": "we will" right before the act is the speaker's side
    return all(t.norm in QUOTE_OPENERS or t.norm[1:] in QUOTE_OPENERS for t in words)


def _first_person_future(tok: Token) -> bool:
    """سنظل, وسنواصل: a first-person plural future verb (the prefix سن on a verb of two letters or more)."""
    norm = tok.norm[1:] if tok.norm[:1] in "وف" else tok.norm
    return norm.startswith("سن") and len(norm) >= 4 and norm not in YEAR_WORDS

# Words for years that start like a first-person future verb.
YEAR_WORDS = {"سنه", "سنوات", "سنين", "سنتين", "سنتان", "سنوي", "سنويا", "سنويه"}


def elided_subject(doc: Doc, quote_id: str | None, seen: list[ActorSpan], current_agent: ActorSpan | None,
                    target: ActorSpan | None, start: int) -> ActorSpan | None:
    """The doer of a verb whose subject is left out.

    Inside a quotation an unnamed subject is the speaker's side ("سنرد" said by the minister); in
    narrative a verb with no subject continues the previous sentence's doer (وصل كيري ... وسيلتقي).
    """
    found: ActorSpan | None = None
    if quote_id is not None:
        quote = next((q for q in doc.quotes if q.id == quote_id), None)
        speaker = quote.speaker if quote is not None and quote.kind != "according" else None
        if speaker is None or not _opens_quote(doc, quote, start):
            return None  # a verb further into the quote has a subject of its own (استمرار الحرب يهدد)
        found = next((a for a in seen if a.start < speaker.end and a.end > speaker.start), None)
        if found is None and speaker.entity:
            found = next((a for a in reversed(seen) if a.entity == speaker.entity), None)
    elif current_agent is not None and current_agent.end <= start:
        found = current_agent
    if found is not None and (found.sector == "MED" or target is not None and found.code == target.code):
        return None  # an outlet reports, it does not act
    return found


# "His/her/our country" (قال الوزير إن بلاده لن تقبل): the state of the person speaking or acting.
STATE_SECTORS = {"GOV"}  # a ministry of defence speaking of "our country" means the state, not the army
# (Not بلده: normalised, it is also بلدة, a town.)
OWN_COUNTRY_WORDS = {"بلاده", "بلادها", "بلادهم", "بلادنا", "بلدها", "بلدنا"}


def own_country_actors(toks: list[Token], actors: list[ActorSpan], first: int,
                       speaker: ActorSpan | None) -> list[ActorSpan]:
    """Actors for بلاده / بلادنا: the country of the sentence's speaker (قال عراقجي إن بلاده), else of the
    nearest person or government actor before the word; a word nobody owns stays no actor."""
    out: list[ActorSpan] = []
    for k, tok in enumerate(toks):
        if tok.bare not in OWN_COUNTRY_WORDS and tok.norm not in OWN_COUNTRY_WORDS:
            continue
        owner = speaker if speaker is not None and speaker.country else next(
            (a for a in reversed(actors) if a.last - first <= k and a.country
             and (a.entity_type == "PER" or a.sector == "GOV")), None)
        if owner is None or not owner.country or owner.sector == "IGO":
            continue
        # The state speaks and acts through its owner: the minister's government (IRN GOV), not the bare state.
        out.append(ActorSpan(first + k, first + k + 1, tok.start, tok.end, country=owner.country,
                             sector=owner.sector if owner.sector in STATE_SECTORS else None, kind="group"))
    return out
