"""Time in one place: the publication date, agency datelines, date expressions resolved against the
publication date (`dates`), and lengths of time (`durations`)."""
