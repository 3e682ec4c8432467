"""Find events in a Doc: triggers from the lexicon, then who, whom, where, when and how asserted.

Arabic news puts the subject after the verb (وصل كيري إلى لندن) or, after إن / أن and in
headlines, before it (إن روسيا ستبحث); a verbal noun takes its agent as a genitive or an
adjective (زيارة كيري, غارات إسرائيلية) or through a light verb (شنته قوات النظام).  The
rules in triggers.py, roles.py, actor_context.py and place_date.py follow those patterns; an actor
the sentence does not give stays null.  This module walks the sentences and builds the events.
"""

from __future__ import annotations

from marsad.doc import Doc, Token
from marsad.events.actor_context import (
    contract_actor,
    coordinated,
    coordination_head,
    elided_subject,
    home_country,
    own_country_actors,
    quote_of,
    quotes_by_sentence,
    with_country,
)
from marsad.events.actors import (
    ActorLexicon,
    ActorSpan,
    entity_tokens_by_sentence,
    find_actors,
    resolve_members,
)
from marsad.events.agents import agent_like, opening_subject, speaker_actor, subordinate
from marsad.events.dates import find_dates_in_tokens
from marsad.events.lexicon import TriggerLexicon
from marsad.events.modality import assess, pluperfect_before, sentence_reported
from marsad.events.place_date import event_date, is_old, local_people, location_of
from marsad.events.roles import adverbial_noun, assign_actors, prep_before
from marsad.events.roles_clause import between_parties, purpose_noun, reciprocal_verb
from marsad.events.triggers import about_words, find_triggers
from marsad.model import Event, Span

# Events about another event: the noun after them (أدان الهجوم) has its own, unnamed agent.
SPEECH_ACT_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"}
# Events that bind both sides alike: "between A and B" gives one event each way.
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
# Fighting "between A and B" (اشتباكات بين الجيش والمسلحين) is done by both sides to each other.
MUTUAL_BETWEEN_TYPES = MUTUAL_TYPES | {"ASSAULT"}
# Talks, deals, demands and disputes: a people named there (مع الروس) is its state.
POLITICAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN",
                   "SANCTION", "CONCEDE", "RETREAT"}
# Sides whose warnings forecast rather than threaten (the @state condition of event_verbs.tsv).
NON_STATE_SECTORS = {"IGO", "NGO", "HLH", "EDU", "MED", "CVL", "BUS", "HRI", "REF", "LAB", "ELI"}


# Words that join a verb to the previous one with the same subject unless a new one is named.
SAME_SUBJECT_LINKS = {("قبل", "ان"), ("بعد", "ان"), ("ثم",)}


def _same_subject_link(toks: list[Token], i: int) -> bool:
    before = tuple(t.norm for t in toks[max(0, i - 2):i])
    return any(before[-len(link):] == link for link in SAME_SUBJECT_LINKS)


def _inside_topic(toks: list[Token], trigger: int, target: int) -> bool:
    """An about-word (بشأن، حول …) stands between the trigger and the target after it."""
    about = about_words()
    return any(toks[k].norm in about or toks[k].bare in about for k in range(trigger + 1, target))


def _own_actor(actors: list[ActorSpan], toks: list[Token], i: int, first: int) -> bool:
    """A verbal noun with its own adjective or genitive actor (القصف الإسرائيلي) names a new event."""
    return any(0 < a.first - first - i <= 1 and prep_before(a, toks, first) is None for a in actors)


