"""The What changed panel: the changes since an earlier visit, as sentences that name the people."""
