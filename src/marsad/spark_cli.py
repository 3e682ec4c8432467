"""``marsad spark INPUT OUTPUT``: run the pipeline on Apache Spark (local mode by default).

The work is in :mod:`marsad.spark_job`; this module only checks the environment (pyspark,
Java) so a missing piece is one line of advice, never a Java stack trace.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path


def spark_available() -> str | None:
    """None when pyspark and Java are usable, else a one-line reason."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "Spark support needs pyspark: pip install 'marsad[spark]'"
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and (Path(java_home) / "bin" / "java").exists()):
        return "Spark needs Java: install a JRE (Debian: apt-get install default-jre-headless)"
    return None


def cmd_spark(args: argparse.Namespace) -> int:
    from marsad.cli import UserError

    problem = spark_available()
    if problem:
        raise UserError(problem)
    if "://" not in args.input and not Path(args.input).exists():
        raise UserError(f"{args.input}: no such file or directory")
    if args.partitions is not None and args.partitions < 1:
        raise UserError(f"--partitions must be a positive number, got {args.partitions}")
    from marsad.spark_job import loopback_session, run_job

    spark = loopback_session(args.master)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        counts = run_job(spark, args.input, args.output, args.ner_model, args.partitions)
    except ValueError as exc:  # an input Spark can read but marsad cannot use (no 'text' column)
        raise UserError(str(exc)) from None
    finally:
        spark.stop()
    articles, errors = counts.get("articles", 0), counts.get("errors", 0)
    print(json.dumps(counts), file=sys.stdout)
    print(f"marsad: {articles} articles analysed, {errors} errors → {args.output}", file=sys.stderr)
    return 1 if errors else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("spark", help="analyse JSONL/Parquet articles on Apache Spark into Parquet datasets")
    p.add_argument("input", metavar="INPUT", help="JSONL file or directory, or Parquet ({id, text, title?, date?, ...})")
    p.add_argument("output", metavar="OUTPUT", help="directory for articles/ entities/ quotes/ events/ errors/")
    p.add_argument("--master", default="local[*]", help="Spark master (default local[*]; e.g. local[2])")
    p.add_argument("--partitions", type=int, metavar="N", help="analyse in at least N partitions")
    p.add_argument("--ner-model", metavar="FILE")
    p.set_defaults(func=cmd_spark)
