"""Image sizes are read once per file version: a replaced image gets its new size."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

from kbgen import bridge


def png(path: Path, width: int, height: int) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = zlib.compress(b"".join(b"\0" + b"\0" * width for _ in range(height)))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) +
                     chunk(b"IEND", b""))


def test_a_replaced_image_is_read_again(tmp_path: Path) -> None:
    image = tmp_path / "shot.png"
    png(image, 40, 30)
    assert bridge._image_size(image) == (40, 30)
    assert bridge._image_size(image) == (40, 30)  # kept
    stat = image.stat()
    png(image, 41, 30)  # may be the same length; the time tells it apart
    os.utime(image, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert bridge._image_size(image) == (41, 30)
    assert bridge._image_size(tmp_path / "missing.png") is None
    assert bridge._image_size(tmp_path) is None  # a folder is no image
