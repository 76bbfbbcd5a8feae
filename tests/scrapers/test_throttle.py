"""Per-host pacing on a fake clock: the delay holds per host, hosts do not wait for each other."""
from __future__ import annotations

import threading
import time

from scrapers.throttle import Throttle, host_key


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.t += s


def test_host_key_includes_port():
    assert host_key("http://127.0.0.1:8001/a") != host_key("http://127.0.0.1:8002/a")
    assert host_key("https://Tolqyn.kz/x") == "tolqyn.kz:443"


def test_delay_between_requests_to_one_host():
    clock = FakeClock()
    th = Throttle(1.0, clock=clock, sleep=clock.sleep)
    starts = []
    for _ in range(3):
        th.wait("https://tolqyn.kz/a")
        starts.append(clock.t)
    assert [round(b - a, 6) for a, b in zip(starts, starts[1:])] == [1.0, 1.0]


def test_hosts_are_independent_and_crawl_delay_raises_one():
    clock = FakeClock()
    th = Throttle(1.0, clock=clock, sleep=clock.sleep)
    th.set_delay("https://egemen.kz", 5.0)
    assert th.wait("https://egemen.kz/a") == 0
    assert th.wait("https://tolqyn.kz/a") == 0  # another host: no wait
    assert th.wait("https://egemen.kz/b") == 5.0
    assert th.delay("https://tolqyn.kz/") == 1.0


def test_threads_queue_behind_each_other():
    th = Throttle(0.05)
    starts: list[float] = []
    lock = threading.Lock()

    def go() -> None:
        th.wait("http://127.0.0.1:9/x")
        with lock:
            starts.append(time.monotonic())

    threads = [threading.Thread(target=go) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts.sort()
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert min(gaps) >= 0.04
