"""A CRF sequence tagger (python-crfsuite) over the same tokens and lexicons as the rules.

Features are the word and its clitic analysis, its frequency band, lexicon
memberships (given name, title, nationality, organisation head) and the tag the
rules gave it, so the model learns where to trust and where to extend the rules.
Tags are IOB with PER/ORG/LOC/MISC (``PERS`` in CoNLL input is read as PER).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.doc import Doc, Token
from marsad.entities.gazetteer import first_names
from marsad.entities.recognize import Candidate, Recognizer, clitic_offset, select
from marsad.text.normalize import normalize
from marsad.text.tokenize import analyze_clitics, is_arabic_word
from marsad.text.wordfreq_ar import zipf

TYPE_ALIASES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def canonical_tag(tag: str) -> str:
    """B-PERS → B-PER; anything unknown → O."""
    if tag in ("O", ""):
        return "O"
    bio, _, kind = tag.partition("-")
    kind = TYPE_ALIASES.get(kind.upper())
    if bio.upper() not in ("B", "I") or kind is None:
        return "O"
    return f"{bio.upper()}-{kind}"


def make_tokens(words: Sequence[str]) -> tuple[str, list[Token]]:
    """Tokens (with clitic analysis) for a pre-tokenised sentence, joined by spaces."""
    tokens, pos = [], 0
    for w in words:
        norm = normalize(w)
        word = is_arabic_word(norm)
        prefix, stem, suffix = analyze_clitics(norm) if word else ("", norm, "")
        tokens.append(Token(w, pos, pos + len(w), norm, prefix, stem, suffix, 0, word or w[:1].isalpha()))
        pos += len(w) + 1
    return " ".join(words), tokens


def rule_tags(rec: Recognizer, toks: list[Token], first: int, last: int) -> list[str]:
    tags = ["O"] * (last - first)
    for c in select(rec.sentence(toks, first, last)):
        for k in range(c.first, c.last):
            tags[k - first] = ("B-" if k == c.first else "I-") + c.type
    return tags


def _band(z: float) -> str:
    return "rare" if z < 2.5 else "low" if z < 3.5 else "mid" if z < 4.5 else "high"


def sentence_features(rec: Recognizer, toks: list[Token], first: int, last: int) -> list[list[str]]:
    names = first_names()
    rules = rule_tags(rec, toks, first, last)
    base = []
    for k in range(first, last):
        t = toks[k]
        is_nat, _ = rec.nationality(t)
        feats = [
            f"w={t.norm}", f"stem={t.stem}", f"pre={t.prefix}", f"suf3={t.stem[-3:]}", f"suf2={t.stem[-2:]}",
            f"pre2={t.stem[:2]}", f"band={_band(zipf(t.norm))}", f"rule={rules[k - first]}",
            f"word={t.is_word}",
        ]
        if t.norm in names:
            feats.append("given")
        if is_nat:
            feats.append("nationality")
        if rec.title_at(toks, k, last):
            feats.append("title")
        if t.norm in rec.stop:
            feats.append("stop")
        if not t.is_word:
            feats.append(f"punct={t.text}")
        base.append(feats)
    out = []
    n = len(base)
    for k in range(n):
        feats = list(base[k])
        for off in (-2, -1, 1, 2):
            j = k + off
            if 0 <= j < n:
                feats += [f"{off}:{f}" for f in base[j][:2] + base[j][6:8]]
                if "title" in base[j]:
                    feats.append(f"{off}:title")
                if "given" in base[j]:
                    feats.append(f"{off}:given")
            else:
                feats.append(f"{off}:edge")
        out.append(feats)
    return out


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last exclusive, type) spans from IOB tags (an I- without B- opens a span)."""
    spans, start, kind = [], None, None
    for k, tag in enumerate([*tags, "O"]):
        bio, _, t = tag.partition("-")
        if start is not None and (bio != "I" or t != kind):
            spans.append((start, k, kind))
            start = None
        if bio == "B" or (bio == "I" and start is None):
            start, kind = k, t
    return spans


class CrfTagger:
    def __init__(self, path: Path | str, recognizer: Recognizer):
        import pycrfsuite

        self.recognizer = recognizer
        self.tagger = pycrfsuite.Tagger()
        try:
            self.tagger.open(str(path))
        except OSError as exc:
            raise ValueError(f"{path}: not a CRF model ({exc})") from None

    def tag(self, toks: list[Token], first: int, last: int) -> list[str]:
        if last <= first:
            return []
        return self.tagger.tag(sentence_features(self.recognizer, toks, first, last))

    def candidates(self, doc: Doc, first: int, last: int) -> list[Candidate]:
        out = []
        toks = doc.tokens
        for a, b, kind in spans_from_tags(self.tag(toks, first, last)):
            a, b = a + first, b + first
            if not toks[a].is_word:
                continue
            off = clitic_offset(toks[a], toks[a].bare) if toks[a].prefix else 0
            out.append(Candidate(a, b, toks[a].start + off, toks[b - 1].end, kind, "crf"))
        return out


def read_conll(path: Path | str) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file: ``token TAG`` per line (extra middle columns ignored), blank lines between."""
    sentences, words, tags = [], [], []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate([*lines, ""], 1):
        cells = line.split()
        if not cells or line.startswith("-DOCSTART-"):
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        if len(cells) < 2:
            raise ValueError(f"{path}:{lineno}: expected 'token TAG', got {line!r}")
        words.append(cells[0])
        tags.append(canonical_tag(cells[-1]))
    return sentences


def train(paths: Iterable[Path | str], model_path: Path | str, recognizer: Recognizer,
          max_iterations: int = 150) -> int:
    """Train a CRF on CoNLL files; returns the number of sentences used."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for path in paths:
        for words, tags in read_conll(path):
            _, toks = make_tokens(words)
            trainer.append(sentence_features(recognizer, toks, 0, len(toks)), tags)
            n += 1
    if n == 0:
        raise ValueError("no sentences to train on")
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    Path(model_path).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return n
