"""Attaching files while the process is killed at random moments: every acknowledged file
is there with its bytes, and no attachment is ever half-written."""

import hashlib
import random
import signal
import subprocess
import sys
import time

import pytest

from fabrique_desktop.domain.models import Attachment, database
from fabrique_desktop.store import close_database, open_database

ATTACHER = r"""
import sys
from pathlib import Path
from fabrique_desktop.store import open_database
from fabrique_desktop.domain.models import Holder
from fabrique_desktop.domain.services import attachments, holders
path, start = Path(sys.argv[1]), int(sys.argv[2])
open_database(path, create=True)
holder = Holder.get_or_none() or holders.create_holder({"kind": "organisation",
    "organisation_name": "Association Cultures Partagées", "recruitment_source": "other"})
number = start
while True:
    content = number.to_bytes(8, "big") * 65536  # 512 KiB, different for each file
    attachments.attach_file(holder, f"statuts-{number}.pdf", content)
    print(number, flush=True)  # acknowledged: the transaction has committed
    number += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_attached_files_survive_being_killed_at_random_moments(tmp_path):
    path = tmp_path / "fabrique.sqlite"
    rng = random.Random(20261129)
    acknowledged: set[int] = set()
    for kill in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", ATTACHER, str(path), str(kill * 100000)],
            stdout=subprocess.PIPE,
            text=True,
        )
        # Start the clock at the first acknowledgement, not at the start of Python: on a
        # loaded machine the imports alone can outlast the delay. The few further
        # acknowledgements fit in the pipe's buffer: read them after the kill.
        acknowledged.add(int(child.stdout.readline()))
        time.sleep(rng.uniform(0.0, 0.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        acknowledged.update(int(line) for line in child.stdout.read().split())
    open_database(path)
    try:
        stored = {}
        for attachment in Attachment.select():
            content = bytes(attachment.content)
            number = int(attachment.file_name.removeprefix("statuts-").removesuffix(".pdf"))
            assert content == number.to_bytes(8, "big") * 65536
            assert (attachment.size, attachment.sha256) == (
                len(content),
                hashlib.sha256(content).hexdigest(),
            )
            stored[number] = attachment
        assert acknowledged <= set(stored)
        assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        close_database()
    assert len(acknowledged) >= 12
