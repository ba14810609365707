"""Import wizard and privacy views."""
