"""Tables for intake and OCR: documents, their pages, and the evidence record extracted from them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.db import Base, new_id, utcnow

DOCUMENT_STATUSES = ("queued", "processing", "processed", "failed")


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("owner_id", "sha256", name="uq_documents_owner_sha256"),
        Index("ix_documents_owner_created", "owner_id", "created_at"),
        Index("ix_documents_status", "status"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    owner_id: Mapped[str] = mapped_column(String(64), default="anonymous")
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))  # detected from the bytes, not the name
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    stage: Mapped[str | None] = mapped_column(String(32), default="queued")  # finer progress for the UI
    progress: Mapped[float] = mapped_column(Float, default=0.0)  # 0..1
    error: Mapped[str | None] = mapped_column(Text, default=None)
    page_count: Mapped[int | None] = mapped_column(Integer, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    job_id: Mapped[str | None] = mapped_column(String(64), default=None)
    # the running job refreshes this; a `processing` document whose heartbeat is stale is re-queued
    heartbeat_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(default=None)
    # A proof split out of a multi-proof file (extractors.split): its file, its pages there, and why.
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), default=None, index=True
    )
    page_first: Mapped[int | None] = mapped_column(Integer, default=None)
    page_last: Mapped[int | None] = mapped_column(Integer, default=None)
    grouping: Mapped[list[str] | None] = mapped_column(JSON, default=None)  # the reasons for its page range

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.number"
    )
    evidence: Mapped[EvidenceRecord | None] = relationship(
        back_populates="document", cascade="all, delete-orphan", uselist=False
    )
    proofs: Mapped[list[Document]] = relationship(
        cascade="all, delete-orphan", order_by="Document.page_first", foreign_keys=[parent_id]
    )  # a split file's proofs; empty for a file holding one proof


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_pages_document_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)  # 1-based
    image_path: Mapped[str] = mapped_column(String(255))  # relative to the file store
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # lines with their words + boxes
    engine: Mapped[str] = mapped_column(String(32))
    from_text_layer: Mapped[bool] = mapped_column(Boolean, default=False)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    mean_conf: Mapped[float | None] = mapped_column(Float, default=None)
    ocr_seconds: Mapped[float | None] = mapped_column(Float, default=None)

    document: Mapped[Document] = relationship(back_populates="pages")


class EvidenceRecord(Base):
    __tablename__ = "evidence"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    evidence_type: Mapped[str] = mapped_column(String(40))
    type_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # the contract's evidence JSON, as extracted
    corrected: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)  # reviewer's corrections
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="evidence")
