"""CoNLL corpora for the CRF: from inline-marked sentences and from the gold set (dev only).

``python -m marsad.entities.conll marked data/ner/train_marked.txt > data/ner/train.conll``
``python -m marsad.entities.conll gold data/gold dev > data/ner/dev.conll``

Inline marking is ``[surface](TYPE)`` with TYPE in PER ORG LOC MISC, one sentence a line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from marsad.model import Article

MARK = re.compile(r"\[([^\[\]\n]+?)\]\((PER|ORG|LOC|MISC)\)")


def _tagged_sentences(text: str, spans: list[tuple[int, int, str]], sentences) -> Iterator[list[tuple[str, str]]]:
    from marsad.doc import Doc
    from marsad.text import process_text

    doc = process_text(Doc(text=text))
    for first, last in doc.sentence_tokens:
        rows = []
        for tok in doc.tokens[first:last]:
            tag = "O"
            for start, end, kind in spans:
                if tok.start < end and start < tok.end:
                    tag = ("B-" if tok.start <= start else "I-") + kind
                    break
            rows.append((tok.text, tag))
        if rows:
            yield rows


def from_marked(text: str) -> Iterator[list[tuple[str, str]]]:
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        plain, spans, pos, out = [], [], 0, 0
        for m in MARK.finditer(line):
            plain.append(line[pos : m.start()])
            out += m.start() - pos
            spans.append((out, out + len(m.group(1)), m.group(2)))
            plain.append(m.group(1))
            out += len(m.group(1))
            pos = m.end()
        plain.append(line[pos:])
        yield from _tagged_sentences("".join(plain), spans, None)


def from_article(art: Article) -> Iterator[list[tuple[str, str]]]:
    spans = [(m.start, m.end, e.type) for e in art.entities for m in e.mentions]
    yield from _tagged_sentences(art.text, spans, art.sentences)


def write(sentences: Iterator[list[tuple[str, str]]], out) -> int:
    n = 0
    for rows in sentences:
        out.write("\n".join(f"{w} {t}" for w, t in rows) + "\n\n")
        n += 1
    return n


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "marked":
        write(from_marked(Path(argv[1]).read_text(encoding="utf-8")), sys.stdout)
        return 0
    if len(argv) >= 3 and argv[0] == "gold":
        from marsad.evaluate.gold import iter_gold

        if argv[2] == "test":
            print("refusing to export the held-out test split", file=sys.stderr)
            return 2
        for art in iter_gold(Path(argv[1]), argv[2]):
            write(from_article(art), sys.stdout)
        return 0
    print("usage: python -m marsad.entities.conll marked FILE | gold GOLD_DIR dev", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
