"""Files behind getFile: every photo is a small PNG of one colour, derived from its file id."""

from __future__ import annotations

import hashlib
import struct
import zlib

WIDTH, HEIGHT = 160, 120


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def picture(file_id: str) -> bytes:
    """A valid PNG, the same bytes for the same id."""
    red, green, blue = hashlib.sha256(file_id.encode()).digest()[:3]
    row = b"\x00" + bytes((red, green, blue)) * WIDTH
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(row * HEIGHT)) + _chunk(b"IEND", b"")


def file_path(file_id: str) -> str:
    return f"photos/{file_id}.png"
