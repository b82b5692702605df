"""Checklists: what a plan is judged against, written in YAML and owned by the people who
review plans.

`loader` reads a bundled checklist or a file, merges what it `extends`, validates it and
builds the `model`; every problem is a `problems.Problem` at `file:line:column`, in words
the person editing the YAML can act on (`yaml_problems`, `semantics`, `extends`).
`examples` runs a checklist's own example plans through the review, `template` is the
starting point `sipcheck checklist init` writes, and `checklist.schema.json` is the JSON
Schema editors and the loader use.
"""
