"""Highlighted snippets as data, not HTML: a list of {"text", "hit"} segments.

Crawled text is untrusted, so the index never produces markup; the web layer
escapes each segment and wraps hits in <mark>.
"""

from __future__ import annotations

from whoosh import highlight

from index.analysis import norwegian_analyzer

MAX_CHARS = 240


class SegmentFormatter(highlight.Formatter):
    between = " … "

    def format_fragment(self, fragment, replace=False):
        out, index, text = [], fragment.startchar, fragment.text
        for t in sorted(fragment.matches, key=lambda tok: (tok.startchar, -(tok.endchar - tok.startchar))):
            if t.startchar is None or t.startchar < index:
                continue
            if t.startchar > index:
                out.append({"text": text[index:t.startchar], "hit": False})
            out.append({"text": text[t.startchar:t.endchar], "hit": True})
            index = t.endchar
        out.append({"text": text[index:fragment.endchar], "hit": False})
        return out

    def format(self, fragments, replace=False):
        segments: list[dict] = []
        for i, fragment in enumerate(fragments):
            if i:
                segments.append({"text": self.between, "hit": False})
            segments.extend(s for s in self.format_fragment(fragment) if s["text"])
        return segments


def snippet(text: str, terms: set[str]) -> list[dict]:
    """Up to two fragments of `text` around the query terms; the start of the text if none match."""
    text = text or ""
    if terms and text:
        try:
            segments = highlight.highlight(
                text, frozenset(terms), norwegian_analyzer(),
                highlight.ContextFragmenter(maxchars=MAX_CHARS, surround=70),
                SegmentFormatter(), top=2)
        except Exception:  # highlighting is a nicety: never fail a search over it
            segments = []
        if segments:
            return segments
    head = text[:MAX_CHARS]
    if len(text) > MAX_CHARS:
        head = head.rsplit(" ", 1)[0] + " …"
    return [{"text": head, "hit": False}] if head else []


def plain(segments: list[dict]) -> str:
    return "".join(s["text"] for s in segments)
