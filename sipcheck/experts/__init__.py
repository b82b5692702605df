"""Experts in the loop: the levels a review suggests, judged by people.

`assessments` records each expert's answer in the round file and decides the final level
(all or nothing, then the round is scored again); `session` is the interactive assessment
and `answer_files` the CSV/YAML forms of a workshop. `agreement` (with the coefficients in
`agreement_stats`) says how well the review and the experts agree, and `feedback` gathers
what the team behind one plan should hear. Everything here reads and writes round files;
nothing renders a report.
"""
