"""tripmap's Dash dashboard: draws what ``extract`` returns; holds no extraction logic."""

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
TOPOJSON = ASSETS / "topojson"
SAMPLE = ASSETS / "sample" / "blinken-tokyo-2023-11-07.json"
