"""The grid tree: streets, communities and grids, as a clerk builds it."""

from __future__ import annotations

import pytest

from stationdesk.domain.grids import GridInput, GridService
from stationdesk.errors import ValidationError
from stationdesk.store import Store


@pytest.fixture
def grids(empty_store: Store) -> GridService:
    """The grid service over an empty station."""
    return GridService(empty_store)


def count(store: Store, table: str) -> int:
    """Rows in a table."""
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def test_levels_follow_the_parent(grids: GridService) -> None:
    street = grids.create(None, GridInput("东安路街道"))
    community = grids.create(street, GridInput("姚电社区"))
    grid = grids.create(community, GridInput("姚电社区第一网格"))
    assert [grids.get(i).level for i in (street, community, grid)] == [1, 2, 3]
    assert grids.get(grid).parent_id == community
    assert [g.id for g in grids.children(None)] == [street]
    assert [g.id for g in grids.children(street)] == [community]


def test_nothing_goes_below_a_grid(grids: GridService, empty_store: Store) -> None:
    street = grids.create(None, GridInput("东安路街道"))
    grid = grids.create(grids.create(street, GridInput("皇台村")), GridInput("皇台村一组"))
    before = (count(empty_store, "grids"), count(empty_store, "audit_log"))
    with pytest.raises(ValidationError) as caught:
        grids.create(grid, GridInput("不该有的小组"))
    assert "parent" in caught.value.errors
    assert (count(empty_store, "grids"), count(empty_store, "audit_log")) == before


def test_path_name_and_subtree(grids: GridService) -> None:
    street = grids.create(None, GridInput("五一路街道"))
    village = grids.create(street, GridInput("北渡村"))
    groups = [grids.create(village, GridInput(f"北渡村{n}组")) for n in "一二"]
    other = grids.create(grids.create(None, GridInput("光华路街道")), GridInput("矿工社区"))
    assert grids.path_name(groups[1]) == "五一路街道 > 北渡村 > 北渡村二组"
    assert [g.name for g in grids.path(groups[0])] == ["五一路街道", "北渡村", "北渡村一组"]
    assert sorted(grids.subtree_ids(street)) == sorted([street, village, *groups])
    assert other not in grids.subtree_ids(street)
    assert grids.subtree_ids(groups[0]) == [groups[0]]


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (GridInput("   "), {"name"}),
        (GridInput("东安路街道", head_phone="12345"), {"head_phone"}),
        (GridInput("", head_phone="call me"), {"name", "head_phone"}),
    ],
)
def test_bad_input_names_every_bad_field(
    grids: GridService, empty_store: Store, data: GridInput, fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        grids.create(None, data)
    assert set(caught.value.errors) == fields
    assert count(empty_store, "grids") == 0
    assert count(empty_store, "audit_log") == 0


def test_full_width_input_is_cleaned(grids: GridService) -> None:
    grid_id = grids.create(
        None,
        GridInput(
            "\u3000东安路街道 ",
            code="０１",
            head_name="王　伟",
            head_phone="１３８ ００１３ ８０００",
            administrators="李娜 １３９００１３９０００\n\n  ",
        ),
    )
    node = grids.get(grid_id)
    assert node.name == "东安路街道"
    assert node.code == "01"
    assert node.head_name == "王 伟"
    assert node.head_phone == "13800138000"
    assert node.administrators == "李娜 13900139000"


def test_update_and_void_are_audited(grids: GridService, empty_store: Store) -> None:
    street = grids.create(None, GridInput("东安路街道"))
    community = grids.create(street, GridInput("湛河社区"))
    changes = grids.update(community, GridInput("湛河社区", has_police_room=True))
    assert changes == {"has_police_room": [0, 1]}
    assert grids.get(community).has_police_room is True
    with pytest.raises(ValidationError) as caught:
        grids.void(street, "merged")
    assert "grid" in caught.value.errors  # the community is still below it
    with pytest.raises(ValidationError):
        grids.void(community, "  ")
    grids.void(community, "merged into 东苑社区")
    grids.void(street, "merged")
    assert grids.all() == []
    assert {g.id for g in grids.all(include_void=True)} == {street, community}
    actions = [e.action for e in empty_store.history("grids", community)]
    assert actions == ["create", "update", "void"]
    with pytest.raises(ValidationError) as caught:
        grids.create(community, GridInput("新网格"))
    assert "parent" in caught.value.errors
