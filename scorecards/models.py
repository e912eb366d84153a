# Loops, scorecards and calibration runs live here.
