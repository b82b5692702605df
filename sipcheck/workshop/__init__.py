"""The review workshop in the browser (`sipcheck workshop`).

`plan_text` is a plan's text as the reader saw it, masked, with a criterion's evidence
marked.
"""
