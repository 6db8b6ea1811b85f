"""One reader per source repository of the real-answers corpus."""
