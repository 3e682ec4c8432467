"""``marsad train ner FILE.conll [FILE …] [-o MODEL]``: train the CRF entity tagger."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def cmd_train_ner(args: argparse.Namespace) -> int:
    from marsad.cli import UserError
    from marsad.entities.crf import train
    from marsad.entities.gazetteer import gazetteer
    from marsad.entities.recognize import Recognizer

    for path in args.files:
        if not Path(path).is_file():
            raise UserError(f"training file not found: {path}")
    try:
        n = train(args.files, args.output, Recognizer(gazetteer()), max_iterations=args.iterations)
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(str(exc)) from None
    print(f"marsad: trained on {n} sentences → {args.output}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a model (ner: the CRF entity tagger)")
    tsub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = tsub.add_parser("ner", help="train the CRF entity tagger on CoNLL files (token TAG per line)")
    q.add_argument("files", nargs="+", metavar="FILE.conll")
    q.add_argument("-o", "--output", default="ner.crfsuite", metavar="MODEL")
    q.add_argument("--iterations", type=int, default=150)
    q.set_defaults(func=cmd_train_ner)
