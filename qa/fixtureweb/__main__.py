"""Serve the fixture web until Ctrl-C and print the command that crawls it:

    python -m qa.fixtureweb

The command crawls into a new temporary data dir that it names (`--data-dir`): the fixture
web's offers are fictional and must never reach the default catalogue.
"""

from __future__ import annotations

import tempfile
import time

from qa.fixtureweb.server import FixtureWeb

STARTS = ("http://usn.test/videreutdanning/", "http://hvl.test/", "http://inn.test/", "http://oslomet.test/evu/",
          "http://nord.test/", "http://uit.test/")


def crawl_command(port: int, hosts, data_dir: str) -> str:
    """The `kurskatalog crawl` command that crawls the fixture web on `port` into `data_dir`."""
    resolve = " ".join(f"--resolve {host}=127.0.0.1:{port}" for host in hosts)
    starts = " ".join(f"--start {url}" for url in STARTS)
    return f"kurskatalog crawl {starts} --delay 0.1 {resolve} --data-dir {data_dir}"


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="kurskatalog-fixtureweb-")
    with FixtureWeb() as web:
        print(f"fixture web on 127.0.0.1:{web.port} ({', '.join(web.hosts)}); crawl it into the temporary "
              f"data dir {data_dir} (never the default catalogue: the offers are fictional) with\n\n"
              f"  {crawl_command(web.port, web.hosts, data_dir)}\n\n"
              f"and look at the result with `kurskatalog serve --data-dir {data_dir}`; delete the dir when done.\n",
              flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
