"""Word tests every entity rule shares: can this token be part of a name, is it a
nationality adjective, or is it an ordinary word by its shape?

A mixin of :class:`marsad.entities.recognize.Recognizer`, which holds the lexicons
(``first_names``, ``person_words``, ``stop``, ``nationalities``) these tests read.
"""

from __future__ import annotations

from marsad.doc import Token
from marsad.entities.token_forms import has_conjunction, has_preposition
from marsad.text.wordfreq_ar import zipf


class NameWords:
    def nationality(self, tok: Token) -> tuple[bool, str | None]:
        for form in (tok.norm, tok.bare):
            if form in self.nationalities:
                return True, self.nationalities[form]
        return False, None

    def name_word(self, tok: Token) -> bool:
        if not tok.is_word or not tok.text[:1].isalpha():
            return False
        if tok.norm == "علي":
            return not tok.text.endswith("ى")  # على is the preposition, علي the name
        if tok.norm in self.stop or tok.bare in self.stop:
            return False
        if (has_preposition(tok.prefix) and tok.norm not in self.first_names
                and tok.norm not in self.person_words and zipf(tok.bare) >= 3.5):
            return False  # بقرار، للمصرف: a preposition on a common word
        return not has_conjunction(tok)

    def common_word_form(self, tok: Token) -> bool:
        """An ordinary word by its shape: an indefinite accusative (اجتماعا، طارئا) or an imperfect
        verb (يقود، تبحث) that is frequent and no known name part."""
        norm = tok.norm
        if norm in self.first_names or norm in self.person_words:
            return False
        z = zipf(norm)
        if norm.endswith("ا") and not norm.endswith("اا") and len(norm) >= 4 and z >= 3.0:
            return True
        return norm[:1] in ("ي", "ت") and 4 <= len(norm) <= 5 and z >= 3.8 and not norm.startswith("ال")
