"""The topic classifier measured on the hand-labelled offers of bench/topics/labels.json
(every seed row and every fixture course page): floors just below the measured figures."""

from __future__ import annotations

from qa import topics
from domain.topics import TOPIC_ORDER
from tests.fixtureweb_pages import COURSES


def test_labels_cover_every_seed_row_and_fixture_course():
    labels = topics.load_labels()
    sources = [o["source"] for o in labels]
    assert len(labels) >= 60
    assert len(sources) == len(set(sources))
    assert {s.removeprefix("seed:") for s in sources if s.startswith("seed:")} == topics.seed_ids()
    assert {s.removeprefix("fixture:") for s in sources if s.startswith("fixture:")} == \
        {host + path for host, path in COURSES}
    for offer in labels:
        assert set(offer["topics"]) <= set(TOPIC_ORDER), offer["source"]


def test_micro_precision_and_recall_floors():
    result = topics.evaluate()
    print(f"\ntopics on {result['offers']} offers: micro {result['micro']} macro {result['macro']}")
    assert result["micro"]["precision"] >= 0.925
    assert result["micro"]["recall"] >= 0.965
    assert result["macro"]["precision"] >= 0.93
    assert result["macro"]["recall"] >= 0.94
