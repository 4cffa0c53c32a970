"""``tripmap export`` writes real PNG, SVG and PDF files of the map and timeline (one run per format)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import SAMPLE

from .checks import check_image, check_svg

pytestmark = pytest.mark.browser  # kaleido drives Chromium


def _export(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tripmap.cli", "export", str(SAMPLE), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_cli_exports_each_format_with_date_filter_and_errors(tmp_path: Path) -> None:
    out = {name: tmp_path / name for name in ("map.png", "map.pdf", "timeline.svg", "bad.png")}
    jobs = {  # in parallel: each run starts its own Chromium
        "map.png": _export(["--what", "map", "--format", "png", "-o", str(out["map.png"])]),
        "map.pdf": _export(["--what", "map", "--format", "pdf", "-o", str(out["map.pdf"])]),
        "timeline.svg": _export(["--what", "timeline", "--format", "svg", "-o", str(out["timeline.svg"]),
                                 "--from", "2023-11-09"]),
        "bad.png": _export(["--what", "map", "--format", "png", "-o", str(out["bad.png"]), "--from", "2023-13-40"]),
    }
    errs = {}
    for name, proc in jobs.items():
        _, err = proc.communicate(timeout=120)
        errs[name] = (proc.returncode, err.decode())
    for name in ("map.png", "map.pdf", "timeline.svg"):
        assert errs[name][0] == 0, errs[name][1]
    check_image(out["map.png"].read_bytes(), "map", "png")
    check_image(out["map.pdf"].read_bytes(), "map", "pdf")
    root = check_svg(out["timeline.svg"].read_bytes(), "timeline")
    labels = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Seoul" in labels and "New Delhi" in labels and "Tokyo" not in labels  # Tokyo ends on 8 Nov
    code, err = errs["bad.png"]
    assert code == 2 and "--from" in err and "Traceback" not in err
    assert not out["bad.png"].exists()
