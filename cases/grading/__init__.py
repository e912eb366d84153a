"""The Django half of take-home grading: invitations, stored uploads, runs leased by workers."""
