"""Uploaded or pasted input as ``Article``s, with a size cap and one clear message per bad file."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from extract.errors import InputError
from extract.model import Article
from extract.reader import read_bytes
from extract.settings import Settings

MAX_UPLOAD_BYTES = 2_000_000  # per file; news articles are a few tens of kB
MAX_BATCH_BYTES = 3 * MAX_UPLOAD_BYTES  # per upload action (all files chosen at once)
ACCEPT = (".txt", ".text", ".html", ".htm", ".json")


@dataclass
class UploadResult:
    """Articles read from the accepted files and one message per refused file."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def decode_data_url(contents: str, name: str) -> bytes:
    """The bytes of a ``data:...;base64,`` URL as dcc.Upload sends it."""
    _, sep, payload = contents.partition(",")
    if not sep:
        raise InputError(f"{name}: the upload is malformed")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(f"{name}: the upload is malformed") from None


def too_large_message(name: str, size: int, cap: int = MAX_UPLOAD_BYTES) -> str:
    """The message a user sees for a file over the cap."""
    return f"{name}: {size / 1e6:.1f} MB is larger than the upload limit of {cap / 1e6:.1f} MB"


def rejected_message(r: dict) -> str:
    """The message for a file the browser refused to send (``why``: "file" or "batch")."""
    if r.get("why") == "batch":
        return (f"{r['name']}: not loaded, the files chosen together exceed {MAX_BATCH_BYTES / 1e6:.0f} MB; "
                "add it on its own.")
    return too_large_message(r["name"], int(r["size"])) + "; not loaded."


def read_upload(contents: str, name: str, settings: Settings, cap: int = MAX_UPLOAD_BYTES) -> Article:
    """One uploaded file as an ``Article``; any problem is an ``InputError`` naming the file."""
    if not name.lower().endswith(ACCEPT):
        raise InputError(f"{name}: unsupported file type (use .txt, .html or .json)")
    if len(contents) * 3 // 4 > cap + 4096:  # cheap check before decoding
        raise InputError(too_large_message(name, len(contents) * 3 // 4, cap))
    data = decode_data_url(contents, name)
    if len(data) > cap:
        raise InputError(too_large_message(name, len(data), cap))
    article = read_bytes(data, name, None, settings)
    article.id = article.id or name.rsplit(".", 1)[0]
    article.source = article.source or name
    return article


def read_uploads(files: list[dict], settings: Settings, cap: int = MAX_UPLOAD_BYTES) -> UploadResult:
    """Every file of ``files`` (``{"name", "contents"}``) read independently: one bad file spoils nothing."""
    result = UploadResult()
    for f in files:
        try:
            result.articles.append(read_upload(f["contents"], f["name"], settings, cap))
        except InputError as e:
            result.errors.append(str(e))
    return result


def read_pasted(text: str, settings: Settings, n: int = 1) -> Article:
    """Pasted text as an ``Article`` (same checks as a file)."""
    data = text.encode("utf-8")
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(too_large_message("pasted text", len(data)))
    article = read_bytes(data, "pasted text", None, settings)
    article.id = f"pasted-{n}"
    return article
