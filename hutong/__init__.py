"""Hutong."""
