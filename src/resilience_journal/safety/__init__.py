"""Help within reach: crisis contacts (contacts.py), the person's safety plan (plan.py) and
its optional plain copy beside an encrypted journal (plain_copy.py), the daily distress
check-in (checkin.py), and how they are kept in the journal (records.py).

Pure logic; every function that depends on time takes `now`. Nothing but records.py needs
the journal database: `rj help-now` must work when it is missing or broken, so contacts
come from a file shipped in the package and from the settings file.
"""
