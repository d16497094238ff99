"""Draw 27's builders for training proofs, qualifications and other documents (one module per kind)."""

from bench.blind27.notices import training_notice
from bench.blind27.others import other
from bench.blind27.quals import qualification_certificate
from bench.blind27.sheets import sign_in_sheet
from bench.blind27.training import training_certificate

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]
