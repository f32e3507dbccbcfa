"""The item pipeline of a crawl: one fetched page → the record store, in two steps.

Fetching (politeness, robots, retries) happens before, in `crawler.fetch`; the pipeline
only needs a `crawler.fetch.FetchResult` and the store:

- `status`: deciding what the fetch says about the offer at its URL (a `Verdict`: touch,
  gone, failure, not a course any more, store a course page, or nothing), the store only read;
- `storing`: doing it to the store (`handle`, `handle_duplicate`), and the crawl's callbacks
  that hand pages over (`store_callbacks`);
- `record`: a course page's record: its id, its fields, the provider that owns its host (a
  page speaks only for that provider; an off-host canonical does not move its URL);
- `seeds`: the catalogue row a crawled record continues (the row's page, or the same provider
  and title), found in an index, and the records the index shows (`indexable`: the crawled
  record instead of its row).
"""

from crawler.pipeline.record import crawl_id, host_owner, offer_record, speaking_for_owner
from crawler.pipeline.seeds import SeedIndex, indexable
from crawler.pipeline.status import Verdict, decide
from crawler.pipeline.storing import handle, handle_duplicate, store_callbacks

__all__ = ["SeedIndex", "Verdict", "crawl_id", "decide", "handle", "handle_duplicate", "host_owner", "indexable",
           "offer_record", "speaking_for_owner", "store_callbacks"]
