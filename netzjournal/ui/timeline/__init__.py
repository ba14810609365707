"""The timeline view: everything that happened, newest first, by month."""
