"""A file a counter may keep: PDF, JPEG or PNG, judged by its bytes, whole, and harmless.

The name a file arrives with is never trusted. ``filetype`` reads the magic numbers; pikepdf
(qpdf) parses a PDF without repairing it; Pillow decodes an image to its last row. A file
that fails any check is refused with a Vietnamese message and nothing is stored.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from desktop.errors import InputError

PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
ACCEPTED = (PDF, JPEG, PNG)
MAX_PIXELS = 60_000_000  # an A3 page at 600 dpi is 70 MP … a scan of a counter's A4 at 300 dpi 8.7
MAX_PDF_PAGES = 300
MB = 1024 * 1024
# Names in a PDF that run something when the file is opened or a link is followed.
ACTIVE_KEYS = ("/JS", "/JavaScript", "/Launch", "/RichMedia", "/XFA")
ACTIVE_ACTIONS = ("/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/RichMediaExecute")


@dataclass(frozen=True)
class CheckedFile:
    """One file that passed every check."""

    name: str
    data: bytes
    media_type: str
    pages: int


def megabytes(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")


def check_size(name: str, size: int, max_bytes: int) -> None:
    """Refuse a file over ``max_bytes`` (before its bytes are read, where the size is known)."""
    if size == 0:
        raise InputError(f"Tệp {name} rỗng (0 byte).", field="file")
    if size > max_bytes:
        raise InputError(
            f"Tệp {name} nặng {megabytes(size)} MB, quá giới hạn {megabytes(max_bytes)} MB "
            "một tệp.",
            field="file",
        )


def sniff(data: bytes) -> str | None:
    """The media type the bytes say they are (``None``: unknown)."""
    import filetype  # a few hundred microseconds; imported where a file is looked at

    kind = filetype.guess(data[:8192])
    return kind.mime if kind is not None else None


def check_file(name: str, data: bytes, max_bytes: int) -> CheckedFile:
    """``data`` as a :class:`CheckedFile`, or :class:`InputError` saying what is wrong."""
    check_size(name, len(data), max_bytes)
    media_type = sniff(data)
    if media_type not in ACCEPTED:
        seen = f" (tệp là {media_type})" if media_type else ""
        raise InputError(
            f"Tệp {name} không phải PDF, JPEG hay PNG{seen}; chỉ nhận ba loại này.", field="file"
        )
    if media_type == PDF:
        return CheckedFile(name, data, PDF, pdf_pages(name, data))
    check_image(name, data)
    return CheckedFile(name, data, media_type, 1)


def pdf_pages(name: str, data: bytes) -> int:
    """The page count of a whole, plain PDF; refused when it does not parse as it is, is
    encrypted, runs JavaScript or other actions, or is longer than a dossier needs."""
    import pikepdf

    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"Tệp PDF {name} bị cắt cụt (thiếu phần cuối tệp).", field="file")
    try:
        with pikepdf.open(io.BytesIO(data), attempt_recovery=False) as pdf:
            if pdf.is_encrypted:
                raise InputError(f"Tệp PDF {name} có mật khẩu; hãy mở khóa rồi đính kèm.")
            active = _active_content(pdf)
            pages = len(pdf.pages)
    except pikepdf.PasswordError:
        raise InputError(f"Tệp PDF {name} có mật khẩu; hãy mở khóa rồi đính kèm.") from None
    except (pikepdf.PdfError, ValueError, RecursionError):
        raise InputError(f"Tệp PDF {name} bị hỏng, không đọc được.", field="file") from None
    if active:
        raise InputError(
            f"Tệp PDF {name} chứa mã chạy tự động ({active}); không nhận vì an toàn.",
            field="file",
        )
    if not 1 <= pages <= MAX_PDF_PAGES:
        raise InputError(
            f"Tệp PDF {name} có {pages} trang; nhận từ 1 đến {MAX_PDF_PAGES} trang.", field="file"
        )
    return pages


def _active_content(pdf: object) -> str:
    """The first name of active content in the PDF (``""``: none)."""
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    names = pdf.Root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
        return "JavaScript"
    if "/AcroForm" in pdf.Root and "/XFA" in pdf.Root.AcroForm:
        return "XFA"
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary):
            continue
        for key in ACTIVE_KEYS:
            if key in obj:
                return key.lstrip("/")
        kind = obj.get("/S")
        if isinstance(kind, pikepdf.Name) and str(kind) in ACTIVE_ACTIONS:
            return str(kind).lstrip("/")
    return ""


def check_image(name: str, data: bytes) -> None:
    """Refuse an image that does not decode to its end or would take too much memory."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _bomb(name, width, height)
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(
            f"Ảnh {name} quá lớn để mở an toàn (quá giới hạn {MAX_PIXELS // 1_000_000} triệu "
            "điểm ảnh).",
            field="file",
        ) from None
    except (OSError, SyntaxError, ValueError):
        raise InputError(
            f"Ảnh {name} bị hỏng hoặc bị cắt cụt, không đọc được.", field="file"
        ) from None


def _bomb(name: str, width: int, height: int) -> InputError:
    return InputError(
        f"Ảnh {name} có {width}×{height} điểm ảnh, quá giới hạn "
        f"{MAX_PIXELS // 1_000_000} triệu điểm ảnh.",
        field="file",
    )
