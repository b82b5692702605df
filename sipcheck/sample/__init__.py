"""`sipcheck sample`: drawing a review round's plans from a pool of anonymised plans.

`draw` picks plans per unit (or a total spread over the units), reproducibly from a seed
and without plans reviewed in earlier rounds; `round_folder` checks the drawn plans for
personal data and copies or links them into the round's folder with a `plans.csv`.
"""
