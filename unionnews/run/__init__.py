"""One nightly run: its state, lock, output files, verdict, monitors and console."""
