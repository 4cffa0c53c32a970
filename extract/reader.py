"""Turn raw input (plain text, HTML, or the evaluation kit's JSON article form) into an ``Article``.

Every way an input can be unusable ends in an ``InputError`` with a one-line message; nothing
here raises anything else for bad input.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from .errors import DateError, InputError, InputTooLargeError
from .model import Article
from .settings import DEFAULT, Settings

_HTML_HINT = re.compile(rb"<\s*(html|body|head|article|p|div|meta|title)\b|<!doctype\s+html", re.I)


def parse_date(value: str, what: str = "date") -> date:
    """A YYYY-MM-DD string as a date, or a ``DateError`` that names the bad value."""
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise DateError(f"{what} {value!r} is not a real date in the form YYYY-MM-DD") from None


def decode(data: bytes, name: str = "input") -> str:
    """Bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Binary data (NUL bytes outside UTF-16, many control characters) is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: looks like UTF-16 but cannot be decoded") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data, not text (expected plain text, HTML or JSON)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{name}: unreadable text encoding (expected UTF-8)") from None
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise InputError(f"{name}: binary data, not text (expected plain text, HTML or JSON)")
    return text


def read_bytes(
    data: bytes,
    name: str = "input",
    published: date | None = None,
    settings: Settings = DEFAULT,
) -> Article:
    """An ``Article`` from the raw bytes of a file, upload or standard input."""
    if len(data) > settings.max_input_bytes:
        raise InputTooLargeError(
            f"{name}: {len(data) / 1e6:.1f} MB is larger than the limit of "
            f"{settings.max_input_bytes / 1e6:.1f} MB"
        )
    text = decode(data, name)
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{name}: the input is empty")
    if stripped.startswith("{"):
        article = _from_json(stripped, name)
    elif _HTML_HINT.search(data[:4096]):
        article = _from_html(text, name)
    else:
        article = Article(text=text, source=name)
    if len(article.text.strip()) < settings.min_text_chars:
        raise InputError(f"{name}: no article text found (only {len(article.text.strip())} characters)")
    if published is not None:
        article.published, article.published_source = published, "given"
    return article


def read_path(path: str | Path, published: date | None = None, settings: Settings = DEFAULT) -> Article:
    """An ``Article`` from a file path; a missing or unreadable file is an ``InputError``."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a file")
    size = p.stat().st_size
    if size > settings.max_input_bytes:
        raise InputTooLargeError(
            f"{p}: {size / 1e6:.1f} MB is larger than the limit of {settings.max_input_bytes / 1e6:.1f} MB"
        )
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror})") from None
    article = read_bytes(data, str(p), published, settings)
    article.id = article.id or p.stem
    return article


def _from_json(text: str, name: str) -> Article:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}: invalid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise InputError(f"{name}: JSON input must be an object with a 'text' field")
    published = None
    if doc.get("published"):
        published = parse_date(str(doc["published"])[:10], f"{name}: published")
    return Article(
        text=doc["text"],
        title=doc.get("title"),
        published=published,
        published_source="metadata" if published else None,
        source=doc.get("source_url") or name,
        id=doc.get("id"),
    )


def _from_html(html: str, name: str) -> Article:
    """Main text, title and publication date of a web page (trafilatura and htmldate)."""
    import trafilatura  # heavy: imported only for HTML input
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        raise InputError(f"{name}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta else None
    published = None
    try:
        found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises assorted errors on odd pages; a page without a date is fine
        found = None
    if found:
        published = date.fromisoformat(found)
    return Article(
        text=text,
        title=title,
        published=published,
        published_source="html" if published else None,
        source=name,
    )
