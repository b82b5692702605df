"""Swedish language facts the checklist rules judge plan text by.

Pure functions over plain text, stdlib ``re`` only, so a rule can call them on any block,
section or whole plan and a 20-page plan takes milliseconds:

- `sentences`: sentences and words, aware of Swedish abbreviations, bullets and tables;
- `dates`: time expressions graded from a day to "vid behov", never a personnummer;
- `lix`: the LIX readability index and its reading bands;
- `voice`: first-person statements and quotations, the person's own words;
- `abbreviations`: abbreviations the plan uses without explaining them.

The modules are imported one by one (``from sipcheck.language.dates import find_dates``);
this package imports nothing, so loading one does not load the others.
"""
