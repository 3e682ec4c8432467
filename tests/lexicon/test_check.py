"""``marsad lexicon check``: the shipped event/actor lexicons are clean; broken ones are caught."""

from __future__ import annotations

import argparse
import shutil

from marsad.lexicon import DATA_DIR
from marsad.lexicon.cli import check_lexicons, register

OWN = ("event_", "actor_")


def test_every_shipped_lexicon_is_clean():
    # Every data file an analyst might extend: duplicates and malformed rows are caught here first.
    assert check_lexicons(DATA_DIR) == []


def _copy(tmp_path):
    for path in DATA_DIR.glob("*.tsv"):
        if path.name.startswith(OWN):
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_inconsistent_rows_are_reported_one_line_each(tmp_path):
    d = _copy(tmp_path)
    verbs = d / "event_verbs.tsv"
    verbs.write_text(verbs.read_text(encoding="utf-8")
                     + "قصف\tverb\tقصف:يقصف\tPROTEST\t\t194\t\twrong type for the code\n"
                     + "ضرب\tverb\tضرب:يضرب\tATTACK\t\t190\t\n"
                     + "ضرب\tnoun\tضرب\tASSAULT\tbombing\t999\t\n", encoding="utf-8")
    sectors = d / "actor_sectors.tsv"
    sectors.write_text(sectors.read_text(encoding="utf-8") + "الجيش\tMIL\t\nالعسكر\tARMY\tXYZ\n", encoding="utf-8")
    problems = check_lexicons(d)
    text = "\n".join(problems)
    assert "CAMEO 194 is ASSAULT in PLOVER, not PROTEST" in text
    assert "unknown PLOVER type 'ATTACK'" in text
    assert "CAMEO code '999' not in event_cameo.tsv" in text
    assert "unknown PLOVER mode 'bombing'" in text
    assert "duplicate phrase 'الجيش'" in text
    assert "unknown sector 'ARMY'" in text and "unknown ISO alpha-3 country 'XYZ'" in text
    assert all(p.count("\n") == 0 and ".tsv:" in p for p in problems)


def test_cli_exit_status(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    d = _copy(tmp_path)
    args = parser.parse_args(["lexicon", "check", "--dir", str(d)])
    assert args.func(args) == 0
    (d / "event_months.tsv").write_text("name\tmonth\nيناير\t13\n", encoding="utf-8")
    assert args.func(args) == 1
    assert "event_months.tsv:2: month '13' is not 1-12" in capsys.readouterr().out
