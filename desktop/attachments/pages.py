"""Several pages make one PDF per checklist item: images wrapped without re-encoding
(img2pdf), PDFs joined page by page (pikepdf)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.attachments.checks import PDF, PNG, CheckedFile
from desktop.errors import InputError

A4_POINTS = (595.28, 841.89)


@dataclass(frozen=True)
class PreparedFile:
    """The PDF of one item, ready to store: its bytes, SHA-256 and page count."""

    data: bytes
    sha256: str
    pages: int

    @property
    def size(self) -> int:
        return len(self.data)


def prepared(data: bytes, pages: int) -> PreparedFile:
    return PreparedFile(data, hashlib.sha256(data).hexdigest(), pages)


def combine(files: Sequence[CheckedFile]) -> PreparedFile:
    """One PDF of ``files`` in order (a single PDF is kept byte for byte)."""
    if not files:
        raise InputError("Chưa có trang nào để đính kèm.", field="file")
    if len(files) == 1 and files[0].media_type == PDF:
        return prepared(files[0].data, files[0].pages)
    import pikepdf

    parts = [f.data if f.media_type == PDF else image_pdf(f) for f in files]
    sources = [pikepdf.open(io.BytesIO(part)) for part in parts]
    try:
        with pikepdf.new() as out:
            for source in sources:
                out.pages.extend(source.pages)
            buffer = io.BytesIO()
            out.save(buffer, compress_streams=True)
            pages = len(out.pages)
    finally:
        for source in sources:
            source.close()
    return prepared(buffer.getvalue(), pages)


def image_pdf(image: CheckedFile) -> bytes:
    """A one-page PDF of a JPEG or PNG, fitted into A4 (turned to suit its orientation)."""
    import img2pdf

    data = image.data
    if image.media_type == PNG:
        data = _without_alpha(data)
    layout = img2pdf.get_layout_fun(A4_POINTS, fit=img2pdf.FitMode.into, auto_orient=True)
    result = img2pdf.convert(data, layout_fun=layout, rotation=img2pdf.Rotation.ifvalid)
    assert isinstance(result, bytes)
    return result


def _without_alpha(data: bytes) -> bytes:
    """A PNG with transparency (a pasted screenshot) on white; others as they are."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
            return data
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        buffer = io.BytesIO()
        flat.save(buffer, "PNG", dpi=image.info.get("dpi", (150, 150)))
        return buffer.getvalue()
