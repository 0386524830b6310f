"""Results → flag report, return notice, register and monthly statistics."""
