"""Print the README's per-cue table from the test tables of tests/extract/test_itinerary.py.

    python scripts/cue_table.py > /tmp/table.md   # then paste it into README.md's <details> block
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.extract import test_itinerary as t  # noqa: E402


def rows() -> list[str]:
    out = [f"| {cue} | stop | {', '.join(exp)} |" for cue, _, exp in t.STOP_CUES + t.MORE_CUES]
    out += [f"| {what} | not a stop | {', '.join(sorted(excl))} |" for what, _, excl in t.NOT_STOPS]
    for what, _, _, exp in t.DATES_AND_STATUS + t.MORE_DATES + t.HARDER:
        days = "; ".join(f"{p} {st} {s or '?'}..{e or '?'}" for p, st, s, e in exp)
        out.append(f"| {what} | dates, status | {days} |")
    for what, _, _, exp in t.ORDER_CUES:
        out.append(f"| {what} | order | {' → '.join(f'{p} ({st})' for p, st in exp)} |")
    for what, _, _, exp in t.WORLD_TRIPS + t.MOVES:
        steps = " → ".join(f"{p} ({st} {s or '?'})" for p, st, s in exp)
        out.append(f"| {what} | order, dates | {steps} |")
    out += [f"| {what} | which place | {', '.join(p for p, _, _ in exp)} |" for what, _, exp in t.WHICH_PLACE]
    return out


if __name__ == "__main__":
    print("| cue (test id) | decides | result asserted |\n|---|---|---|")
    print("\n".join(rows()))