def extract_events(doc: Doc, triggers_lex: TriggerLexicon, actor_lex: ActorLexicon,
                   cues: dict) -> list[Event]:
    events: list[Event] = []
    home = home_country(doc)
    sector_country: dict[str, str] = {}  # the last country each sector was named with (الجيش الإسرائيلي)
    seen_actors: list[ActorSpan] = []  # every actor so far, for speakers and carried subjects
    current_agent: ActorSpan | None = None  # who the last main clause was about, for a verb with no subject
    told_types: set[str] = set()  # event types already told in an earlier sentence
    told_upto = 0  # events[:told_upto] are in told_types
    entity_index = entity_tokens_by_sentence(doc)  # mentions placed once, not rescanned per sentence
    by_sentence = quotes_by_sentence(doc)  # each sentence's quotes, not every quote for every trigger
    for s, sentence in enumerate(doc.sentences):
        if s >= len(doc.sentence_tokens):
            break
        first, last = doc.sentence_tokens[s]
        if last <= first:
            continue
        toks = doc.tokens[first:last]
        actors = resolve_members(find_actors(doc, s, actor_lex, entity_index), toks, first, seen_actors)
        cued, holding = (by_sentence[0][s], by_sentence[1][s]) if by_sentence else (doc.quotes or [],) * 2
        speakers = speaker_actor(cued, actors, sentence.start, sentence.end)
        own = own_country_actors(toks, actors, first, speakers[0][1] if speakers else current_agent)
        if own:
            actors = sorted(actors + own, key=lambda a: a.first)
        triggers = find_triggers(toks, triggers_lex, actors, first)
        for a in actors:
            if a.country and a.sector:
                sector_country[a.sector] = a.country
        seen_actors.extend(a for a in actors if a.kind != "adjective")
        # Who the sentence's main clause is about: a speaker, the subject of the opening verb (ولم يدل
        # كيري ...), or the doer of a main-clause event below; the earliest one becomes the current agent.
        # (looked up again only when بلاده added actors, which a speaker span may hold)
        agents = speaker_actor(cued, actors, sentence.start, sentence.end) if own else speakers
        opener = opening_subject(toks, actors, first)
        if opener is not None:
            agents.append((opener.start, opener))
        if not triggers:
            current_agent = min(agents, key=lambda c: c[0])[1] if agents else current_agent
            continue
        told_types.update(e.type for e in events[told_upto:])  # only the events added since
        told_upto = len(events)
        dates = find_dates_in_tokens(toks, doc.text, doc.date)
        prev_source: ActorSpan | None = None
        prev_target_first = -1  # the earlier event's object does not stop a joined verb sharing its doer
        evidence = Span(sentence.start, sentence.end, doc.text[sentence.start:sentence.end])
        seen_types: dict[str, set[tuple[str | None, str | None]]] = {}
        reported = sentence_reported(toks)
        for n, trig in enumerate(triggers):
            tok = toks[trig.index]
            entry = trig.entry
            floor = triggers[n - 1].index + 1 if n else 0
            source, target, default_sector = assign_actors(trig, toks, actors, first, floor)
            parties = between_parties(actors, toks, trig.index, first) if entry.pos == "noun" else None
            between = parties is not None and source is parties[0] and target is parties[1]
            quote_id = quote_of(holding, tok.start)
            opens = trig.index <= 1 and not any(a.first < first + trig.index for a in actors)
            if opens and quote_id is None and entry.pos != "noun" and source is not None and target is not None \
                    and (0 <= source.first - target.last <= 1 or source.entity is not None and source.entity == target.entity):
                source = None  # وسيلتقي مع نظيره الإماراتي الشيخ X: the target's apposition is not the doer
            if source is None and n and entry.pos != "noun" and tok.prefix.startswith("و") and prev_source is not None \
                    and not any(floor <= a.first - first < trig.index and a.first not in (prev_target_first, prev_source.first)
                                and a.last > prev_source.last for a in actors):
                source = prev_source  # نفت القوات ... واتهمت الجيش: the joined verb shares the earlier doer
            linked = entry.pos == "verb" and n > 0 and _same_subject_link(toks, trig.index)
            if source is None and linked and prev_source is not None:
                source = prev_source  # وسيلتقي X قبل أن يجري محادثات مع Y: the same doer goes on
            if source is None and entry.pos == "noun" and prev_source is not None and purpose_noun(toks, trig.index):
                source = prev_source  # مستعدون لإجراء مناقشات: the talks are the ready side's
            if source is None and (entry.pos != "noun" or trig.pronoun and quote_id is not None) \
                    and (quote_id is not None or opens):
                # وأضاف أن زيارته المقبلة ستتم: the pronoun of a noun in reported words is the speaker.
                source = elided_subject(doc, quote_id, seen_actors, current_agent, target, tok.start)
            if entry.type in MUTUAL_TYPES and source is not None and 0 < first + trig.index - source.last <= 2:
                # الأردن ومصر سيواصلان التنسيق: the joined subjects act together, one event each way.
                source = coordination_head(source, actors, toks, first)
            if target is not None and _inside_topic(toks, trig.index, target.first - first):
                target = None  # محادثات بشأن الصراع في سورية: what the talks are about is not a party
            source = with_country(source, actors, toks, first, sector_country, home)
            target = with_country(target, actors, toks, first, sector_country, home)
            if entry.pos == "noun" and tok.prefix.endswith("ال") and entry.type in told_types \
                    and not trig.pronoun and not _own_actor(actors, toks, trig.index, first):
                continue  # الهجوم, الاتفاق again: the event an earlier sentence told, not a new one
            if "@state" in entry.conditions and source is not None and source.sector in NON_STATE_SECTORS:
                continue  # a warning from an aid agency or an expert is a forecast, not a threat
            if entry.pos == "noun" and source is None and target is None:
                continue  # a bare verbal noun with nobody attached is a topic (الاتفاق, الحصار), not an event
            codes = seen_types.setdefault(entry.type, set())
            src_code = source.code if source is not None else None
            tgt_code = target.code if target is not None else None
            if codes and (src_code is None or (src_code, tgt_code) in codes or (src_code, None) in codes
                          or tgt_code is None and any(c[0] == src_code for c in codes)):
                continue  # the same kind of event again in one sentence, with no new party: one event
            codes.add((src_code, tgt_code))
            if n and entry.pos == "noun" and source is not None and prev_source is not None \
                    and source.first == prev_source.first and triggers[n - 1].entry.type in SPEECH_ACT_TYPES \
                    and not adverbial_noun(toks, trig.index):
                source = None  # أدانت الجامعة الهجوم: the condemner did not attack (but "، مطالبة X" is hers)
            if source is not None or entry.pos != "noun":
                # أدانت الجزائر الضربات، ودعت ...: a doerless verbal noun (the object) does not break the chain
                prev_source = source
                prev_target_first = target.first if target is not None else -1
            if source is not None and entry.pos != "noun" and quote_id is None and agent_like(source) \
                    and not subordinate(toks, trig.index):
                agents.append((tok.start, source))
            visit = entry.mode == "visit"
            mod = assess(toks, trig.index, cues, trig.future_prefix, quote_id is not None, entry.pos == "noun",
                         reported)
            # An offer in reported words (إن روسيا ستبحث أي طلب) is made when it is said.
            said = entry.type == "AGREE" and mod.modality in ("conditional", "intent")
            date = event_date(doc, dates, tok.start, said)
            modality = mod.modality
            if modality in ("asserted", "reported") and (
                    is_old(date, doc.date) or (entry.pos == "participle" and pluperfect_before(toks, trig.index))):
                modality = "historical"  # وكان ترامب قد أعلن ...، محذرا: the participle shares the background
            if linked and modality == "asserted" and events and events[-1].evidence.start == evidence.start \
                    and events[-1].modality in ("future", "intent", "conditional"):
                modality = events[-1].modality  # سيلتقي … قبل أن يجري: the later step is as unreal as the first
            accuser = next((t for t in reversed(triggers[:n]) if t.entry.type == "ACCUSE"), None)
            if modality == "asserted" and entry.pos == "noun" and accuser is not None \
                    and (trig.index - accuser.index <= 8 or tok.prefix.startswith(("ب", "وب"))):
                modality = "reported"  # اتهم الجيش بقصف ...: the act is the accuser's claim
            location = location_of(doc, toks, actors, trig.index, first, visit)
            source, target = (local_people(a, location) for a in (source, target))
            # Co-ordinated doers or targets (روسيا والصين, الولايات المتحدة وبريطانيا): one event each.
            sources = [source, *coordinated(source, actors, toks, first)]
            targets = [target, *coordinated(target, actors, toks, first)]
            pairs = [(x, targets[0]) for x in sources] + [(sources[0], y) for y in targets[1:]]
            no_party = target is None or (target.kind == "place" and not agent_like(target))
            reciprocal = entry.pos == "verb" and reciprocal_verb(tok)
            if reciprocal and len(sources) == 1 and source is not None:
                # تبادلت إسرائيل وحركة حماس: the partner joined to the doer, a state or a group alike.
                sources += [a for a in actors if a.first == source.last and agent_like(a)
                            and toks[a.first - first].prefix.startswith("و") and a.code != source.code][:1]
            if len(sources) > 1 and (reciprocal or no_party and entry.type in MUTUAL_TYPES and not visit):
                # تبادلت روسيا وأوكرانيا الأسرى: the joined doers are each other's party, whatever the object.
                # اتفقت مصر والسودان على, تستعد بغداد وواشنطن لجولة محادثات: joined doers of a mutual
                # act with no other party act on each other.
                pairs = [(x, y) for x in sources for y in sources if x is not y]
            elif target is not None and (between or any(x.first == target.first for x in sources[1:])):
                # بين بغداد وأربيل: the partner joined to the doer is the other side, not a second doer;
                # a meeting or an accord binds both ways.
                mutual = entry.type in MUTUAL_TYPES or (entry.type in MUTUAL_BETWEEN_TYPES and entry.pos == "noun")
                pairs = [(source, target)] + ([(target, source)] if mutual else [])
            elif reciprocal and source is not None and target is not None and agent_like(target) \
                    and prep_before(target, toks, first) == "مع":
                pairs = [(source, target), (target, source)]  # اشتبك الجيش مع المسلحين: both ways
            political = entry.type in POLITICAL_TYPES
            for src, tgt in pairs:
                events.append(Event(
                    id=f"ev{len(events) + 1}", type=entry.type, mode=entry.mode, cameo=entry.cameo,
                    source=contract_actor(doc, src, default_sector, False, military_doer=entry.type == "ASSAULT",
                                          political=political),
                    target=contract_actor(doc, tgt, default_sector, visit, political=political),
                    negated=mod.negated and "@neg" not in entry.conditions, modality=modality,
                    location=location,
                    date=date, evidence=evidence, trigger=Span(tok.start, tok.end, tok.text),
                    quote=quote_id, context=entry.context,
                ))
        current_agent = min(agents, key=lambda c: c[0])[1] if agents else current_agent
    return events
