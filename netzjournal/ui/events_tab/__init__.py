"""The Events view (fifth tab): events and series, attendance, debrief."""
