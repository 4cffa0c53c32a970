"""bench.te3 on a tiny synthetic TimeML file: strip, annotate and score round-trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import te3

GOLD = "\n".join(
    [
        '<?xml version="1.0" ?>',
        "<TimeML>",
        "<DOCID>X1</DOCID>",
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
        "1998-08-07</TIMEX3></DCT>",
        "<TEXT>",
        'Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> in Nairobi, AT&amp;T '
        '<EVENT eid="e2" class="REPORTING">said</EVENT>. Talks lasted '
        '<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> and will end '
        '<TIMEX3 tid="t3" type="DATE" value="1998-08-09">Sunday</TIMEX3>.',
        "</TEXT>",
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>',
        '<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>',
        "</TimeML>",
        "",
    ]
)


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path, Path]:
    gold, inp, out = tmp_path / "gold", tmp_path / "in", tmp_path / "out"
    gold.mkdir()
    (gold / "X1.tml").write_text(GOLD, encoding="utf-8")
    return gold, inp, out


def test_strip_keeps_only_the_dct(dirs: tuple[Path, Path, Path]) -> None:
    gold, inp, _ = dirs
    te3.strip_dir(gold, inp)
    stripped = (inp / "X1.tml").read_text(encoding="utf-8")
    assert stripped.count("<TIMEX3") == 1 and 'tid="t0"' in stripped
    assert "<EVENT" not in stripped and "<TLINK" not in stripped and "<MAKEINSTANCE" not in stripped
    assert "Bombs exploded Friday in Nairobi, AT&amp;T said." in stripped


def test_annotate_only_adds_timex_tags(dirs: tuple[Path, Path, Path]) -> None:
    gold, inp, out = dirs
    te3.strip_dir(gold, inp)
    te3.annotate_dir(inp, out)
    annotated = (out / "X1.tml").read_text(encoding="utf-8")
    assert te3._TAG.sub("", annotated) == te3._TAG.sub("", (inp / "X1.tml").read_text(encoding="utf-8"))
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>' in annotated


def test_score_perfect_round_trip(dirs: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    gold, inp, out = dirs
    te3.main(["strip", str(gold), str(inp)])
    te3.main(["annotate", str(inp), str(out)])
    te3.main(["score", str(gold), str(out)])
    scores = json.loads(capsys.readouterr().out.strip())
    assert scores["relaxed_f1"] == 1.0 and scores["strict_f1"] == 1.0
    assert scores["type_f1"] == 1.0 and scores["value_f1"] == 1.0


def test_te3input_suffix_is_dropped(tmp_path: Path) -> None:
    inp, out = tmp_path / "in", tmp_path / "out"
    inp.mkdir()
    (inp / "X2.tml.TE3input").write_text(te3.strip_document(GOLD), encoding="utf-8")
    te3.annotate_dir(inp, out)
    assert [p.name for p in out.iterdir()] == ["X2.tml"]


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ([(0, 6, "DATE", "a")], [(0, 6, "DATE", "a")], (1.0, 1.0, 1.0, 1.0)),
        ([(0, 10, "DATE", "a")], [(3, 6, "DATE", "b")], (0.0, 1.0, 1.0, 0.0)),
        ([(0, 6, "DATE", "a")], [], (0.0, 0.0, 0.0, 0.0)),
    ],
)
def test_match_and_f1(gold, system, expected) -> None:
    g = [te3.Timex(*t) for t in gold]
    s = [te3.Timex(*t) for t in system]
    pairs = te3.match(g, s)
    strict = sum(a.start == b.start and a.end == b.end for a, b in pairs)
    got = (
        te3._f1(strict, len(s), len(g)),
        te3._f1(len(pairs), len(s), len(g)),
        te3._f1(sum(a.type == b.type for a, b in pairs), len(s), len(g)),
        te3._f1(sum(a.value == b.value for a, b in pairs), len(s), len(g)),
    )
    assert got == expected
