"""Edit a DOCX in LibreOffice through UNO, with track changes on, as an editor would; save as DOCX.

Run with Debian's /usr/bin/python3 (python3-uno):  lo_edit.py SRC DST AUTHOR 'old=>new' ['old2=>new2' ...]
The first occurrence is edited. An empty `new` deletes the text (a tracked deletion).
No replacement at all: open and save only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main() -> None:
    src, dst, author, *edits = sys.argv[1:]
    profile = tempfile.mkdtemp(prefix="lo-corpus-")
    port = 2083
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation=file://{profile}",
                               f"--accept=socket,host=127.0.0.1,port={port};urp;"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        smgr = ctx.ServiceManager
        config = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
        data = config.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                  (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
        data.setPropertyValue("givenname", author)
        data.setPropertyValue("sn", "")
        data.commitChanges()
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        time.sleep(2)  # right after start-up, loadComponentFromURL returns None
        doc = desktop.loadComponentFromURL(Path(src).resolve().as_uri(), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise SystemExit(f"LibreOffice could not open {src}")
        # Needs Debian's libreoffice-writer: with only -nogui, switching recording on crashes (no UI files).
        doc.RecordChanges = bool(edits)
        for edit in edits:
            old, new = edit.split("=>", 1)
            descriptor = doc.createSearchDescriptor()
            descriptor.SearchString = old
            found = doc.findFirst(descriptor)  # the column's quote: the appendix repeats the answer further on
            if found is None:
                raise SystemExit(f"{old!r} not found")
            found.setString(new)
        doc.storeToURL(Path(dst).resolve().as_uri(), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
    finally:
        office.terminate()
        office.wait(timeout=30)


if __name__ == "__main__":
    main()
