"""The column workflow's pieces: state, run context, nodes, runner, checkpointed sessions, review."""
