"""The tests and the benchmarks import neither each other, and no test module imports another:
what both use lives in qa/, what several test modules use in tests' non-test modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("crawler", "domain", "index", "webapp", "kurskatalog")


def imported(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a file imports, absolute names (relative imports resolved against its package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = path.relative_to(root).parent.parts
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package[:len(package) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names |= {f"{base}.{a.name}" for a in node.names}   # `from tests import test_cli`
    return names


def _top(name: str) -> str:
    return name.split(".")[0]


def violations(root: Path = ROOT) -> list[str]:
    found = []

    def check(pattern: str, forbidden, why: str):
        for path in sorted(root.glob(pattern)):
            for name in sorted(imported(path, root)):
                if forbidden(name, path):
                    found.append(f"{path.relative_to(root)} imports {name} ({why})")

    check("tests/**/*.py", lambda n, p: _top(n) == "bench", "a test imports the bench")
    check("bench/**/*.py", lambda n, p: _top(n) == "tests", "the bench imports the tests")
    check("qa/**/*.py", lambda n, p: _top(n) in ("tests", "bench"), "qa is shared by both")
    for package in PRODUCT:
        check(f"{package}/**/*.py", lambda n, p: _top(n) in ("tests", "bench", "qa"), "the product imports tooling")
    check("tests/**/*.py", lambda n, p: (n.startswith("tests.test_") or _top(n).startswith("test_"))
          and not n.startswith(f"tests.{p.stem}"), "a test module imports another test module")
    return found


def test_tests_bench_and_product_import_only_what_the_layout_allows():
    assert violations() == []


def test_the_check_sees_each_kind_of_import(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "bench" / "extract").mkdir(parents=True)
    (tmp_path / "qa").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text("from tests.test_b import x\nimport bench.synthetic\n")
    (tmp_path / "tests" / "test_b.py").write_text("from . import test_a\nfrom tests.helpers import cli\n")
    (tmp_path / "tests" / "helpers.py").write_text("import qa.relevance\n")
    (tmp_path / "bench" / "extract" / "evaluate.py").write_text("from tests.realpages.spec import load\n")
    (tmp_path / "qa" / "topics.py").write_text("from bench.topics import evaluate\n")
    found = "\n".join(violations(tmp_path))
    assert "tests/test_a.py imports tests.test_b (a test module imports another" in found
    assert "tests/test_a.py imports bench.synthetic (a test imports the bench)" in found
    assert "tests/test_b.py imports tests.test_a (a test module imports another" in found
    assert "bench/extract/evaluate.py imports tests.realpages.spec (the bench imports the tests)" in found
    assert "qa/topics.py imports bench.topics (qa is shared by both)" in found
    assert "helpers.py" not in found and "tests.helpers" not in found
