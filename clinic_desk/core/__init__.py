"""Domain logic. Nothing below this package may import Qt."""
