"""The yearly review: a year of networking at a glance (pure; no Qt)."""
