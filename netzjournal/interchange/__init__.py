"""Reading and writing contacts in other formats (vCard, CSV, JSON, …). No Qt."""
