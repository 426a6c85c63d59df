"""The file check: SQLite's findings, how far it got, and a way to stop it."""

import pytest

from fabrique_desktop.demo import build_demo
from fabrique_desktop.domain.models import Need
from fabrique_desktop.store.integrity import integrity_problems

from ..progress import StopAt, Stopped


@pytest.fixture
def demo(db):
    build_demo(scale=200)


def test_the_check_reports_its_progress_below_the_whole(demo):
    shares = []
    assert integrity_problems(progress=shares.append) == []
    assert len(shares) > 5
    assert shares == sorted(shares) and shares[0] > 0 and shares[-1] < 1


def test_a_report_that_raises_stops_the_check_and_the_file_stays_usable(demo):
    stop = StopAt(2)
    with pytest.raises(Stopped):
        integrity_problems(progress=stop)
    assert len(stop.shares) == 2  # SQLite stopped at once
    assert Need.select().count() == 200  # the connection works, without the handler
    assert integrity_problems() == []
