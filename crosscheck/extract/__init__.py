"""Extract stage: every number and every date in a text, with offsets and normalised values."""
