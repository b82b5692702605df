"""Review rounds side by side: what changed between saved rounds, and how sure we can be.

`comparison` turns two or more round files into one comparison record (shares per
criterion and level, changes, exploratory p-values, per unit and per matched plan);
`trend` is the same over many rounds; `stats` holds the small-sample statistics (Wilson
intervals, Fisher's and McNemar's exact tests) written out so they can be checked. Only
round files are read here; the reports are drawn in `sipcheck.render`.
"""
