#!/usr/bin/env python3
"""Decode a PNG with nothing but the standard library (zlib, struct) and print it as JSON.

An independent reader for lorash's tests: it checks the signature, every chunk CRC, the IHDR
fields and the zlib stream (zlib verifies Adler-32), undoes the five row filters as the PNG
specification (W3C, 3rd edition, section 9) defines them, and prints

    {"width": W, "height": H, "color_type": T, "bit_depth": 8, "channels": C,
     "filters": [count of rows using filter 0, 1, 2, 3, 4], "idat_chunks": N,
     "samples": [row-major samples, C per pixel]}

Usage: check_png.py FILE.png   (exit status 1 with a message on stderr for a bad file)
"""
import json
import struct
import sys
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def fail(message):
    sys.stderr.write(f"check_png: {message}\n")
    sys.exit(1)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    if pb <= pc:
        return b
    return c


def main(path):
    data = open(path, "rb").read()
    if data[:8] != SIGNATURE:
        fail(f"{path}: not a PNG signature")
    pos, header, idat, idat_chunks, ended = 8, None, b"", 0, False
    while not ended:
        if pos + 12 > len(data):
            fail(f"{path}: truncated")
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(ctype + body) & 0xFFFFFFFF != crc:
            fail(f"{path}: bad CRC in {ctype!r}")
        pos += 12 + length
        if ctype == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif ctype == b"IDAT":
            idat += body
            idat_chunks += 1
        elif ctype == b"IEND":
            ended = True
    width, height, depth, color_type, comp, filt, interlace = header
    if depth != 8 or color_type not in CHANNELS or comp or filt or interlace:
        fail(f"{path}: unsupported header {header}")
    channels = CHANNELS[color_type]
    raw = zlib.decompress(idat)
    stride = width * channels
    if len(raw) != height * (stride + 1):
        fail(f"{path}: {len(raw)} bytes inflated, {height * (stride + 1)} expected")
    samples, previous, filters = [], [0] * stride, [0] * 5
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = list(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        filters[kind] += 1
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                row[i] = (row[i] + paeth(left, up, upper_left)) & 255
            elif kind != 0:
                fail(f"{path}: row {y} has filter {kind}")
        samples.extend(row)
        previous = row
    print(json.dumps({"width": width, "height": height, "color_type": color_type, "bit_depth": depth,
                      "channels": channels, "filters": filters, "idat_chunks": idat_chunks,
                      "samples": samples}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        fail("usage: check_png.py FILE.png")
    main(sys.argv[1])
