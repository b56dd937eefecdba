"""The one union-find of the corpus stages (copy groups, entities, stories joined by the merge pass)."""
from __future__ import annotations

from typing import Callable, Hashable


class UnionFind:
    """Disjoint sets of hashable items, path halving. The root of a union is the earlier of the two
    roots by ``order`` (default: the items themselves), so a group's root is its earliest member:
    the original of a copy group, the first local entity of an entity."""

    def __init__(self, order: Callable[[Hashable], object] | None = None):
        self.parent: dict[Hashable, Hashable] = {}
        self.order = order

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> bool:
        """Join the sets of ``a`` and ``b``; False when :meth:`can_join` refuses."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.can_join(ra, rb):
            return False
        lo, hi = (ra, rb) if (self.order or _same)(ra) <= (self.order or _same)(rb) else (rb, ra)
        self.parent[hi] = lo
        self.joined(lo, hi)
        return True

    def can_join(self, ra: Hashable, rb: Hashable) -> bool:
        """Whether two roots may be joined (a subclass may refuse)."""
        return True

    def joined(self, root: Hashable, other: Hashable) -> None:
        """Called after ``other``'s set joined ``root``'s (a subclass may merge what the sets hold)."""


def _same(x):
    return x
