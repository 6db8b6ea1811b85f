"""Settling the sub-questions: the author's own, proposed offline, or proposed by the planner model."""
