"""Fictitious 公文 generator: the demo, the tests, the benches and the classifier corpus use it."""
