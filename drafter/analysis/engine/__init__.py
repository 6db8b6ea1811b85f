"""The offline analyzer: rules only, no model and no network. Entry point: `analyze`."""
