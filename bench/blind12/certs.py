"""Draw 12 certificate-like builders: training certificates, sign-in sheets, notices, qualifications, other."""

from bench.blind12.notices import training_notice
from bench.blind12.quals import other, qualification_certificate
from bench.blind12.training import sign_in_sheet, training_certificate

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]
