"""Retire a measured held-out split into dev: every page moves to pages/dev/ and its note says so.

    python -m qa.realpages.retire heldout13 --times six [--date 2026-12-05]

Only the note changes in each file (the rest of its text stays byte for byte), so the move shows in git as a
rename. Refuses when a page's id is in dev already. Remove the split from `SPLITS` (qa/realpages/spec.py) in the
same commit as a fresh held-out split, so that at least a third of the pages stay held out (the tests check it).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from qa.realpages.spec import PAGES


def retire(split: str, times: str, when: str, pages: Path = PAGES) -> list[Path]:
    """Move `pages/<split>/*.json` into `pages/dev/`, appending to each note; the moved files."""
    source, dev = pages / split, pages / "dev"
    files = sorted(source.glob("*.json"))
    if split == "dev" or not files:
        raise ValueError(f"no held-out split {split!r} to retire in {pages}")
    clashes = [p.name for p in files if (dev / p.name).exists()]
    if clashes:
        raise ValueError(f"already in dev: {', '.join(clashes[:5])}")
    moved = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        spec = json.loads(text)
        note = spec.get("notes") or ""
        old = f'"notes": {json.dumps(note, ensure_ascii=False)}'
        if text.count(old) != 1:
            raise ValueError(f"{path.name}: its note is not written as one JSON string")
        spec["notes"] = (note.rstrip(". ") + f"; retired from the held-out split '{split}' into dev on {when} "
                         f"after {times} measurements").lstrip("; ")
        text = text.replace(old, f'"notes": {json.dumps(spec["notes"], ensure_ascii=False)}')
        assert json.loads(text) == spec
        target = dev / path.name
        target.write_text(text, encoding="utf-8")
        path.unlink()
        moved.append(target)
    if not any(source.iterdir()):
        source.rmdir()
    return moved


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split")
    ap.add_argument("--times", required=True, help="how often it was measured, in words: 'six'")
    ap.add_argument("--date", default=date.today().isoformat())
    args = ap.parse_args(argv)
    try:
        moved = retire(args.split, args.times, args.date)
    except ValueError as exc:
        print(f"cannot retire: {exc}", file=sys.stderr)
        return 2
    print(f"moved {len(moved)} pages of {args.split} into dev; now take it out of SPLITS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
