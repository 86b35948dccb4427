"""Taking the journal anywhere and bringing one in (rj export, rj import).

export.py      what an export holds (Selection), and the journal as one JSON file
document.py    the journal as one markdown document, a day at a time
sections.py    each record as a markdown section (an entry, a review, a goal...)
markdown.py    markdown a person's text cannot break; the weekly review as markdown
split.py       a folder of markdown files, one a day (--split)
jrnl_text.py   jrnl's plain-text journal file (--format jrnl-txt)
csv_export.py  entries or wins as CSV, for a spreadsheet (--format csv, csv-wins)
others.py      those two exports, chosen by name
importing/     reading a file in: checked whole, then written in one transaction (Day One's
               export and jrnl's journal file through importing/others.py)
"""
