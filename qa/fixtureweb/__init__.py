"""A fixture web of fictional Norwegian institutions for the crawler tests (see server.py)."""
