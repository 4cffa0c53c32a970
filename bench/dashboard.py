"""Dashboard benchmark: server time of a date-filter update on a 1,000-stop trip, and app start-up.

Run ``python -m bench.dashboard``. The filter update is everything the server does when the date
range changes: parse the stored itinerary sent with the request, filter it, build map and timeline,
build table rows and serialise them as Dash does. The baseline in the same run is an unfiltered redraw.
Targets (issue 6): start-up <= 3 s, filter update <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import plotly.io as pio

from dashboard.trip import dump, filtered_figures, filtered_rows
from dashboard.workspace import stop_key
from extract.model import Article, Itinerary, Mention, Place, Span, Status, Stop


def synthetic_trip(n: int = 1000, seed: int = 7) -> Itinerary:
    """``n`` dated stops around the world over about a year (deterministic)."""
    rnd = random.Random(seed)
    day0 = date(2024, 1, 1)
    stops, mentions = [], []
    for i in range(n):
        start = day0 + timedelta(days=i * 365 // n)
        sentence = f"She visited Place {i} that week. "
        mentions.append(Mention("place", f"Place {i}", i * 40 + 12, i * 40 + 12 + len(f"Place {i}"), sentence,
                                i * 40, role="stop"))
        stops.append(Stop(
            place=Place(f"Place {i}", "XX", rnd.uniform(-60, 70), rnd.uniform(-180, 180), gazetteer_id=str(i)),
            order=i + 1, start=start, end=start + timedelta(days=rnd.randint(0, 2)),
            status=rnd.choice(list(Status)), evidence=[Span(f"visited Place {i}", i * 40 + 4, i * 40 + 20)],
            inferred=i % 7 == 0,
        ))
    return Itinerary(traveller="Bench Traveller", published=date(2024, 6, 1), stops=stops, mentions=mentions,
                     articles=[Article(text="Bench article. " * 200, id="bench")])


def update_ms(data: dict, start: str | None, end: str | None) -> float:
    """Wall time of one filter update as the two Dash callbacks compute it, in ms.

    Each callback receives the stored itinerary as JSON (parsed here too), filters it and
    returns its outputs serialised as Dash sends them.
    """
    payload = json.dumps(data)
    t = time.perf_counter()
    fig_map, fig_tl = filtered_figures(json.loads(payload), start, end, None)
    rows = filtered_rows(json.loads(payload), start, end)
    pio.to_json(fig_map, validate=False), pio.to_json(fig_tl, validate=False), json.dumps(rows)
    return (time.perf_counter() - t) * 1000


def median_ms(data: dict, start: str | None, end: str | None, repeat: int) -> float:
    update_ms(data, start, end)  # warm caches and imports
    return statistics.median(update_ms(data, start, end) for _ in range(repeat))


def startup_seconds(port: int = 8765) -> float:
    """Seconds from launching ``tripmap serve`` on the sample to its page layout being served."""
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "tripmap.cli", "serve", "--port", str(port), "--workspace", str(Path(tmp) / "w.sqlite")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            while time.perf_counter() - t < 120:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-layout", timeout=1).read()
                    return time.perf_counter() - t
                except OSError:
                    time.sleep(0.05)
            raise RuntimeError("server did not start")
        finally:
            proc.terminate()
            proc.wait(10)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--stops", type=int, default=1000)
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--no-startup", action="store_true")
    args = p.parse_args()
    it = synthetic_trip(args.stops)
    data = dump(it, [stop_key(s) for s in it.stops])
    base = median_ms(data, None, None, args.repeat)
    quarter = median_ms(data, "2024-03-01", "2024-05-31", args.repeat)
    half = median_ms(data, "2024-01-01", "2024-06-30", args.repeat)
    print(f"filter update, {args.stops} stops (median of {args.repeat}, server time):")
    print(f"  baseline: unfiltered redraw      {base:7.1f} ms")
    print(f"  filter to 3 months (~25% stops)  {quarter:7.1f} ms   target <= 100 ms")
    print(f"  filter to 6 months (~50% stops)  {half:7.1f} ms   target <= 100 ms")
    if not args.no_startup:
        s = startup_seconds()
        print(f"app start-up (launch to layout served, sample article): {s:.2f} s   target <= 3 s")


if __name__ == "__main__":
    main()
