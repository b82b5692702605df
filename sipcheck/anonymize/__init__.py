"""`sipcheck anonymize`: an anonymised copy of every plan, for a review round.

Units used to anonymise their plans by hand in Word before a review, and a personnummer
missed in a header or a tracked change went to the reviewers. This package makes the copy
instead, with the privacy scanner (`sipcheck.privacy`) as the one judge of what personal
data is:

- `replacer`: readable numbered placeholders ("[namn 1]", "[personnummer 1]"), the same
  for the same person or number, with `names` for the person's own names (`--name`);
- `docx_text` replaces in Word's runs, `docx_cleaning` accepts tracked changes and removes
  comments and images, `docx_package` takes the .docx apart and puts it together again;
- `plain_text` keeps .md and .txt in their format and encoding; `pdf_copy` writes a PDF's
  text as a Word document, since a PDF's text cannot be safely edited;
- `paths` names the copies (personal data in a file name is replaced too), `files` runs
  it all per file and scans every copy again, `report` is the per-file report.
"""
