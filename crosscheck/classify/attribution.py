"""Who the article says gives a figure: "Reyes said", "according to the UN", "officials said".

A pronoun ("he said") resolves to the last named speaker. A sentence inside a quotation with no
speaker of its own takes the speaker named where the quotation opens or closes.
"""

from __future__ import annotations

from itertools import islice

from crosscheck._cache import regex
from crosscheck.classify.context import Match, Page
from crosscheck.classify.sentences import Sentence

__all__ = ["Speakers", "speakers_of"]

_WORDS = regex(r"[\w'’.&-]+|[^\w\s]")
_PREPOSITIONS = frozenset({"in", "of", "from", "at", "near", "to", "for", "on", "by", "with"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "local", "some"})
_OPEN = '“"‘'
_MAX_NAME = 4
_INITIALS = regex(r"(?:[A-Za-z]\.){2,}")
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
    ]
)
_APPOSITIVE = frozenset({"the", "a", "an", "head", "chief", "spokesman", "spokeswoman", "director"})
_LEADING = frozenset(
    {"the", "but", "and", "a", "an", "so", "then", "also", "however", "yet", "while"}
)


def _bare(word: str) -> str:
    return word if _INITIALS.fullmatch(word) else word.rstrip(".")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _first_words(text: str, start: int, end: int, limit: int) -> list[str]:
    """The first ``limit`` words of text[start:end] (the pattern reads no context: the same
    words as ``_words`` of the slice), read no further."""
    return [m.group() for m in islice(_WORDS.finditer(text, start, end), limit)]


