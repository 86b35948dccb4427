"""The only package that imports Rich: one module per feature (render/wins.py draws the
wins), each building renderables that the command prints with common.print_to().

Every piece of user text goes through common.user_text(): it becomes a `Text` (never
markup) with control characters made visible (text.safe)."""
