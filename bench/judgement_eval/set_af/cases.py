"""Collect all eval11af cases."""
import cases_clean
import cases_commercial
import cases_label
import cases_mixed
import cases_secret


def all_docs():
    docs = []
    for mod in (cases_secret, cases_mixed, cases_commercial, cases_label, cases_clean):
        docs.extend(mod.docs())
    return docs
