"""Taking the journal anywhere and bringing one in (rj export, rj import).

export.py      what an export holds (Selection), and the journal as one JSON file
document.py    the journal as one markdown document, a day at a time
sections.py    each record as a markdown section (an entry, a review, a goal...)
markdown.py    markdown a person's text cannot break; the weekly review as markdown
split.py       a folder of markdown files, one a day (--split)
importing/     reading a file in: checked whole, then written in one transaction
"""
