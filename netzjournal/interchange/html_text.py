"""HTML that a calendar wrote into a plain-text field, as text.

Google Calendar writes an event's DESCRIPTION as HTML once it was formatted
(``<br>``, ``<b>``, ``<a href>``, ``<ul><li>``, ``&nbsp;``), although RFC 5545
makes it plain text; Outlook's HTML goes into X-ALT-DESC beside a plain one. The
journal keeps plain notes: line breaks where the HTML breaks lines, a link's
address kept after its text, everything else as the words it shows. Read with the
standard library's tolerant HTMLParser (no HTML is refused)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

# Markup, not text: an HTML element of those descriptions carry, opening or closing.
# (Plain text holds "<https://…>" and "a < b": neither is an element.)
_ELEMENT = re.compile(
    r"</?(?:a|b|i|u|s|em|strong|br|p|div|span|ul|ol|li|font|html|body|head|meta|h[1-6]|table|tr|td)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_BREAKS = frozenset(("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))
_BLOCKS = frozenset(("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6"))
_SKIPPED = frozenset(("head", "style", "script", "title"))


def _target(href: str) -> str:
    """Where a link leads: an address without "mailto:" or "tel:"; the page behind
    Google's redirect (``https://www.google.com/url?q=…``)."""
    if href.startswith(("https://www.google.com/url?", "http://www.google.com/url?")):
        q = parse_qs(urlsplit(href).query).get("q")
        if q and q[0].startswith(("https://", "http://")):
            return q[0]
    for scheme in ("mailto:", "tel:"):
        if href.lower().startswith(scheme):
            return href[len(scheme) :]
    return href


def holds_html(text: str) -> bool:
    return _ELEMENT.search(text) is not None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.links: list[tuple[str, int]] = []  # (href, where its text begins)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BREAKS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href, len(self.parts)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "a" and self.links:
            href, begin = self.links.pop()
            shown = "".join(self.parts[begin:]).strip()
            address = _target(href)
            if address and address.replace(" ", "") != shown.replace(" ", "") and href[:1] != "#":
                self.parts.append(f" ({address})" if shown else address)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # (a line break a person typed stays one; HTML would make it a space)
            self.parts.append(re.sub(r"[ \t]+", " ", data.replace("\r\n", "\n")))


def as_text(text: str) -> str:
    """``text`` as plain text if it holds HTML elements, else as it is."""
    if not holds_html(text):
        return text
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = (line.strip(" \u00a0") for line in "".join(parser.parts).split("\n"))
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()
