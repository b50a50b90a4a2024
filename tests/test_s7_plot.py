"""The house style: stable partner colours, empty panels that explain themselves, figures byte-identical across saves."""
from __future__ import annotations

import matplotlib

matplotlib.use("agg")  # tests only: the notebooks keep the inline backend

import matplotlib.pyplot as plt
import pandas as pd

from analysis import s7_plot as p
from analysis import summaries as s


def test_partner_colours_are_fixed_and_do_not_depend_on_the_data():
    assert p.partner_color("BEL") == p.PARTNER_COLORS["BEL"]
    assert p.partner_color("XYZ") == p.partner_color("XYZ") and p.partner_color("XYZ") in p.FALLBACK_COLORS
    assert p.partner_color("") == p.DOMESTIC_COLOR and p.group_color("bilateral") == p.SCOPE_COLORS["bilateral"]
    assert len(set(p.PARTNER_COLORS.values())) == len(p.PARTNER_COLORS)


def test_save_figure_is_byte_stable_and_strips_metadata(tmp_path):
    counts = pd.DataFrame({"period": ["2023Q4", "2024Q1"], "group": ["BEL", "UN"], "status": ["held", "planned"],
                           "exact": [True, False], "n": [1.0, 0.25]})
    digests = []
    for run in range(2):
        fig, ax = p.new_figure()
        p.period_bars(ax, counts, s.period_labels("quarter", 2023, 2024), title="events")
        p.period_legend(fig, ["BEL", "UN"])
        p.finish(fig, "Belgium leads", "Source: 2 articles; data as of 2024-01-01.")
        paths = p.save_figure(fig, "chart", tmp_path / str(run))
        plt.close(fig)
        digests.append([path.read_bytes() for path in paths])
        assert [path.suffix for path in paths] == [".png", ".svg"]
    assert digests[0] == digests[1]
    svg = digests[0][1].decode()
    assert "<dc:date>" not in svg and "Belgium leads" in svg and "data as of 2024-01-01" in svg
    assert b"Software" not in digests[0][0] and b"matplotlib" not in digests[0][0]


def test_empty_inputs_draw_a_message_instead_of_failing():
    fig, axes = p.new_figure(1, 5)
    p.period_bars(axes[0], pd.DataFrame(columns=s.PERIOD_COLUMNS), [], empty="No events")
    p.ranking_bars(axes[1], pd.DataFrame(columns=s.RANKING_COLUMNS), "n_events")
    p.heatmap(axes[2], pd.DataFrame())
    p.network(axes[3], s.network_graph(pd.DataFrame(columns=s.EDGE_COLUMNS), pd.DataFrame(columns=s.NODE_COLUMNS)))
    p.people_timeline(axes[4], pd.DataFrame(columns=s.PEOPLE_COLUMNS), pd.DataFrame(columns=s.PEOPLE_YEAR_COLUMNS))
    texts = [t.get_text() for ax in axes for t in ax.texts]
    plt.close(fig)
    assert texts[0] == "No events" and len(texts) == 5 and not any(ax.axison for ax in axes)


def test_period_bars_draw_planned_hollow_and_spread_hatched():
    counts = pd.DataFrame({"period": ["2024Q1", "2024Q1"], "group": ["BEL", "BEL"], "status": ["held", "planned"],
                           "exact": [False, True], "n": [0.25, 1.0]})
    fig, ax = p.new_figure()
    p.period_bars(ax, counts, ["2024Q1"])
    bars = ax.patches
    assert bars[0].get_hatch() == p.SPREAD_HATCH and bars[0].get_alpha() == p.SPREAD_ALPHA
    assert bars[1].get_facecolor()[:3] == (1.0, 1.0, 1.0) and bars[1].get_y() == 0.25
    plt.close(fig)


def test_network_and_people_draw_labels():
    edges = pd.DataFrame({"source": ["BEL", "BNPT"], "target": ["BNPT", "UNOCT"], "n_events": [2, 1]})
    nodes = pd.DataFrame({"actor_id": ["BEL", "BNPT", "UNOCT"], "label": ["Belgium", "BNPT", "UNOCT"],
                          "actor_type": ["state", "government_agency", "international_organisation"],
                          "partner_code": ["BEL", "", "UN"], "n_events": [2, 3, 1]})
    fig, (a, b) = p.new_figure(1, 2)
    p.network(a, s.network_graph(edges, nodes))
    freq = pd.DataFrame({"name": ["Boy Rafli Amar"], "n_stories": [2]})
    years = pd.DataFrame({"name": ["Boy Rafli Amar"], "year": [2022], "title": ["Kepala BNPT"], "organisation": ["BNPT"], "n_stories": [2]})
    p.people_timeline(b, freq, years)
    assert sorted(t.get_text() for t in a.texts) == ["BNPT", "Belgium", "UNOCT"]
    assert [t.get_text() for t in b.texts] == ["Kepala BNPT"]
    plt.close(fig)
