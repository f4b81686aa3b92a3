"""Exits 0 if every package pinned in requirements.txt is installed at its version, else 1."""
import importlib.metadata
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
for line in open(os.path.join(here, "requirements.txt")):
    line = line.split("#")[0].strip()
    if not line:
        continue
    name, version = line.split("==")
    try:
        if importlib.metadata.version(name) != version:
            sys.exit(1)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(1)
