"""The test suite, a regular package so that a ``tests`` package some dependency installs in
site-packages (label-studio-converter 0.0.59 does) cannot shadow it."""
