"""The review workshop in the browser (`sipcheck workshop`).

`server` binds the address (loopback unless asked otherwise) and makes the key; `app` is
the Flask app: plans, a plan beside one judgement, conflicts to settle; `pages` is what
those pages show, as data from a round; `plan_text` is a plan's text as the reader saw
it, masked, with a criterion's evidence marked; `sources` reads the round and the plans
afresh when they change and records every answer through `experts.assessments`, as
`assess` does. `templates/` and `static/` are the pages, their style sheet and their
small script: nothing is fetched from elsewhere.
"""
