"""``python -m filmkritik`` runs the command line."""

from filmkritik.cli import main

main()
