"""The real-answers evaluation corpus: readers of public repositories that publish several models' answers."""
