"""drafter's command line: one module per command; `main` is the console entry point."""
