"""Recognition, clitics, linking and actor codes on Arabic news sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline

TEXT = (
    "التقى وزير الخارجية الفرنسي جان نويل بارو في باريس أمس الثلاثاء نظيره الأردني أيمن الصفدي. "
    "وقال بارو للصحافيين إن فرنسا تدعم جهود الأردن. "
    "وأعلنت وزارة الدفاع التركية أن طائراتها قصفت مواقع في شمال العراق، فيما قال الجيش السوري إنه صد هجوما. "
    "واتهمت موسكو وواشنطن بعرقلة الحل، وقال المتحدث باسم الكرملين دميتري بيسكوف إن لروسيا مصالح في سوريا. "
    "ونقلت وكالة رويترز عن مصدر عسكري سوري أن البنتاغون أرسل تعزيزات، وأكدت وزارة الدفاع الأمريكية ذلك."
)


@pytest.fixture(scope="module")
def article():
    return Pipeline(stages=("entities",))(TEXT)


def _by_text(article, surface):
    for ent in article.entities:
        if any(m.text == surface for m in ent.mentions):
            return ent
    raise AssertionError(f"no entity with mention {surface!r}: {[e.name for e in article.entities]}")


def test_mentions_index_the_original_text(article):
    for ent in article.entities:
        for m in ent.mentions:
            assert TEXT[m.start : m.end] == m.text


def test_person_after_title_gets_country_and_sector_from_the_title(article):
    barrot = _by_text(article, "جان نويل بارو")
    assert barrot.type == "PER"
    assert barrot.country == "FRA" and barrot.sector == "GOV"
    # the surname alone later in the article is the same person
    assert [m.text for m in barrot.mentions] == ["جان نويل بارو", "بارو"]


def test_known_person_has_english_name(article):
    safadi = _by_text(article, "أيمن الصفدي")
    assert safadi.name_en == "Ayman Safadi" and safadi.country == "JOR"


def test_clitics_stay_outside_the_span(article):
    washington = _by_text(article, "واشنطن")
    assert washington.type == "LOC" and washington.country == "USA"
    starts = [m.start for m in washington.mentions]
    assert TEXT[starts[0] - 2 : starts[0]] == " و"  # the conjunction و is not in the span
    russia = _by_text(article, "روسيا")
    assert TEXT[russia.mentions[0].start - 1] == "ل"


def test_organisation_with_nationality_adjective(article):
    mod = _by_text(article, "وزارة الدفاع التركية")
    # the defence ministry is coded with the military (GUIDELINES.md, "Actor sectors")
    assert mod.type == "ORG" and mod.country == "TUR" and mod.sector == "MIL"
    army = _by_text(article, "الجيش السوري")
    assert army.country == "SYR" and army.sector == "MIL"


def test_acronym_and_full_name_are_one_identity(article):
    pentagon = _by_text(article, "البنتاغون")
    assert {m.text for m in pentagon.mentions} == {"البنتاغون", "وزارة الدفاع الأمريكية"}
    assert pentagon.name_en == "Pentagon"


def test_title_words_are_not_entities(article):
    names = {m.text for e in article.entities for m in e.mentions}
    assert "وزير الخارجية" not in names and "الخارجية الفرنسي" not in names
    assert "الفرنسي" not in names


def test_token_entity_labels_the_tokens_of_each_mention():
    pipe = Pipeline(stages=("entities",))
    doc = pipe.make_doc(TEXT)
    assert len(doc.token_entity) == len(doc.tokens)
    kremlin = next(i for i, e in enumerate(doc.entities) if e.name_en == "Kremlin")
    labelled = [doc.tokens[i].text for i, n in enumerate(doc.token_entity) if n == kremlin]
    assert labelled == ["الكرملين"]
