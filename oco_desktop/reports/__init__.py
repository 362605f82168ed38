"""The organisation's anonymous figures: counting, suppression, report files (no Qt)."""
