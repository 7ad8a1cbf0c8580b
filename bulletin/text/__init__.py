"""The text: page furniture off, each story once, condensed radio items, the script."""
