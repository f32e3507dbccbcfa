"""Compare two versions of the extractor page by page, on the real-page fixtures (qa/realpages).

    python bench/extract/decisions.py --save /tmp/before.json        # every split, every layout
    (change the extractor)
    python bench/extract/decisions.py --save /tmp/after.json
    python bench/extract/decisions.py --compare /tmp/before.json /tmp/after.json

A change meant to move no decision (a refactor, a code-quality pass) should show none. The comparison
prints, per split, how many page layouts changed their course decision and how many changed each field;
it names the pages only for dev: the held-out splits are never shown page by page. The saved files hold
every page's decisions and stay outside the repository. The measure is qa/extraction.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qa.extraction import changes, decisions  # noqa: E402
from qa.realpages.spec import SPLITS  # noqa: E402


def report(old: dict, new: dict) -> list[str]:
    """The lines the comparison prints: counts for every split, the pages themselves for dev only."""
    out = []
    for split in sorted(old.keys() & new.keys(), key=lambda s: (s != "dev", s)):
        diff = changes(old[split], new[split])
        fields = ", ".join(f"{f} {len(keys)}" for f, keys in sorted(diff["fields"].items())) or "none"
        out.append(f"{split}: {diff['pages']} page layouts compared; course decision changed on "
                   f"{len(diff['decisions'])}; fields changed: {fields}"
                   + (f"; {len(diff['added'])} added, {len(diff['removed'])} removed"
                      if diff["added"] or diff["removed"] else ""))
        if split == "dev":
            out += [f"   decision: {k}" for k in diff["decisions"]]
            out += [f"   {f}: {k} {old[split][k].get(f)!r} -> {new[split][k].get(f)!r}"
                    for f, keys in sorted(diff["fields"].items()) for k in keys]
    for split in sorted(old.keys() ^ new.keys()):
        out.append(f"{split}: in one file only")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", metavar="FILE", help="write every split's decisions to FILE")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"), help="compare two saved files")
    args = ap.parse_args(argv)
    if bool(args.save) == bool(args.compare):
        ap.error("give --save FILE or --compare OLD NEW")
    if args.save:
        Path(args.save).write_text(json.dumps({s: decisions(s) for s in SPLITS}, ensure_ascii=False), encoding="utf-8")
        print(f"saved the decisions of {', '.join(SPLITS)} to {args.save}")
        return 0
    try:
        old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        if not all(isinstance(d, dict) and all(isinstance(v, dict) for v in d.values()) for d in (old, new)):
            raise ValueError("not a file --save wrote")
    except (OSError, ValueError) as exc:
        print(f"decisions.py: cannot compare {' and '.join(args.compare)}: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report(old, new)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
