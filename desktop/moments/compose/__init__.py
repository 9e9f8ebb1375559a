"""Writing a post: text, up to nine pictures prepared off the GUI thread, and its audience."""
