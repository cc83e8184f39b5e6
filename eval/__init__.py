"""The evaluation harness: a question set, scoring, a peer pipeline and the report (`plan-assistant eval`)."""
