"""The admin page: the last crawl runs, and a button that asks the scheduler for a crawl.

Every admin action needs the token from KURSKATALOG_ADMIN_TOKEN (posted in a form field or
sent as `Authorization: Bearer <token>`, the scheme in any case); without a configured token
the admin page is disabled. The page never writes the token back: after a good login its
crawl button carries a form key (an HMAC of the token and an expiry, valid `KEY_SECONDS`).
Admin answers are never cached (`Cache-Control: no-store`). After `FREE_FAILURES` wrong
tokens from one address, that address must wait before it may try again (doubling, at most
`MAX_WAIT` seconds; 429 with Retry-After), per process. The web process never crawls or
writes the index itself: it leaves a request file that the scheduler process picks up. A
request only runs if a scheduler runs, so the page (and the JSON answers, "scheduler_running")
says whether one does, by its heartbeat (`service.runs.scheduler_state`), and how to start one.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time

from flask import Blueprint, abort, current_app, jsonify, render_template, request

from service import runs

bp = Blueprint("admin", __name__, url_prefix="/admin")

KEY_SECONDS = 15 * 60
FREE_FAILURES = 5
MAX_WAIT = 300.0


class Throttle:
    """Wrong tokens per client address: free at first, then a doubling wait."""

    def __init__(self):
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}     # address → (failures in a row, last failure)

    def wait(self, address: str, now: float | None = None) -> float:
        """Seconds the address must still wait before its next try (0: it may try now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            count, last = self._failures.get(address, (0, 0.0))
        if count < FREE_FAILURES:
            return 0.0
        return max(0.0, last + min(MAX_WAIT, 2.0 ** (count - FREE_FAILURES)) - now)

    def failed(self, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, _ = self._failures.get(address, (0, 0.0))
            self._failures[address] = (count + 1, now)
            if len(self._failures) > 10_000:                   # bounded memory under a flood
                self._failures.pop(next(iter(self._failures)))

    def passed(self, address: str) -> None:
        with self._lock:
            self._failures.pop(address, None)


def _throttle() -> Throttle:
    """The app's throttle (one per app, so two apps in one process do not share failures)."""
    return current_app.extensions.setdefault("admin_throttle", Throttle())


@bp.after_request
def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return response


def _expected() -> str:
    expected = current_app.config.get("ADMIN_TOKEN")
    if not expected:
        abort(404)
    return expected


def form_key(now: float | None = None) -> str:
    """A key the crawl form carries instead of the token: expiry and an HMAC of it."""
    expiry = int((time.time() if now is None else now) + KEY_SECONDS)
    mac = hmac.new(_expected().encode(), f"admin-form:{expiry}".encode(), hashlib.sha256).hexdigest()
    return f"{expiry}.{mac}"


def _key_ok(key: str) -> bool:
    expiry, _, mac = key.partition(".")
    if not expiry.isdigit() or int(expiry) < time.time():
        return False
    good = hmac.new(_expected().encode(), f"admin-form:{expiry}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac.encode(), good.encode())


def _given() -> str:
    auth = request.headers.get("Authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.form.get("token", "")


def _token_ok() -> bool:
    expected = _expected()
    given = _given()
    key = request.form.get("key", "")
    ok = (bool(given) and hmac.compare_digest(given.encode(), expected.encode())) or (bool(key) and _key_ok(key))
    address = request.remote_addr or "?"
    (_throttle().passed if ok else _throttle().failed)(address)
    return ok


def _throttled():
    """A 429 when the client must wait after too many wrong tokens, else None."""
    _expected()
    wait = _throttle().wait(request.remote_addr or "?")
    if wait <= 0:
        return None
    message = "For mange feil nøkler. Vent litt før du prøver igjen."
    headers = {"Retry-After": str(int(wait) + 1)}
    if request.headers.get("Authorization") or request.accept_mimetypes.best == "application/json":
        return jsonify({"error": message, "status": 429}), 429, headers
    return render_template("admin.html", authorised=False, error=message), 429, headers


def _data_dir():
    return current_app.config["DATA_DIR"]


def ago(seconds: float | None) -> str:
    """How long ago, in words: "for 5 minutter siden" ("nå nettopp" under ten seconds, or from a clock ahead)."""
    if seconds is None:
        return ""
    seconds = int(seconds)
    if seconds < 10:
        return "nå nettopp"
    for size, one, many in ((86400, "dag", "dager"), (3600, "time", "timer"), (60, "minutt", "minutter"),
                            (1, "sekund", "sekunder")):
        if seconds >= size:
            n = seconds // size
            return f"for {n} {one if n == 1 else many} siden"
    return "nå nettopp"


def _scheduler() -> dict:
    state = runs.scheduler_state(_data_dir())
    return {**state, "ago": ago(state["age_seconds"])}


def _authorised_page(*, started: bool):
    """The admin page after a good token or form key."""
    return render_template("admin.html", authorised=True, key=form_key(), reports=runs.reports(_data_dir()),
                           pending=runs.pending_requests(_data_dir()), scheduler=_scheduler(), started=started)


@bp.route("", methods=["GET", "POST"])
def page():
    if not current_app.config.get("ADMIN_TOKEN"):
        abort(404)
    if request.method == "POST":
        throttled = _throttled()
        if throttled:
            return throttled
    authorised = request.method == "POST" and _token_ok()
    if request.method == "POST" and not authorised:
        return render_template("admin.html", authorised=False, error="Feil nøkkel."), 403
    if not authorised:
        return render_template("admin.html", authorised=False)
    return _authorised_page(started=request.args.get("started") == "1")


@bp.post("/crawl")
def start_crawl():
    throttled = _throttled()
    if throttled:
        return throttled
    if not _token_ok():
        if request.accept_mimetypes.best == "application/json" or request.headers.get("Authorization"):
            return jsonify({"error": "Ikke autorisert", "status": 403}), 403
        return render_template("admin.html", authorised=False, error="Feil nøkkel."), 403
    runs.request_crawl(_data_dir())
    if request.headers.get("Authorization"):
        return jsonify({"status": "requested", "pending": runs.pending_requests(_data_dir()),
                        "scheduler_running": runs.scheduler_running(_data_dir())}), 202
    return _authorised_page(started=True), 202


@bp.get("/runs.json")
def runs_json():
    throttled = _throttled()
    if throttled:
        return throttled
    if not _token_ok():
        return jsonify({"error": "Ikke autorisert", "status": 403}), 403
    scheduler = runs.scheduler_state(_data_dir())
    return jsonify({"runs": runs.reports(_data_dir()), "pending": runs.pending_requests(_data_dir()),
                    "scheduler_running": scheduler["running"], "scheduler_last_seen": scheduler["last_seen"]})
