"""The Qt desktop application. Entry point: :func:`desktop.app.run_app`."""
