"""OCR engines and page preparation: the OcrEngine protocol, the engines, orientation, images, PDFs, the reader.

Its one job: turn validated upload bytes into upright page images and their text. May import `models`, and
`ingest.files` for the upload checks (limits, the sniffed type).
"""
