"""Session-wide fixtures. Real text is read from ../shared at test time, never copied here."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or a skip naming what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: this test reads real text from ../shared")
    return p


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return shared_path()


def load_builders():
    """tests/corpus/builders.py (sample articles, records, WARC, corpus) as a module:
    test folders are not packages under importlib mode."""
    import importlib.util
    import sys

    name = "dalel_test_builders"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "tests" / "corpus" / "builders.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def builders():
    return load_builders()


# --- A tiny real HTTP server for scraper tests (routes set per test) -------------------
import threading as _threading
from http.server import BaseHTTPRequestHandler as _Handler, ThreadingHTTPServer as _Server


class LocalSite:
    """A real server on 127.0.0.1: ``site.route(path, body, status=200, headers={})`` or a
    callable ``handler(request_handler) -> (status, headers, body)``; ``site.log`` lists
    ``(method, path, headers)`` of every request."""

    def __init__(self) -> None:
        self.routes: dict = {}
        self.log: list = []
        site = self

        class Handler(_Handler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site.log.append(("GET", self.path, dict(self.headers)))
                route = site.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                elif callable(route):
                    result = route(self)
                    if result is None:  # the handler wrote (or broke) the response itself
                        return
                    status, headers, body = result
                else:
                    status, headers, body = route
                if isinstance(body, str):
                    body = body.encode("utf-8")
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        # A short poll interval: shutdown() waits up to one interval, once per test.
        self.thread = _threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)
        self.thread.start()

    def route(self, path: str, body="", status: int = 200, headers: dict | None = None) -> None:
        self.routes[path] = (status, {"Content-Type": "text/html; charset=utf-8", **(headers or {})}, body)

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.log]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_site():
    site = LocalSite()
    yield site
    site.close()


@pytest.fixture
def other_site():
    """A second local server, for a host the site under test does not own."""
    site = LocalSite()
    yield site
    site.close()


# --- The fixture site set (scrapers.fixture), one running instance per session --------
@pytest.fixture(scope="session")
def fixture_site():
    """The four fixture sites on 127.0.0.1 (seed 1, 300 articles), shared by the session.

    Shared state: transient faults clear after their first hits and the 'edited' article
    turns to version 2 after its first GET; tests that count those use their own
    ``FixtureServer``.
    """
    from datetime import datetime, timezone

    from scrapers.fixture import FixtureServer

    now = datetime(2026, 11, 26, 6, 0, tzinfo=timezone.utc)
    with FixtureServer(seed=1, articles=300, hosts=4, now=now, stall_seconds=1, slow_seconds=0.3) as fx:
        yield fx


# --- `dalel serve` as a user starts it, on a free port ----------------------------------
import contextlib as _contextlib


@_contextlib.contextmanager
def _serving(data: Path):
    """Run ``dalel serve --data DATA`` in its own process; yield its base URL once it answers."""
    import os
    import socket
    import subprocess
    import sys
    import tempfile
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # The server's log goes to a file, not a pipe nobody reads (a full pipe would stall it).
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", "serve",
                                 "--data", str(data), "--port", str(port)],
                                stdout=log, stderr=log, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 30
        try:
            while True:
                try:
                    urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                    break
                except OSError:
                    if proc.poll() is not None or time.time() > deadline:
                        log.seek(0)
                        pytest.fail(f"dalel serve did not start: {log.read().decode(errors='replace')[-2000:]}")
                    time.sleep(0.2)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="session")
def dalel_serve():
    """``with dalel_serve(data) as base_url:`` — the web view over a data folder."""
    return _serving


# --- Real read-only and size-limited file systems ---------------------------------------
@pytest.fixture
def tmpfs(tmp_path):
    """``mount(size)`` → a fresh tmpfs of ``size`` bytes; skipped where mounting is not permitted
    (CI runs as root, where it is). ``remount(where, "ro")`` makes it read-only for real: root
    ignores file modes, so chmod proves nothing there."""
    mounted: list[Path] = []

    def mount(size: int) -> Path:
        where = tmp_path / f"fs{len(mounted)}"
        where.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip() or r.returncode})")
        mounted.append(where)
        return where

    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True, capture_output=True)
