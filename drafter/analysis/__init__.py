"""Where the panel's answers contradict, agree and evade."""
