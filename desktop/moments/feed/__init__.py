"""The feed: posts as a virtualised list (model, layouts cached per row, a painting delegate)."""
