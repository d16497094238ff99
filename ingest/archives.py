"""ZIP batches: open an uploaded ZIP safely and hand back its members as plain (name, bytes) uploads.

Nothing here stores anything. The archive as a whole is refused (one error) when it is not a readable ZIP,
holds more members than allowed or declares more uncompressed bytes than allowed. Otherwise each member is
judged on its own: a member with a path that climbs out (`../`), an absolute path or a drive letter, a nested
archive, an encrypted member, a compression ratio past the limit, or more bytes than it declares is refused
by name, and the others go on to the normal single-file validation.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from models.errors import (
    BadFilename,
    CorruptDocument,
    CredproofError,
    DecompressionBomb,
    EncryptedDocument,
    FileTooLarge,
    NestedArchive,
    TooManyMembers,
)

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the end record of an empty archive
ARCHIVE_SUFFIXES = {".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz"}
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 200
    max_total_bytes: int = 500 * 1024 * 1024  # uncompressed, all members together
    max_member_bytes: int = 25 * 1024 * 1024  # the single-upload limit
    max_ratio: float = 200.0  # uncompressed / compressed; scans and photos compress far less than this


@dataclass(frozen=True)
class Member:
    name: str  # the member's path inside the archive, as written there
    filename: str  # its last part: the document's file name
    data: bytes


@dataclass(frozen=True)
class Refused:
    name: str
    error: CredproofError


def is_zip(data: bytes) -> bool:
    return data[:4] in ZIP_MAGIC


def is_zip_name(filename: str) -> bool:
    return PurePosixPath(filename).suffix.lower() == ".zip"


def unpack(data: bytes, limits: ZipLimits) -> tuple[list[Member], list[Refused]]:
    """The members that may go on as uploads, and the ones refused, both in archive order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not _skipped(i)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise CorruptDocument(f"无法读取 ZIP 文件 / the ZIP file cannot be read: {exc}") from exc
    if len(infos) > limits.max_members:
        raise TooManyMembers(
            f"ZIP 中文件过多（{len(infos)} 个，上限 {limits.max_members}）/ the ZIP holds {len(infos)} files, "
            f"more than {limits.max_members}",
            members=len(infos), max_members=limits.max_members,
        )  # fmt: skip
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_total_bytes:
        raise FileTooLarge(
            f"ZIP 解压后超过 {limits.max_total_bytes // (1024 * 1024)} MB / the ZIP expands to more than "
            f"{limits.max_total_bytes // (1024 * 1024)} MB",
            uncompressed=declared, max_total_bytes=limits.max_total_bytes,
        )  # fmt: skip
    members: list[Member] = []
    refused: list[Refused] = []
    budget = limits.max_total_bytes
    with archive:
        for info in infos:
            name = member_name(info)
            try:
                member = _read_member(archive, info, name, limits, budget)
            except CredproofError as exc:
                refused.append(Refused(name, exc))
                continue
            budget -= len(member.data)
            members.append(member)
    return members, refused


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; names without the UTF-8 flag are read as GBK (Chinese Windows), else as given."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _skipped(info: zipfile.ZipInfo) -> bool:
    """Folders and the resource forks macOS adds are not proofs; they are passed over silently."""
    parts = info.filename.replace("\\", "/").split("/")
    return info.is_dir() or parts[0] == "__MACOSX" or parts[-1] in {".DS_Store", "Thumbs.db", "desktop.ini"}


def safe_member_path(name: str) -> str:
    """The member's file name, if its path stays inside the archive; raises BadFilename otherwise."""
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise BadFilename(f"ZIP 成员使用了绝对路径 / the member has an absolute path: {name!r}", member=name)
    parts = name.replace("\\", "/").split("/")
    if any(part == ".." for part in parts):
        raise BadFilename(f"ZIP 成员路径包含 ../ / the member's path climbs out: {name!r}", member=name)
    return parts[-1]


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: ZipLimits, budget: int
) -> Member:
    filename = safe_member_path(name)
    if PurePosixPath(filename).suffix.lower() in ARCHIVE_SUFFIXES:
        raise NestedArchive(
            f"ZIP 中不能再包含压缩包 / a ZIP inside the ZIP is refused: {name!r}", member=name
        )
    if info.flag_bits & 0x1:
        raise EncryptedDocument(f"ZIP 成员已加密 / the member is encrypted: {name!r}", member=name)
    if info.file_size > limits.max_member_bytes:
        raise FileTooLarge(
            f"文件超过 {limits.max_member_bytes // (1024 * 1024)} MB / the member is larger than "
            f"{limits.max_member_bytes // (1024 * 1024)} MB: {name!r}",
            member=name, size=info.file_size, max_bytes=limits.max_member_bytes,
        )  # fmt: skip
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        raise _bomb(name, f"stored, yet {info.compress_size} bytes declared as {info.file_size}")
    if info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise _bomb(name, f"compression ratio {info.file_size / max(info.compress_size, 1):.0f}:1")
    data = _read_capped(archive, info, name, min(info.file_size, budget))
    if is_zip(data):
        raise NestedArchive(
            f"ZIP 中不能再包含压缩包 / a ZIP inside the ZIP is refused: {name!r}", member=name
        )
    return Member(name=name, filename=filename, data=data)


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, cap: int) -> bytes:
    """Read at most `cap` bytes; a member that yields more than it declared is a bomb, a bad CRC is corrupt."""
    out = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                out += chunk
                if len(out) > cap:
                    raise _bomb(name, "more bytes than the member declares")
    except zipfile.BadZipFile as exc:
        # zipfile stops at the declared size and then checks the CRC: a member whose data goes on past what
        # it declares ends here (data shorter than declared ends in EOFError instead)
        if "CRC" in str(exc):
            raise _bomb(name, "its data does not match the size and checksum it declares") from exc
        raise _corrupt(name, exc) from exc
    except (OSError, EOFError, NotImplementedError, zlib.error) as exc:
        raise _corrupt(name, exc) from exc
    if len(out) != info.file_size:
        raise _bomb(name, "its size does not match what it declares")
    return bytes(out)


def _bomb(name: str, why: str) -> DecompressionBomb:
    return DecompressionBomb(f"ZIP 成员疑似压缩炸弹 / the member looks like a zip bomb ({why}): {name!r}",
                             member=name)  # fmt: skip


def _corrupt(name: str, exc: BaseException) -> CorruptDocument:
    return CorruptDocument(f"ZIP 成员已损坏 / the member is damaged: {name!r} ({exc})", member=name)
