"""Targets as the object of a trigger: a quantity's counted people, a joined verb's object."""

from __future__ import annotations

from marsad.pipeline import Pipeline

PIPE = Pipeline()


def _events(text: str, etype: str):
    return [e for e in PIPE(text, date="2024-05-21").events if e.type == etype]


def test_people_counted_with_min_are_the_object():
    text = "ومنعت الشرطة المصرية عددا من الصحفيين الأجانب من دخول قاعة المحكمة في القاهرة."
    coerce = _events(text, "COERCE")
    assert coerce and coerce[0].target is not None and coerce[0].target.code.endswith("MED")


def test_joined_verb_after_a_comma_takes_the_actor_as_its_object():
    text = ("نفى المتحدث باسم قوات الدعم السريع قصف الأحياء السكنية، واتهم الجيش السوداني "
            "باستخدام المدنيين دروعا بشرية.")
    accusations = _events(text, "ACCUSE")
    assert accusations and accusations[0].target is not None
    assert accusations[0].target.code == "SDN MIL"
    assert accusations[0].source is None or accusations[0].source.code != "SDN MIL"


def test_joined_verb_with_a_spokesman_subject_keeps_the_spokesman_as_doer():
    text = ("ودانت الخارجية الأردنية الاقتحام، وطالب الناطق باسمها سفيان القضاة الحكومة الإسرائيلية "
            "بوقف الانتهاكات فورا.")
    requests = _events(text, "REQUEST")
    assert requests and requests[0].target is not None and requests[0].target.code == "ISR GOV"
    assert requests[0].source is None or requests[0].source.code != "ISR GOV"


def test_title_with_nationality_then_name_is_one_doer_not_the_target():
    text = ("ودعا رئيس حكومة تصريف الأعمال العراقية محمد السوداني الاتحاد الأوروبي إلى "
            "زيادة المساعدات الإنسانية للنازحين.")
    requests = _events(text, "REQUEST")
    assert requests and requests[0].target is not None
    assert requests[0].target.code == "IGO"
    assert requests[0].source is not None and requests[0].source.code == "IRQ GOV"
