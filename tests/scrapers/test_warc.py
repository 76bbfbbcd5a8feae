"""The WARC archive: request and response records, rotation by size and run, torn tails skipped."""
from __future__ import annotations

import gzip

import pytest
from warcio.archiveiterator import ArchiveIterator

from scrapers import warc as warc_mod
from scrapers.warc import WarcArchive, iter_records, new_run_id, read_capture

BODY = "<p>Ауданда 23 500 бас ірі қара мал бар.</p>".encode()


def write(archive: WarcArchive, n: int) -> list[tuple[str, str]]:
    return [archive.write_exchange(f"http://127.0.0.1:9/2024/01/{i + 1:02d}/a/", "GET",
                                   [("User-Agent", "dalel-test"), ("If-None-Match", '"v1"')],
                                   200, "OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                               ("Transfer-Encoding", "chunked")], gzip.compress(BODY * (i + 1)))
            for i in range(n)]


def test_request_and_response_records(tmp_path):
    with WarcArchive(tmp_path, "run1", "tolqyn.kz") as archive:
        (wfile, rid), = write(archive, 1)
    assert wfile.startswith("warc/dalel-run1-tolqyn_kz-") and wfile.endswith(".warc.gz")
    with open(tmp_path / wfile, "rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Concurrent-To"), r) for r in ArchiveIterator(fh)]
        kinds = [k for k, _, _ in records]
    assert kinds == ["warcinfo", "response", "request"]
    assert records[2][1] == rid  # the request points at its response
    capture = read_capture(tmp_path, wfile, rid)
    assert capture.status == 200 and capture.url == "http://127.0.0.1:9/2024/01/01/a/"
    assert gzip.decompress(capture.payload) == BODY  # stored as received
    assert capture.header("content-encoding") == "gzip"
    assert capture.header("transfer-encoding") is None  # stored de-chunked, so renamed


def test_rotation_by_size_and_run(tmp_path):
    with WarcArchive(tmp_path, "runA", "site", max_size=1500) as archive:
        ids = write(archive, 6)
    files = {f for f, _ in ids}
    assert len(files) >= 2
    with WarcArchive(tmp_path, "runB", "site") as archive:
        (wfile, _), = write(archive, 1)
    assert wfile not in files and "runB" in wfile
    warc_mod._OFFSETS.clear()  # read back by scanning, as a later process would
    for i, (f, rid) in enumerate(ids):
        assert gzip.decompress(read_capture(tmp_path, f, rid).payload) == BODY * (i + 1)


def test_torn_final_record_is_skipped(tmp_path, caplog):
    with WarcArchive(tmp_path, "run1", "site") as archive:
        ids = write(archive, 3)
    path = tmp_path / ids[0][0]
    data = path.read_bytes()
    offsets = [off for off, _, _ in iter_records(path)]
    assert "torn" not in caplog.text
    path.write_bytes(data[: (offsets[-2] + offsets[-1]) // 2])  # killed while writing the last response
    types = [r.rec_type for _, r, _ in iter_records(path)]
    assert types == ["warcinfo", "response", "request", "response", "request"]
    assert "torn record" in caplog.text
    warc_mod._OFFSETS.clear()
    assert read_capture(tmp_path, *ids[1]).status == 200


def test_truncated_flag_and_missing_record(tmp_path):
    with WarcArchive(tmp_path, "run1", "site") as archive:
        wfile, rid = archive.write_exchange("http://127.0.0.1:9/huge/", "GET", [], 200, "OK", [], b"x" * 10,
                                            truncated="length")
    assert read_capture(tmp_path, wfile, rid).truncated == "length"
    with pytest.raises(KeyError, match="not found"):
        read_capture(tmp_path, wfile, "<urn:uuid:00000000-0000-0000-0000-000000000000>")
    with pytest.raises(FileNotFoundError):
        read_capture(tmp_path, "warc/none.warc.gz", rid)


def test_run_ids_differ():
    assert new_run_id() != new_run_id()
