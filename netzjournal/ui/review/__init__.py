"""The yearly review view: charts drawn with QPainter, figures, PDF and Markdown export."""
