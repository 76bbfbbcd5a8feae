"""The archive: every exchange written to WARC as a request and a response record.

Files live under ``<data>/warc/`` as ``dalel-<run>-<label>-<seq>.warc.gz``: each run
(and each site thread, so threads never share a file) starts new files, which rotate
when they pass ``settings.WARC_MAX_SIZE``. Each record is its own gzip member and is
flushed at once, so a killed crawl leaves at most one torn record at the end of a file;
the reader skips it with a warning. Bodies are stored as received (content-coded);
``Transfer-Encoding`` is renamed because the body is stored de-chunked.
"""
from __future__ import annotations

import io
import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scrapers import settings

log = logging.getLogger("dalel.scrapers.warc")

_OFFSETS: dict[str, dict[str, int]] = {}  # absolute file path -> record id -> byte offset
_OFFSETS_LOCK = threading.Lock()


@dataclass
class Capture:
    """One archived response as read back from the WARC."""

    url: str
    date: str  # WARC-Date, ISO 8601 UTC
    status: int
    headers: list[tuple[str, str]]
    payload: bytes  # as received: still content-coded
    record_id: str
    truncated: str | None = None

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


class WarcArchive:
    """Appends exchanges to rotating WARC files; use one instance per thread."""

    def __init__(self, data_dir: str | Path, run_id: str, label: str = "crawl",
                 max_size: int = settings.WARC_MAX_SIZE):
        self.data_dir = Path(data_dir)
        self.dir = self.data_dir / "warc"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id
        self.label = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in label)
        self.max_size = max_size
        self._seq = 0
        self._fh: io.BufferedWriter | None = None
        self._writer: WARCWriter | None = None
        self._path: Path | None = None

    def _open(self) -> None:
        self.close()
        self._seq += 1
        self._path = self.dir / f"dalel-{self.run_id}-{self.label}-{self._seq:05d}.warc.gz"
        self._fh = open(self._path, "ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(self._path.name, {
            "software": "dalel (warcio)", "format": "WARC File Format 1.0",
            "http-header-user-agent": settings.USER_AGENT,
        })
        self._write(info)

    def _write(self, record) -> int:
        assert self._fh is not None and self._writer is not None
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        return offset

    @property
    def current_file(self) -> str | None:
        return str(self._path.relative_to(self.data_dir)) if self._path else None

    def write_exchange(self, url: str, method: str, request_headers: list[tuple[str, str]],
                       status: int, reason: str, response_headers: list[tuple[str, str]],
                       payload: bytes, *, truncated: str | None = None, ip: str | None = None) -> tuple[str, str]:
        """Archive one request/response pair; return ``(warc file relative to data dir, response record id)``."""
        if self._fh is None or self._fh.tell() >= self.max_size:
            self._open()
        assert self._writer is not None and self._path is not None
        headers = [(("X-Archive-Orig-" + k) if k.lower() == "transfer-encoding" else k, v)
                   for k, v in response_headers]
        http = StatusAndHeaders(f"{status} {reason or ''}".strip(), headers, protocol="HTTP/1.1")
        extra = {}
        if truncated:
            extra["WARC-Truncated"] = truncated
        if ip:
            extra["WARC-IP-Address"] = ip
        resp = self._writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                               length=len(payload), http_headers=http,
                                               warc_headers_dict=extra)
        path = url.split("://", 1)[-1]
        path = "/" + path.split("/", 1)[1] if "/" in path else "/"
        req_http = StatusAndHeaders(f"{method} {path} HTTP/1.1", request_headers, is_http_request=True)
        req = self._writer.create_warc_record(url, "request", http_headers=req_http,
                                              warc_headers_dict={"WARC-Concurrent-To": resp.rec_headers.get_header("WARC-Record-ID")})
        record_id = resp.rec_headers.get_header("WARC-Record-ID")
        offset = self._write(resp)
        self._write(req)
        with _OFFSETS_LOCK:
            _OFFSETS.setdefault(str(self._path.resolve()), {})[record_id] = offset
        return self.current_file, record_id

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            with _OFFSETS_LOCK:  # the index is a cache for reads during the run; a later read rescans
                _OFFSETS.pop(str(self._path.resolve()), None)
        self._fh = self._writer = None

    def __enter__(self) -> WarcArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def iter_records(path: str | Path) -> Iterator[tuple[int, object, bytes]]:
    """``(offset, record, payload)`` for each readable record of a WARC file; a torn tail is skipped with a warning."""
    size = Path(path).stat().st_size
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for record in it:
                payload = record.raw_stream.read()  # before the offset: asking for it consumes the record
                yield it.get_record_offset(), record, payload
        except Exception as e:  # warcio raises several types on a torn header
            log.warning("%s: torn record after offset %s skipped (%s: %s)", path, it.offset, type(e).__name__, e)
            return
        if it.offset < size:  # a gzip member cut short ends the iteration quietly
            log.warning("%s: torn record at offset %s skipped (%d bytes): the file ends in an unfinished write",
                        path, it.offset, size - it.offset)


def _capture(record, record_id: str, payload: bytes | None = None) -> Capture:
    http = record.http_headers
    status = int(http.get_statuscode() or 0) if http else 0
    return Capture(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        date=record.rec_headers.get_header("WARC-Date"),
        status=status,
        headers=list(http.headers) if http else [],
        payload=record.raw_stream.read() if payload is None else payload,
        record_id=record_id,
        truncated=record.rec_headers.get_header("WARC-Truncated"),
    )


def read_capture(data_dir: str | Path, warc_file: str, record_id: str) -> Capture:
    """The response record ``record_id`` of ``warc_file`` (relative to ``data_dir``)."""
    path = (Path(data_dir) / warc_file).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"WARC file {path} does not exist")
    with _OFFSETS_LOCK:
        offset = _OFFSETS.get(str(path), {}).get(record_id)
    if offset is not None:
        with open(path, "rb") as fh:
            fh.seek(offset)
            for record in ArchiveIterator(fh):
                if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                    return _capture(record, record_id)
                break
    found: dict[str, int] = {}
    result = None
    for off, record, payload in iter_records(path):
        rid = record.rec_headers.get_header("WARC-Record-ID")
        if record.rec_type == "response":
            found[rid] = off
            if rid == record_id:
                result = _capture(record, record_id, payload)
    with _OFFSETS_LOCK:
        _OFFSETS.setdefault(str(path), {}).update(found)
    if result is None:
        raise KeyError(f"record {record_id} not found in {warc_file}")
    return result


