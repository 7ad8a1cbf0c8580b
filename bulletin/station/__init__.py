"""The station: air time, one run at a time, memory of what aired, delivery, retention, checks, logs."""
