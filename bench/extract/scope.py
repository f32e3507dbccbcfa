"""Text-mode extraction measured apart on the pages within a registry crawl's scope and on the rest.

    python bench/extract/scope.py [--no-write]

Every split of the real-page fixtures (qa/realpages) is cut by `qa.scope.in_registry_scope` (the page's
address is within the scope `kurskatalog crawl` keeps to: a provider's domain, catalogue prefix or
utdanning.no path) and each part is measured: recognition precision and recall and field accuracy, per split and
pooled over the held-out splits. Figures only. Writes bench/results/extract_scope.md and
extract_scope.json. The measure is qa/scope.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qa.scope import markdown, measure  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="print only; leave bench/results alone")
    args = ap.parse_args(argv)
    figures = measure()
    text = markdown(figures)
    print(text)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "extract_scope.md").write_text(text, encoding="utf-8")
        (RESULTS / "extract_scope.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
