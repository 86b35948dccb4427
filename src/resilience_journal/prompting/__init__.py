"""The prompt library: the packs shipped with rj and the person's own, strictly checked
(packs.py, with yaml_tree.py to name the line of a problem), kept read in a cache
(cache.py), gathered into one library (library.py); the choice of today's prompt and the
week's questions (choosing.py); and how deep a prompt may go today (depth.py).

Pure domain code: the day is passed in, never read from a clock.

Why not `prompts/`: the bundled packs, the repository's top-level prompts/ folder of YAML,
are shipped inside the wheel as resilience_journal/prompts (pyproject.toml, force-include),
and library.bundled_dir() finds them there. A Python package of that name would share the
folder with them.
"""
