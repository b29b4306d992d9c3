#!/usr/bin/env python3
"""Renders the application icon from its SVG source into every file the packages ship.

The outputs are committed, so building never needs an SVG renderer; run this again after editing the SVG:
    python3 resources/icons/render-icons.py
Needs rsvg-convert (Debian package librsvg2-bin). Writes
  icons/hicolor/<N>x<N>/apps/ai.postpress.Checkpoint.png   the Linux hicolor sizes, also in checkpoint.qrc
  windows/ai.postpress.Checkpoint.ico                      executable, NSIS and WiX icon
  macos/ai.postpress.Checkpoint.icns                       app bundle icon
ICO and ICNS are assembled here from PNG entries (both formats allow them) so no other tool is needed.
"""

import pathlib
import struct
import subprocess
import sys

APP_ID = "ai.postpress.Checkpoint"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, with their pixel sizes (the @2x types share sizes with others).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
              (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024))

RESOURCES = pathlib.Path(__file__).resolve().parent.parent
SOURCE = RESOURCES / "icons" / f"{APP_ID}.svg"


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size), str(SOURCE)],
                          check=True, capture_output=True).stdout


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        # A width or height of 0 means 256 in an ICO directory entry.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render(size) for size in sizes}
    for size in HICOLOR_SIZES:
        target = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (RESOURCES / "windows" / f"{APP_ID}.ico").write_bytes(ico(pngs))
    (RESOURCES / "macos" / f"{APP_ID}.icns").write_bytes(icns(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
