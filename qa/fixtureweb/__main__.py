"""Serve the fixture web until Ctrl-C and print the command that crawls it:

    python -m qa.fixtureweb
"""

from __future__ import annotations

import time

from qa.fixtureweb.server import FixtureWeb

STARTS = ("http://usn.test/videreutdanning/", "http://hvl.test/", "http://inn.test/", "http://oslomet.test/evu/",
          "http://nord.test/", "http://uit.test/")


def main() -> None:
    with FixtureWeb() as web:
        resolve = " ".join(f"--resolve {host}=127.0.0.1:{web.port}" for host in web.hosts)
        starts = " ".join(f"--start {url}" for url in STARTS)
        print(f"fixture web on 127.0.0.1:{web.port} ({', '.join(web.hosts)}); crawl it with\n\n"
              f"  kurskatalog crawl {starts} --delay 0.1 {resolve}\n", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
