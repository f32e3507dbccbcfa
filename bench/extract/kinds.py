"""Course pages found per kind of offer, split by split (qa/realpages), counts only.

    python bench/extract/kinds.py [--rules-alone] [--layout lines|divs|accordion|factbox] [--in-scope]

For every split: how many of its course pages labelled a degree, a single course, a one-year study, an
offer without credits or of unknown kind the extractor takes for course pages, on one layout (lines by
default); then how many of its other pages, per labelled page kind (news, admission, listing, event …), it
takes for course pages. It shows where recall is lost (offers without credits, mostly) and where precision
is lost, without showing any page of a held-out split. `--rules-alone` switches the learned recogniser off,
for the comparison; `--in-scope` counts only the pages within a registry crawl's scope (`qa.scope.in_registry_scope`).
The measures are qa/extraction.py (`kinds_found`, `others_taken`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qa.extraction import kinds_found, others_taken  # noqa: E402
from qa.realpages.render import LAYOUTS  # noqa: E402
from qa.realpages.spec import SPLITS, load  # noqa: E402
from qa.scope import in_registry_scope  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules-alone", action="store_true", help="without the learned recogniser")
    ap.add_argument("--layout", choices=LAYOUTS, default="lines")
    ap.add_argument("--in-scope", action="store_true", help="only the pages within a registry crawl's scope")
    args = ap.parse_args(argv)

    def pages(split: str) -> list[dict]:
        return [spec for spec in load(split) if not args.in_scope or in_registry_scope(spec)]

    where = ", in the registry crawl's scope" if args.in_scope else ""
    print(f"course pages found per kind, {args.layout} layout{where}" + (", rules alone" if args.rules_alone else ""))
    for split in SPLITS:
        counts = kinds_found(pages(split), args.layout, rules_alone=args.rules_alone)
        print(f"{split}: " + ", ".join(f"{kind} {n} of {of}" for kind, (n, of) in counts.items()))
    print(f"other pages taken for course pages per page kind, {args.layout} layout{where}"
          + (", rules alone" if args.rules_alone else ""))
    for split in SPLITS:
        counts = others_taken(pages(split), args.layout, rules_alone=args.rules_alone)
        print(f"{split}: " + ", ".join(f"{kind} {n} of {of}" for kind, (n, of) in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
