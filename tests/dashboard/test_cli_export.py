"""``tripmap export`` writes real PNG, SVG and PDF files of the map and timeline."""

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


def test_cli_exports_every_format(tmp_path: Path) -> None:
    jobs = {}
    for what, fmt in (("map", "png"), ("map", "svg"), ("map", "pdf"), ("timeline", "pdf")):
        out = tmp_path / f"{what}.{fmt}"
        jobs[(what, fmt, out)] = _export(["--what", what, "--format", fmt, "-o", str(out)])
    for (what, fmt, out), proc in jobs.items():
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        check_image(out.read_bytes(), what, fmt)


def test_cli_export_date_filter_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    proc = _export(["--what", "timeline", "--format", "svg", "-o", str(out), "--from", "2023-11-09"])
    bad = _export(["--what", "map", "--format", "png", "-o", str(tmp_path / "x.png"), "--from", "2023-13-40"])
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    root = check_svg(out.read_bytes(), "timeline")
    labels = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Seoul" in labels and "New Delhi" in labels and "Tokyo" not in labels  # Tokyo ends on 8 Nov
    _, berr = bad.communicate(timeout=120)
    assert bad.returncode == 2 and b"--from" in berr and b"Traceback" not in berr
    assert not (tmp_path / "x.png").exists()
