"""Fuzz: mutated docx/pdf/OFD bytes give a Document or a typed ``ExtractionError`` — nothing else, no hang.

600 examples run in ≈ 15 s, so they are part of the default suite. Two mutators: raw byte edits of the whole file (hits zip headers, deflate streams, PDF objects) and
edits of the XML inside a zip package, re-zipped (reaches the XML walkers past the CRC checks).
"""

from __future__ import annotations

import io
import signal
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import ExtractionError, extract_bytes

SAMPLES = ("docx_tracked", "docx_properties", "docx_textbox", "pdf_blackbox", "pdf_annotation", "pdf_attachment_metadata", "pdf_table", "ofd_hidden")
SECONDS = 15


class Hang(Exception):
    pass


def _bounded(data: bytes):
    def alarm(*_):
        raise Hang()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(SECONDS)
    try:
        return extract_bytes(data, source="fuzz")
    except ExtractionError:
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def sample_bytes(fixtures):
    return {n: fixtures[n].read_bytes() for n in SAMPLES}


edits = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=0, max_size=8), st.integers(0, 8)),
                 min_size=1, max_size=6)


def _apply(data: bytes, ops, cut: float | None) -> bytes:
    b = bytearray(data)
    for where, insert, delete in ops:
        i = int(where * len(b))
        b[i:i + delete] = insert
    if cut is not None:
        b = b[: int(cut * len(b))]
    return bytes(b)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.sampled_from(SAMPLES), ops=edits, cut=st.none() | st.floats(0, 1))
def test_raw_mutations(sample_bytes, name, ops, cut):
    _bounded(_apply(sample_bytes[name], ops, cut))


XML_TOKENS = st.sampled_from([b"<", b">", b"</w:p>", b"<w:tbl>", b"<w:del>", b"<w:ins>", b'w:val="', b"&amp;", b"&#0;",
                              b"<!DOCTYPE x>", b"\xff\xfe", b"<w:fldChar w:fldCharType=\"begin\"/>", b"<ofd:TextCode X=\"a\">",
                              b'Boundary="1 2"', b"<w:gridSpan w:val=\"99999999999\"/>", b"\x00", b"]]>", b"<w:t>"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.sampled_from([n for n in SAMPLES if not n.startswith("pdf")]), seed=st.integers(0, 10**6),
       ops=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), XML_TOKENS, st.integers(0, 40)), min_size=1, max_size=5))
def test_xml_mutations_inside_the_package(sample_bytes, name, seed, ops):
    src = zipfile.ZipFile(io.BytesIO(sample_bytes[name]))
    xml_parts = [i.filename for i in src.infolist() if i.filename.endswith(".xml")]
    target = xml_parts[seed % len(xml_parts)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == target:
                data = _apply(data, ops, None)
            out.writestr(info.filename, data)
    _bounded(buf.getvalue())
