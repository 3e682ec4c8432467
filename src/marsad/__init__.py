"""marsad (مرصد): Arabic news → entities, quotes and PLOVER/CAMEO events, each tied to its evidence.

    import marsad
    article = marsad.analyze(text, date="2015-09-19")
    article.to_dict()   # the JSON contract, schema "marsad/1"
"""

from marsad.model import SCHEMA, Article
from marsad.pipeline import Pipeline, analyze

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Article", "Pipeline", "analyze", "__version__"]
