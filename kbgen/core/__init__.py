"""Pure domain code: articles, languages, categories, checks.

Rule: nothing under kbgen.core imports mkdocs, flask or click, and nothing
here does I/O beyond reading the paths it is given. See README.md beside this file.
"""
