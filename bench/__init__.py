"""drafter's benchmarks (`make bench`, `python -m bench`): one module per family, figures with targets,
results in bench/results.json. See bench/README.md for what each figure means."""
