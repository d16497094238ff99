"""Draw 16 builders for trainings, sign-in sheets, notices, qualifications and non-proofs."""

from bench.blind16.notices import training_notice
from bench.blind16.quals import other, qualification_certificate
from bench.blind16.signin import sign_in_sheet
from bench.blind16.training import training_certificate

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]
