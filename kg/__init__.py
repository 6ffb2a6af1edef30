"""hospital-kg: Chinese hospital news articles -> a knowledge graph (RDF)."""
from __future__ import annotations

__version__ = "0.1.0"
