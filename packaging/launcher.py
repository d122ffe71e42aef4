"""The frozen bundle's entry point: the same as the ``hearth`` command (``app.cli:main``).

PyInstaller analyses this file (packaging/hearth.spec). ``--self-test`` is answered here too,
so a bundle can always check itself even before ``app.cli`` knows the option.
"""

import sys
import warnings

# The bundle leaves Pillow out (see hearth.spec): fpdf2 then warns once that it cannot embed
# images, which Hearth's text-only reports never do.
warnings.filterwarnings("ignore", message="Pillow could not be imported", module="fpdf")


def run() -> int:
    argv = sys.argv[1:]
    if "--self-test" in argv:
        from app.selftest import main as self_test

        return self_test([a for a in argv if a != "--self-test"])
    from app.cli import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run())
