"""What the author gives drafter: the topic file, hand-collected transcripts, and reading files."""
