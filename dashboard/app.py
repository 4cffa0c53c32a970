"""The Dash application: builds the page around already-read articles and serves it.

``create_app(articles)`` uses the embedded sample when no articles are given; ``run`` serves on
127.0.0.1 without debug mode unless told otherwise.
"""

from __future__ import annotations

from pathlib import Path

from dash import Dash

from extract import extract_articles
from extract.model import Article
from extract.reader import read_path
from extract.settings import Settings

from . import ASSETS, SAMPLE
from .callbacks import register_callbacks
from .layout import layout
from .upload import MAX_UPLOAD_BYTES
from .workspace import Workspace


def sample_articles() -> list[Article]:
    """The embedded sample article (Blinken in Tokyo, 7 November 2023)."""
    return [read_path(SAMPLE)]


def create_app(articles: list[Article] | None = None, workspace: str | Path | None = None,
               settings: Settings | None = None) -> Dash:
    """The dashboard for ``articles`` (merged into one trip), or for the embedded sample."""
    settings = settings or Settings.from_env()
    ws = Workspace(workspace)
    it, keys = ws.apply(extract_articles(articles or sample_articles(), settings))
    app = Dash(__name__, assets_folder=str(ASSETS), title="tripmap", update_title=None, serve_locally=True)
    # several files per upload, base64-encoded (4/3 larger): room for a few capped files per request
    app.server.config["MAX_CONTENT_LENGTH"] = 8 * MAX_UPLOAD_BYTES
    app.layout = layout(it, keys)
    app.server.config["TRIPMAP_WORKSPACE"] = str(ws.path)
    register_callbacks(app, ws, settings)
    return app


def run(
    articles: list[Article] | None = None,
    host: str = "127.0.0.1",
    port: int = 8050,
    debug: bool = False,
    workspace: str | None = None,
) -> None:
    """Serve the dashboard (blocking)."""
    app = create_app(articles, workspace)
    where = app.server.config["TRIPMAP_WORKSPACE"]
    print(f"tripmap dashboard on http://{host}:{port}/ (corrections saved in {where})", flush=True)
    app.run(host=host, port=port, debug=debug)


if __name__ == "__main__":
    run()
