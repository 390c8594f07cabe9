"""Files a counter meets, made in memory: good pages (PNG, JPEG, PDF) and bad ones."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageDraw


def page_image(text: str = "Trang 1", *, size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """A grey A4 page at 150 dpi with a few lines of text on it."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for row in range(8):
        draw.text((100, 120 + row * 60), f"{text} — dòng {row + 1}", fill=0)
    draw.rectangle((80, 80, size[0] - 80, size[1] - 80), outline=0, width=3)
    return image


def png_page(text: str = "Trang 1", **kwargs: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    page_image(text, **kwargs).save(buffer, "PNG", dpi=(150, 150))
    return buffer.getvalue()


def jpeg_page(text: str = "Trang 1") -> bytes:
    buffer = io.BytesIO()
    page_image(text).save(buffer, "JPEG", quality=80, dpi=(150, 150))
    return buffer.getvalue()


def pdf_document(pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(pages):
        pdf.drawString(72, 720, f"Page {number + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_with_javascript() -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_document())) as pdf:
        script = pikepdf.Dictionary(
            Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")
        )
        action = pdf.make_indirect(script)
        pdf.Root.OpenAction = action
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def truncated(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


def png_bomb(width: int = 40_000, height: int = 40_000) -> bytes:
    """A small PNG whose header claims ``width``×``height`` pixels (1.6 G by default)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 16)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
NOT_A_PDF_NAMED_PDF = b"Day la van ban, khong phai PDF\n" * 20
