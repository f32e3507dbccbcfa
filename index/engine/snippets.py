"""Highlighted snippets as data, not HTML: `index.seam.Segment`s of text, hits marked.

Crawled text is untrusted, so the index never produces markup; the web layer
escapes each segment and wraps hits in <mark>.
"""

from __future__ import annotations

import logging

from whoosh import highlight

from index.analysis import norwegian_analyzer
from index.seam import Segment

log = logging.getLogger(__name__)

MAX_CHARS = 240


class SegmentFormatter(highlight.Formatter):
    between = " … "

    def format_fragment(self, fragment, replace=False):
        out, index, text = [], fragment.startchar, fragment.text
        for t in sorted(fragment.matches, key=lambda tok: (tok.startchar, -(tok.endchar - tok.startchar))):
            if t.startchar is None or t.startchar < index:
                continue
            if t.startchar > index:
                out.append(Segment(text[index:t.startchar], False))
            out.append(Segment(text[t.startchar:t.endchar], True))
            index = t.endchar
        out.append(Segment(text[index:fragment.endchar], False))
        return out

    def format(self, fragments, replace=False):
        segments: list[Segment] = []
        for i, fragment in enumerate(fragments):
            if i:
                segments.append(Segment(self.between, False))
            segments.extend(s for s in self.format_fragment(fragment) if s.text)
        return tuple(segments)


def snippet(text: str, terms: set[str]) -> tuple[Segment, ...]:
    """Up to two fragments of `text` around the query terms; the start of the text if none match."""
    text = text or ""
    if terms and text:
        try:
            segments = highlight.highlight(
                text, frozenset(terms), norwegian_analyzer(),
                highlight.ContextFragmenter(maxchars=MAX_CHARS, surround=70),
                SegmentFormatter(), top=2)
        except Exception:  # highlighting is a nicety: never fail a search over it
            log.warning("highlighting failed; the snippet is the start of the text", exc_info=True)
            segments = ()
        if segments:
            return segments
    head = text[:MAX_CHARS]
    if len(text) > MAX_CHARS:
        head = head.rsplit(" ", 1)[0] + " …"
    return (Segment(head, False),) if head else ()
