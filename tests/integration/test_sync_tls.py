"""HTTPS to the province: the operating system's trust store and the host name are checked."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.province.handlers import Province
from desktop.province.http import ProvinceServer
from desktop.province.store import Store
from desktop.sync.errors import Unreachable
from desktop.sync.gateway import Gateway
from tests.integration.sync_helpers import AGENCY, PASSWORD, USER


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (and no other name), signed by its own key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Cổng tỉnh thử nghiệm")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def https_province(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    cert, key = self_signed(tmp_path)
    store = Store(f"sqlite+pysqlite:///{tmp_path / 'province.db'}")
    server = ProvinceServer(("127.0.0.1", 0), Province(store, USER, PASSWORD, frozenset({AGENCY})))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.start()
    yield int(server.server_address[1]), cert
    server.stop()
    store.dispose()


def test_untrusted_certificate_is_refused(https_province: tuple[int, Path]) -> None:
    port, _cert = https_province
    gateway = Gateway(f"https://127.0.0.1:{port}", AGENCY, USER, PASSWORD, timeout=5)
    with gateway, pytest.raises(Unreachable) as caught:
        gateway.login()
    assert "Chứng chỉ" in caught.value.message and gateway.session is None


def test_trusted_certificate_is_accepted_and_the_host_name_checked(
    https_province: tuple[int, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, cert = https_province
    # Trusted the way an administrator trusts a CA on Linux: OpenSSL's default paths.
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with Gateway(f"https://127.0.0.1:{port}", AGENCY, USER, PASSWORD, timeout=5) as gateway:
        gateway.login()
        assert gateway.session
    # The same certificate for another name (localhost is not in it) is refused.
    other = Gateway(f"https://localhost:{port}", AGENCY, USER, PASSWORD, timeout=5)
    with other, pytest.raises(Unreachable):
        other.login()
