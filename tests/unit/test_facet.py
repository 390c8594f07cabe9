"""`Desk`'s sub-facades: built on first use, once per desk, even when threads ask together."""

from __future__ import annotations

import threading

from desktop.scope import facet


class Owner:
    def __init__(self) -> None:
        self.builds = 0
        self.gate = threading.Barrier(8)

    @facet
    def part(self) -> list[int]:
        """A part of the owner."""
        self.builds += 1
        return [self.builds]


def test_built_once_per_owner_and_shown_as_itself_on_the_class() -> None:
    one, two = Owner(), Owner()
    assert one.part is one.part and one.builds == 1
    assert two.part is not one.part
    assert isinstance(Owner.part, facet) and Owner.part.__doc__ == "A part of the owner."


def test_eight_threads_asking_at_once_get_one_part() -> None:
    owner = Owner()
    seen: list[list[int]] = []

    def ask() -> None:
        owner.gate.wait()  # all eight ask together; the outcome does not depend on timing
        seen.append(owner.part)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert owner.builds == 1 and all(part is seen[0] for part in seen)
