"""Reports: a round, a comparison or an agreement in; text, bytes or a rich renderable out.

A module is named by the report and the format it draws (`review_terminal`,
`compare_html`, `feedback_docx`, …). What a report says is in its `<report>_sentences`
module and its tables in `<report>_grids`, so every format of one report shows the same
words and numbers. Renderers are pure: they never read files or print; the command line
does. Only the command line and the renderers import from here.
"""
