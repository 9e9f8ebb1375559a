"""The main window: navigation rail over stacked panes."""
