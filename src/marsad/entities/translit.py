"""Arabic → Latin transliteration good enough to recognise a name (بيسكوف → Biskov, not "Byskwf").

Known words come from the lexicons (given names, people's names word by word); other
words are spelt letter by letter, guessing the vowels Arabic leaves unwritten:
ي and و between consonants are the vowels i and o/u, a word-initial pair of
consonants takes an "a", and frequent foreign endings are spelt as English spells
them (-وف -ov, -سكي -ski, -يتش -ich).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import normalize

CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ئ": "'", "ؤ": "'", "ڤ": "v", "پ": "p",
    "گ": "g", "چ": "ch",
}
ENDINGS = (("وفيتش", "ovich"), ("يفيتش", "evich"), ("وفا", "ova"), ("وف", "ov"), ("يف", "ev"), ("سكي", "ski"),
           ("يتش", "ich"), ("يان", "ian"), ("يو", "io"))
_VOWEL_LETTERS = "اويى"


def _letters(word: str) -> str:
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev_vowel = i > 0 and word[i - 1] in _VOWEL_LETTERS
        if ch == "ا":
            out.append("a" if not (i == 0 and n > 1 and word[1] in "ي") else "e")
        elif ch in "أآ":
            out.append("a")
        elif ch == "إ":
            out.append("i")
        elif ch == "ى":
            out.append("a")
        elif ch == "ة" or (ch == "ه" and i == n - 1 and n > 2):
            out.append("a")  # ta marbuta (normalised to ه at the end of a word)
        elif ch == "ي":
            if i == 0 or prev_vowel and i + 1 < n:
                out.append("y")
            else:
                out.append("i")
        elif ch == "و":
            if i == 0 or (i + 1 < n and word[i + 1] in "اي"):
                out.append("w")
            else:
                out.append("o")
        else:
            out.append(CONSONANTS.get(ch, ch))
    return "".join(out)


def _insert_vowels(latin: str) -> str:
    """Break a word-initial consonant cluster the way names are usually read (mhmd → mahmd)."""
    vowels = "aeiou"
    if len(latin) >= 3 and latin[0] not in vowels and latin[1] not in vowels and latin[:2] not in (
        "sh", "kh", "th", "gh", "dh", "ch", "st", "sp", "sk", "tr", "br", "kr", "gr", "pr", "fr", "bl", "kl", "fl",
        "pl", "sm", "sn", "sl", "dr"
    ):
        latin = latin[0] + "a" + latin[1:]
    # a final consonant pair ending in r/n/l reads with an e (kartr → karter)
    if len(latin) >= 4 and latin[-1] in "rnl" and latin[-2] not in vowels and latin[-3] not in vowels + "'":
        latin = latin[:-1] + "e" + latin[-1]
    return latin


@lru_cache(maxsize=1)
def _known_words() -> dict[str, str]:
    """Normalised Arabic word → Latin, from the given-name and people lexicons."""
    from marsad.entities.gazetteer import first_names
    from marsad.lexicon import read_table

    out: dict[str, str] = {}
    for row in read_table("names_people"):
        en = row["name_en"].split()
        # Word by word only for plain "given family" names; longer ones do not align reliably.
        if len(en) != 2 or "-" in row["name_en"]:
            continue
        for surface in [row["name"], *(a for a in row["aliases"].split("|") if a.strip())]:
            ar = normalize(surface).split()
            if len(ar) == 2:
                out.setdefault(ar[0], en[0])
                out.setdefault(ar[1], en[1])
            elif len(ar) == 1 and not ar[0].startswith("ال"):
                out.setdefault(ar[0], en[1])
    for ar, en in first_names().items():
        if " " not in ar:
            out[ar] = en
    return out


def transliterate_word(word: str) -> str:
    norm = normalize(word)
    known = _known_words().get(norm)
    if known:
        return known
    article = ""
    if norm.startswith("ال") and len(norm) > 3:
        article, norm = "al-", norm[2:]
        if norm in _known_words():
            return article + _known_words()[norm]
    tail = ""
    for ending, latin in ENDINGS:
        if norm.endswith(ending) and len(norm) > len(ending) + 1:
            norm, tail = norm[: -len(ending)], latin
            break
    latin = _insert_vowels(_letters(norm) + tail)
    latin = latin.replace("''", "'").strip("'") or latin
    return article + latin[:1].upper() + latin[1:]


@lru_cache(maxsize=100_000)
def transliterate(name: str) -> str:
    """Latin spelling of an Arabic name, word by word (عبد الله joined, بن → bin)."""
    words = normalize(name).replace("-", " ").split()
    out = []
    k = 0
    while k < len(words):
        w = words[k]
        if w == "عبد" and k + 1 < len(words):
            out.append("Abdel" + transliterate_word(words[k + 1]).lower().removeprefix("al-"))
            k += 2
            continue
        if w in ("بن", "ابن"):
            out.append("bin")
        elif w == "ابو":
            out.append("Abu")
        elif w == "ال":
            out.append("Al")
        else:
            out.append(transliterate_word(w))
        k += 1
    return " ".join(out)