def _capital(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _name_run(words: list[str]) -> list[str]:
    """The trailing run of capitalised words, after the last possessive ("Al Jazeera's Hoda X")."""
    run: list[str] = []
    for word in reversed(words):
        if not _capital(word) or len(run) == _MAX_NAME:
            break
        run.insert(0, _bare(word))
    while run and run[0].lower() in _LEADING:
        run.pop(0)
    if all(w.lower() in _CALENDAR for w in run):
        return []
    for i in range(len(run) - 1, -1, -1):
        if run[i].endswith(("’s", "'s")):
            return run[i + 1 :]
    return run


class Speakers:
    """The attribution of each sentence (by start offset), resolved once per document."""

    __slots__ = ("by_sentence",)

    def __init__(self, by_sentence: dict[int, str | None]) -> None:
        self.by_sentence = by_sentence

    def of(self, sentence: Sentence) -> str | None:
        return self.by_sentence.get(sentence.start)


class _Resolver:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.rules = page.rules
        self.last_named: str | None = None

    def _source_noun(self, words: list[str]) -> str | None:
        tail: list[str] = []
        for word in reversed(words):
            key = word.lower()
            if key in _DETERMINERS or not word.isalpha() or len(tail) == 3:
                break
            tail.insert(0, key)
        for i in range(len(tail)):
            phrase = " ".join(tail[i:])
            if phrase in self.rules.source_nouns or tail[-1] in self.rules.source_nouns:
                return " ".join(tail[i:]) if phrase in self.rules.source_nouns else tail[-1]
        return None

    def _before(self, text: str, start: int, verb: Match) -> str | None:
        parts = text[start : verb.start].split(",")[-4:]  # read into words as they are reached
        while parts:
            words = _words(parts.pop())
            while words and words[-1].lower() in self.rules.speech_skip:
                words.pop()
            if not words:
                continue
            opener = words[0].lower()
            if parts and (opener in _APPOSITIVE or opener.endswith("ing")):
                run = _name_run(_words(parts[-1]))
                if run:
                    return self._named(" ".join(run))
            return self._speaker(words)
        return None

    def _speaker(self, words: list[str]) -> str | None:
        if words[-1].lower() in self.rules.pronouns:
            return self.last_named
        run = _name_run(words)
        lead = [w.lower() for w in words[max(0, len(words) - len(run) - 2) : len(words) - len(run)]]
        located = bool(run) and any(w in _PREPOSITIONS for w in lead)
        if run and not located:
            return self._named(" ".join(run))
        if located:
            cut = len(words) - len(run)
            while cut > 0 and words[cut - 1].lower() not in _PREPOSITIONS:
                cut -= 1
            words = words[: max(0, cut - 1)]
        if not words:
            return None
        noun = self._source_noun(words)
        if noun is None and 2 <= len(words) <= 3 and words[0].lower() in _DETERMINERS:
            noun = words[-1].lower() if words[-1].isalpha() else None
        return noun

    def _after(self, text: str, verb: Match, end: int) -> str | None:
        words = _first_words(text, verb.end, end, _MAX_NAME + 1)
        run: list[str] = []
        for word in words:
            if not _capital(word):
                break
            run.append(_bare(word))
        if run and verb.label not in {"told"}:
            return self._named(" ".join(run))
        if words and words[0].lower() in self.rules.source_nouns:
            return words[0].lower()
        return None

    def _named(self, name: str) -> str:
        lowered = name.lower()
        if lowered in self.rules.source_nouns:
            return lowered
        if lowered in self.rules.pronouns:
            return self.last_named or name
        self.last_named = name
        return name

    def own(self, sentence: Sentence, according: list[Match], speech: list[Match]) -> str | None:
        """The sentence's own speaker, from its "according to" markers and speech verbs."""
        text = self.page.text
        for marker in according:
            run: list[str] = []
            for read in _WORDS.finditer(text, marker.end, sentence.end):  # a few words at most
                word = read.group()
                if not word[:1].isalnum() or (run and word.lower() in self.rules.stop):
                    break
                run.append(word)
                if len(run) == 3:
                    break
            run = [_bare(w) for w in run]
            while run and run[0].lower() in _LEADING:
                run.pop(0)
            if run:
                return self._named(" ".join(run)) if _capital(run[0]) else " ".join(run)
        for verb in speech:
            found = self._before(text, sentence.start, verb) or self._after(
                text, verb, sentence.end
            )
            if found:
                return found
        return None


def _opens_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or (text.count('"') % 2 == 1)


def _closes(text: str) -> bool:
    """Whether a closing quotation mark stands in the text."""
    return "”" in text or '"' in text or "’" in text


def speakers_of(page: Page, until: int | None = None) -> Speakers:
    """Attribute each sentence: its own speaker, else the speaker of its open quotation.

    With ``until``, the sentences that start after it are left out once no quotation waits
    for its speaker.
    """
    resolver = _Resolver(page)
    by_sentence: dict[int, str | None] = {}
    quote_speaker: str | None = None
    pending: list[int] = []
    sentences, according, speech = page.sentences, page.according, page.speech
    a = v = 0  # the first marker and verb not before the sentence
    for i, sentence in enumerate(sentences):
        start, end = sentence.start, sentence.end
        if until is not None and start > until and not pending:
            break
        while a < len(according) and according[a].start < start:
            a += 1
        while v < len(speech) and speech[v].start < start:
            v += 1
        markers = (
            page.within(according, start, end)
            if a < len(according) and according[a].start < end
            else []
        )
        verbs = page.within(speech, start, end) if v < len(speech) and speech[v].start < end else []
        # most sentences have neither: no speaker of their own, and their text is not read
        own = resolver.own(sentence, markers, verbs) if markers or verbs else None
        chunk = page.text[start:end] if own is not None else ""
        opens = page.text[start] in _OPEN
        quoted = opens or (pending and (i == 0 or sentences[i - 1].paragraph == sentence.paragraph))
        by_sentence[start] = own
        if own is None and quoted:
            pending.append(start)
            if quote_speaker is not None:
                by_sentence[start] = quote_speaker
        if own is not None and (opens or _closes(chunk)) and pending:
            for waiting in pending:
                by_sentence[waiting] = by_sentence[waiting] or own
            pending = []
        if own is not None and _opens_quote(chunk):
            quote_speaker = own
        elif not quoted:
            quote_speaker, pending = None, []
    return Speakers(by_sentence)
