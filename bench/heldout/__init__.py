"""A held-out evaluation corpus, designed apart from bench/generator, to score the extractors honestly."""
