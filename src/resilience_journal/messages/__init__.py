"""The words rj says, one module per feature (messages/wins.py for the wins), so the voice
can be read and reviewed in one folder (../shared/VOICE.md): calm, short, concrete; nothing
lost; never entry text."""
