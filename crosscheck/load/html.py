"""HTML → article text and metadata, with the standard library's ``html.parser``.

The text is what a reader sees: scripts, styles and other invisible elements are dropped, a
blank line separates block elements (paragraphs, headings, lists …), a list item, table row or
``<br>`` starts a new line, and runs of spaces collapse to one. Offsets index that text.

Metadata: ``<title>`` (else ``og:title``), ``og:site_name`` as the outlet, the canonical link
(else ``og:url``) as the url, and the publication date from ``article:published_time`` and its
usual variants, else the first ``<time datetime>`` marked as the publication date, else the first
``<time datetime>`` at all.
"""

from __future__ import annotations

from html.parser import HTMLParser

from crosscheck._cache import regex

__all__ = ["html_to_text"]

_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
# fmt: off
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "div", "dl", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
    "section", "table", "ul",
})
_LINE = frozenset({"br", "dd", "dt", "li", "td", "th", "tr"})
# fmt: on
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
)
_SPACES = regex(r"[ \t\f\v\u00a0]+")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.hidden: list[str] = []
        self.in_title = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self.times: list[tuple[bool, str]] = []  # (marked as publication date, datetime)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![CDATA[…]]>`` and its kin; a malformed one (``<![0``) is skipped to its ``>`` as
        browsers skip a bogus comment, where Python's parser raises ``AssertionError``."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and values.get("content") and key.lower() not in self.meta:
                self.meta[key.lower()] = values["content"]
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "time" and values.get("datetime"):
            marked = "pubdate" in values or values.get("itemprop", "").lower() == "datepublished"
            self.times.append((marked, values["datetime"]))
        if tag == "title":
            self.in_title = True
        elif tag == "body" and "head" in self.hidden:  # an unclosed <head>
            self.hidden.clear()
        elif tag in _HIDDEN:
            self.hidden.append(tag)
        if tag in _BLOCK:
            self.chunks.append("\n\n")
        elif tag in _LINE:
            self.chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN or tag == "title":  # "<svg/>" holds nothing: it hides no text after it
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.hidden:  # closes it and any hidden element left open inside it
            while self.hidden.pop() != tag:
                pass
        if tag in _BLOCK:
            self.chunks.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.chunks.append(data)


def _text(chunks: list[str]) -> str:
    lines: list[str] = []
    for raw in "".join(chunks).split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


def html_to_text(source: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML page and its metadata as strings (published, title, …)."""
    reader = _Reader()
    reader.feed(source)
    reader.close()
    meta = reader.meta
    fields: dict[str, str] = {}
    title = " ".join("".join(reader.title).split()) or meta.get("og:title", "")
    if title:
        fields["title"] = title
    if meta.get("og:site_name"):
        fields["outlet"] = meta["og:site_name"]
    url = meta.get("canonical") or meta.get("og:url")
    if url:
        fields["url"] = url
    published = next((meta[key] for key in _PUBLISHED_META if meta.get(key)), None)
    if published is None and reader.times:
        marked = [value for is_marked, value in reader.times if is_marked]
        published = (marked or [reader.times[0][1]])[0]
    if published:
        fields["published"] = published
    return _text(reader.chunks), fields
