"""What the tests and the benchmarks share, so that neither imports the other.

`fixtureweb/` (a web of fictional institutions served on 127.0.0.1), `realpages/` (course
pages written from real ones, with their hand labels, and a web serving them at their real
addresses), the measures whose figures the benchmarks print and the tests hold to floors
(`relevance.py`, `topics.py`, `extraction.py`) and what the crawl politeness benchmark and
its tests crawl (`politeness.py`). Not part of the installed package: the tests and the
bench scripts run from the repository root, which is on their import path.
"""
