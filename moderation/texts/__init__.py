"""The texts residents, staff and API clients read, by topic; moderation.catalogue gathers them into one shape."""
