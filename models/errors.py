"""The one error tree of credproof; every error we raise on purpose is a CredproofError.

    CredproofError                      base; http_status 500, retryable False
    ├── InputError                      the caller sent something we refuse (4xx, never retried)
    │   ├── EmptyFile                   0 bytes                                   (422)
    │   ├── UnsupportedType             bytes are not a type we accept            (415)
    │   ├── TypeMismatch                bytes contradict the filename extension   (415)
    │   ├── FileTooLarge                over the size limit                       (413)
    │   ├── TooManyPages                over the page limit                       (422)
    │   ├── CorruptDocument             cannot be parsed (broken PDF or image)    (422)
    │   ├── EncryptedDocument           password-protected PDF                    (422)
    │   ├── DecompressionBomb           image that would expand past the limit    (422)
    │   ├── BadFilename                 a path, control characters, empty name    (422)
    │   ├── NestedArchive               a ZIP (or other archive) inside a ZIP     (422)
    │   ├── TooManyMembers              a ZIP with more members than allowed      (422)
    │   ├── UnknownPolicy               no policy pack with that id               (404)
    │   ├── InvalidEvidence             an evidence record that breaks the contract (422)
    │   └── IdempotencyMismatch         an Idempotency-Key reused with another request (422)
    ├── NotFound                        no such object, or not yours              (404)
    ├── AuthError                       not authenticated                         (401)
    ├── PermissionDenied                authenticated but not allowed             (403)
    ├── Conflict                        stale version, claimed item, reused key   (409)
    │   └── RequestInFlight             the first request with that Idempotency-Key still runs (409)
    ├── AlreadyRunning                  `credproof run` finds its embedded Redis already serving (CLI)
    ├── Unavailable                     the database could not save; try again    (503, retryable)
    ├── PolicyError                     a policy pack is broken (fails at load)   (500)
    └── ProcessingError                 a document could not be processed
        ├── OcrError                    an OCR engine failed                      (retryable)
        └── StorageError                the file store failed                     (retryable)

Edges translate these: the FastAPI exception handler (api/errors.py) into JSON answers,
the job wrapper (ingest/jobs.py) into retries or a `failed` status. Nothing else catches them.
"""

from __future__ import annotations

from typing import Any, ClassVar


class CredproofError(Exception):
    """Base of every deliberate credproof error."""

    http_status: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"
    retryable: ClassVar[bool] = False
    needs_review: ClassVar[bool] = False

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields

    def to_dict(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, **self.fields}


class InputError(CredproofError):
    http_status = 422
    code = "invalid_input"


class EmptyFile(InputError):
    code = "empty_file"


class UnsupportedType(InputError):
    http_status = 415
    code = "unsupported_type"


class TypeMismatch(InputError):
    http_status = 415
    code = "type_mismatch"


class FileTooLarge(InputError):
    http_status = 413
    code = "file_too_large"


class TooManyPages(InputError):
    code = "too_many_pages"


class CorruptDocument(InputError):
    code = "corrupt_document"


class EncryptedDocument(InputError):
    code = "encrypted_document"


class DecompressionBomb(InputError):
    code = "decompression_bomb"


class BadFilename(InputError):
    code = "bad_filename"


class NestedArchive(InputError):
    code = "nested_archive"


class TooManyMembers(InputError):
    code = "too_many_members"


class UnknownPolicy(InputError):
    http_status = 404
    code = "unknown_policy"


class InvalidEvidence(InputError):
    code = "invalid_evidence"


class IdempotencyMismatch(InputError):
    code = "idempotency_key_reused"


class NotFound(CredproofError):
    http_status = 404
    code = "not_found"


class AuthError(CredproofError):
    http_status = 401
    code = "unauthenticated"


class PermissionDenied(CredproofError):
    http_status = 403
    code = "forbidden"


class Conflict(CredproofError):
    http_status = 409
    code = "conflict"


class RequestInFlight(Conflict):
    code = "idempotency_in_flight"
    retryable = True


class AlreadyRunning(CredproofError):
    code = "already_running"


class Unavailable(CredproofError):
    http_status = 503
    code = "unavailable"
    retryable = True


class PolicyError(CredproofError):
    code = "policy_error"


class ProcessingError(CredproofError):
    code = "processing_error"


class OcrError(ProcessingError):
    code = "ocr_error"
    retryable = True


class StorageError(ProcessingError):
    code = "storage_error"
    retryable = True
