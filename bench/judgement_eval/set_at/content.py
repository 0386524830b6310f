# Document texts for gen.py, split by case.
from content_panel import PANEL
from content_inspect import INSPECT
from content_clean import CLEAN

DOCS = PANEL + INSPECT + CLEAN
