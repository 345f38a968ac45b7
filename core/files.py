"""Files written whole or not at all: the content goes to a hidden temporary file beside the
target, which is renamed over it once complete, so no reader ever sees half a report, table, style
or record, and a failed write leaves the earlier file as it was."""

import contextlib
import os
import uuid


@contextlib.contextmanager
def replacing(path):
    """Yield a temporary path beside `path`; rename it to `path` when the block ends normally,
    remove it when the block fails."""
    folder, name = os.path.split(os.path.abspath(str(path)))
    temporary = os.path.join(folder, ".{}.partial-{}".format(name, uuid.uuid4().hex[:10]))
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as e:  # named by the file the user asked for, not the temporary one
        raise OSError(e.errno, e.strerror, str(path)) from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def write_text(path, text, newline=None):
    """Write `text` (UTF-8) to `path` as one step; returns `path`."""
    with replacing(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)
    return path


def write_bytes(path, data):
    """Write `data` to `path` as one step; returns `path`."""
    with replacing(path) as temporary:
        with open(temporary, "wb") as f:
            f.write(data)
    return path
