"""The dock panel: area of interest, years, fetch, class areas and change, run as background tasks."""
