"""Stage 7, plot: summary DataFrames -> matplotlib figures in one house style (seaborn theme, a fixed colour per partner, finding as title, source note), saved as byte-stable PNG and SVG.

Every chart function draws on a given Axes and copes with an empty table by
writing why the panel is empty, so notebooks never need a branch or a function
of their own. `save_figure` strips what changes between runs (the Software and
Date metadata, random SVG ids), so re-running a notebook on the same data
leaves figures/ untouched in git.
"""
from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path
from typing import Iterable, Sequence

import matplotlib
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from .paths import FIGURES_DIR

# A partner keeps its colour in every chart and every corpus: known partners get
# a fixed, well-separated colour; any other code gets one from a hash of the code,
# never from its rank in today's data (which would recolour charts as data grows).
PARTNER_COLORS: dict[str, str] = {
    "AUS": "#1f77b4", "USA": "#d62728", "BEL": "#ff7f0e", "UN": "#17becf", "ASEAN": "#2ca02c",
    "EU": "#9467bd", "NLD": "#e377c2", "FRA": "#8c564b", "JPN": "#bcbd22", "GBR": "#393b79",
    "VNM": "#637939", "DEU": "#8c6d31", "CHN": "#843c39", "SAU": "#7b4173", "ARE": "#5254a3",
    "TUR": "#6b6ecf", "MYS": "#9c9ede", "SGP": "#8ca252", "PHL": "#b5cf6b", "THA": "#bd9e39",
    "NZL": "#e7ba52", "CAN": "#ad494a", "KOR": "#d6616b", "RUS": "#a55194", "INTERPOL": "#ce6dbd",
    "OIC": "#de9ed6", "GCTF": "#31a354", "HEDAYAH": "#756bb1", "QAT": "#3182bd", "EGY": "#e6550d",
    "TLS": "#969696", "IND": "#fd8d3c", "PAK": "#74c476", "UZB": "#9e9ac8",
}
# Fallbacks avoid the hues of the fixed partners and of Indonesian actors.
FALLBACK_COLORS = ("#4d4d00", "#006d5b", "#8b0057", "#5c3c92", "#b35806", "#35978f", "#762a83", "#7f3b08",
                   "#1b7837", "#c51b7d", "#2d004b", "#a6611a")
DOMESTIC_COLOR = "#7f7f7f"
INDONESIA_COLOR = "#333333"  # near-black: no partner colour is close to it
SCOPE_COLORS = {"domestic": DOMESTIC_COLOR, "bilateral": "#1f77b4", "multilateral": "#2ca02c"}
LANGUAGE_COLORS = {"id": "#b22222", "en": "#1f77b4"}
SPREAD_HATCH = "////"
SPREAD_ALPHA = 0.45
PLANNED_HATCH = ".."
NOTE_COLOR = "#555555"
SVG_HASHSALT = "analysis-s7-plot"


def set_style() -> None:
    """Apply the house style: seaborn whitegrid, DejaVu Sans (shipped with matplotlib, so every machine renders alike)."""
    sns.set_theme(context="notebook", style="whitegrid", font="DejaVu Sans")
    matplotlib.rcParams.update({
        "figure.dpi": 100,
        "savefig.dpi": 120,
        "axes.titlesize": 11,
        "axes.titleweight": "bold",
        "axes.labelsize": 10,
        "xtick.labelsize": 9,
        "ytick.labelsize": 9,
        "legend.fontsize": 8.5,
        "legend.title_fontsize": 9,
        "figure.titlesize": 13,
        "figure.titleweight": "bold",
        # Fixed salt: SVG element ids are otherwise random per run.
        "svg.hashsalt": SVG_HASHSALT,
        "svg.fonttype": "none",
        "path.simplify": True,
    })


def partner_color(code: str) -> str:
    """The colour of a partner code, the same in every chart and corpus."""
    if code in PARTNER_COLORS:
        return PARTNER_COLORS[code]
    if code in ("", "domestic"):
        return DOMESTIC_COLOR
    digest = hashlib.blake2b(code.encode("utf-8"), digest_size=2).digest()
    return FALLBACK_COLORS[int.from_bytes(digest, "big") % len(FALLBACK_COLORS)]


def group_color(group: str) -> str:
    """Colour of a chart group: scopes and languages have their own, anything else is a partner code."""
    return SCOPE_COLORS.get(group) or LANGUAGE_COLORS.get(group) or partner_color(group)


def new_figure(nrows: int = 1, ncols: int = 1, width: float = 10.0, height: float = 5.0,
               **kwargs) -> tuple[Figure, object]:
    """A figure in the house style with constrained layout (which also places the title and the source note)."""
    set_style()
    return plt.subplots(nrows, ncols, figsize=(width, height), layout="constrained", **kwargs)


def finish(fig: Figure, title: str, note: str) -> Figure:
    """Title the figure with its finding (top left) and put the source note under it (bottom left)."""
    # Wrap long findings to the figure's width rather than letting them run off the canvas.
    width = max(40, int(fig.get_figwidth() * 8.5))
    fig.suptitle(textwrap.fill(title, width), x=0.01, ha="left")
    fig.supxlabel(note, x=0.01, ha="left", fontsize=8, color=NOTE_COLOR)
    return fig


def empty_panel(ax: Axes, message: str) -> Axes:
    """Say on the panel why it is empty instead of drawing blank axes."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color=NOTE_COLOR, wrap=True,
            transform=ax.transAxes)
    return ax


def save_figure(fig: Figure, name: str, figures_dir: str | Path | None = None) -> list[Path]:
    """Write `name.png` and `name.svg` into figures_dir (default: the project's figures/), byte-identical across runs."""
    folder = Path(figures_dir) if figures_dir is not None else FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    matplotlib.rcParams["svg.hashsalt"] = SVG_HASHSALT
    png, svg = folder / f"{name}.png", folder / f"{name}.svg"
    # Software names the matplotlib version and Date the wall clock: both would churn the files.
    fig.savefig(png, format="png", metadata={"Software": None})
    fig.savefig(svg, format="svg", metadata={"Date": None})
    return [png, svg]


# --------------------------------------------------------------------------- charts


def period_bars(ax: Axes, counts: pd.DataFrame, periods: Sequence[str], groups: Sequence[str] | None = None,
                title: str = "", ylabel: str = "events", empty: str = "No dated events in the study window") -> Axes:
    """Stacked bars per period and group from a long count table (period, group, status, exact, n).

    Held events are solid, planned ones white with a dotted hatch in the group's colour;
    counts spread from a coarser date (a year-only date over its quarters) are pale and hatched.
    """
    ax.set_title(title, loc="left")
    if counts.empty or not len(periods):
        return empty_panel(ax, empty)
    groups = list(groups) if groups is not None else sorted(counts["group"].unique())
    position = {p: i for i, p in enumerate(periods)}
    bottom = [0.0] * len(periods)
    layers = [("held", True), ("held", False), ("planned", True), ("planned", False)]
    for group in groups:
        color = group_color(group)
        for status, exact in layers:
            part = counts[(counts["group"] == group) & (counts["status"] == status) & (counts["exact"] == exact)]
            part = part.groupby("period")["n"].sum()
            heights = [float(part.get(p, 0.0)) for p in periods]
            if not any(heights):
                continue
            style = {"color": color, "edgecolor": "white", "linewidth": 0.5}
            if status == "planned":
                style = {"facecolor": "white", "edgecolor": color, "hatch": PLANNED_HATCH, "linewidth": 1.0}
            if not exact:
                style = {**style, "alpha": SPREAD_ALPHA, "hatch": SPREAD_HATCH,
                         "edgecolor": "white" if status == "held" else color}
            # Only non-empty segments: a zero-height planned bar would still draw its coloured outline.
            drawn = [i for i, h in enumerate(heights) if h > 0]
            ax.bar(drawn, [heights[i] for i in drawn], bottom=[bottom[i] for i in drawn], width=0.8, **style)
            bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_xticks(range(len(periods)))
    ax.set_xticklabels(periods, rotation=90 if len(periods) > 8 else 0)
    ax.set_xlim(-0.6, len(periods) - 0.4)
    ax.set_ylabel(ylabel)
    ax.yaxis.get_major_locator().set_params(integer=True)
    return ax


def period_legend(fig_or_ax, groups: Sequence[str], names: dict[str, str] | None = None, title: str = "partner",
                  **kwargs) -> None:
    """One legend for a period chart: a swatch per group plus what solid, hatched and dotted mean."""
    names = names or {}
    handles = [Patch(color=group_color(g), label=names.get(g, g)) for g in groups]
    handles += [Patch(facecolor="#999999", label="held"),
                Patch(facecolor="white", edgecolor="#555555", hatch=PLANNED_HATCH, label="planned"),
                Patch(facecolor="#999999", alpha=SPREAD_ALPHA, hatch=SPREAD_HATCH, edgecolor="white",
                      label="date known only to the year (spread)")]
    kwargs.setdefault("loc", "outside right upper")
    fig_or_ax.legend(handles=handles, title=title, frameon=False, **kwargs)


def ranking_bars(ax: Axes, ranking: pd.DataFrame, value: str, label: str = "partner_name", color_key: str = "partner_code",
                 title: str = "", xlabel: str = "", empty: str = "No partners in this corpus",
                 color: str | None = None) -> Axes:
    """Horizontal bars, largest on top, each bar in its partner's colour (or one `color`) and labelled with its value."""
    ax.set_title(title, loc="left")
    if ranking.empty:
        return empty_panel(ax, empty)
    data = ranking.reset_index(drop=True)
    y = list(range(len(data)))[::-1]
    colors = [color] * len(data) if color else [partner_color(str(c)) for c in data[color_key]]
    bars = ax.barh(y, data[value].astype(float), color=colors)
    ax.bar_label(bars, labels=[f"{v:g}" for v in data[value].astype(float)], padding=3, fontsize=9)
    ax.set_yticks(y)
    ax.set_yticklabels(data[label])
    ax.set_xlabel(xlabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.margins(x=0.15)
    ax.grid(axis="y", visible=False)
    return ax


def heatmap(ax: Axes, table: pd.DataFrame, title: str = "", cmap: str = "Blues", xlabel: str = "", ylabel: str = "",
            empty: str = "Nothing to show for this corpus", cbar_label: str = "stories") -> Axes:
    """An annotated count heatmap (zeros left blank so the pattern reads at a glance)."""
    ax.set_title(title, loc="left")
    if table.empty or float(table.to_numpy().sum()) == 0:
        return empty_panel(ax, empty)
    labels = table.astype(int).astype(str).where(table > 0, "")
    sns.heatmap(table.astype(float), ax=ax, cmap=cmap, annot=labels, fmt="", linewidths=0.5, linecolor="white",
                cbar_kws={"label": cbar_label, "shrink": 0.8, "ticks": MaxNLocator(integer=True)}, vmin=0)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", rotation=45)
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    ax.tick_params(axis="y", rotation=0)
    return ax


def node_color(row: dict) -> str:
    """Foreign actors in their partner's colour, Indonesian ones in one red, so the two sides separate."""
    code = str(row.get("partner_code") or "")
    return partner_color(code) if code else INDONESIA_COLOR


def network(ax: Axes, graph: nx.Graph, title: str = "", seed: int = 7,
            empty: str = "No two actors share an event in this corpus") -> Axes:
    """The co-participation network: spring layout with a fixed seed, node size by events, edge width by shared events."""
    ax.set_title(title, loc="left")
    if graph.number_of_edges() == 0:
        return empty_panel(ax, empty)
    layout = nx.spring_layout(graph, seed=seed, k=1.6 / max(graph.number_of_nodes(), 1) ** 0.5, weight="weight")
    nodes = sorted(graph.nodes)
    data = [graph.nodes[n] for n in nodes]
    sizes = [300 + 250 * float(d.get("n_events", 1)) for d in data]
    widths = [0.8 + 1.2 * graph.edges[e]["weight"] for e in sorted(graph.edges)]
    nx.draw_networkx_edges(graph, layout, edgelist=sorted(graph.edges), width=widths, edge_color="#aaaaaa", ax=ax)
    nx.draw_networkx_nodes(graph, layout, nodelist=nodes, node_size=sizes, node_color=[node_color(d) for d in data],
                           edgecolors="white", ax=ax)
    for n, d, size in zip(nodes, data, sizes):
        x, y = layout[n]
        # Above the node's rim (marker size is an area in points squared), so the label never covers the node.
        ax.annotate(str(d.get("label") or n), (x, y), xytext=(0, size ** 0.5 / 2 + 3), textcoords="offset points",
                    ha="center", va="bottom",
                    fontsize=9, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
    ax.set_axis_off()
    ax.margins(0.15)
    return ax


def network_legend(ax: Axes, partner_codes: Iterable[str], names: dict[str, str] | None = None) -> None:
    """Legend for the network: Indonesian actors, then each partner's colour."""
    names = names or {}
    handles = [Patch(color=INDONESIA_COLOR, label="Indonesian actor")]
    handles += [Patch(color=partner_color(c), label=names.get(c, c)) for c in sorted(set(partner_codes))]
    ax.legend(handles=handles, loc="lower left", frameon=False, title="node colour")


def people_timeline(ax: Axes, frequency: pd.DataFrame, by_year: pd.DataFrame, title: str = "",
                    empty: str = "No named people in this corpus") -> Axes:
    """The most frequent people down the side, years along the bottom: a dot per year seen (size = stories), labelled with that year's title."""
    ax.set_title(title, loc="left")
    rows = by_year[by_year["name"].isin(list(frequency["name"]))] if len(frequency) else by_year.iloc[0:0]
    if rows.empty:
        return empty_panel(ax, empty)
    order = list(frequency["name"])[::-1]
    y = {name: i for i, name in enumerate(order)}
    years = sorted(rows["year"].unique())
    ax.scatter(rows["year"], [y[n] for n in rows["name"]], s=[80 + 120 * n for n in rows["n_stories"]],
               color="#1f77b4", zorder=3)
    for row in rows.itertuples(index=False):
        # The title usually names the organisation already ("Kepala BNPT"); add it only where it does not.
        role = row.title if not row.organisation or row.organisation in row.title else \
            ", ".join(p for p in (row.title, row.organisation) if p)
        role = role if len(role) <= 45 else role[:44] + "…"
        if role:
            ax.annotate(role, (row.year, y[row.name]), xytext=(9, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels(order)
    ax.set_xticks(years)
    ax.set_xticklabels([str(v) for v in years])
    ax.set_xlim(min(years) - 0.5, max(years) + 1.5)
    ax.set_ylim(-0.7, len(order) - 0.3)
    ax.set_xlabel("publication year")
    return ax


def score_bars(ax: Axes, scores: pd.DataFrame, title: str = "", empty: str = "No gold annotations for this corpus") -> Axes:
    """Precision, recall and F1 per field as grouped horizontal bars, 0 to 1."""
    ax.set_title(title, loc="left")
    if scores.empty:
        return empty_panel(ax, empty)
    long = scores.melt(id_vars="field", value_vars=["precision", "recall", "f1"], var_name="measure", value_name="score")
    sns.barplot(data=long, y="field", x="score", hue="measure", ax=ax, palette=["#9ecae1", "#4292c6", "#08306b"],
                orient="h")
    ax.set_xlim(0, 1.05)
    ax.set_xlabel("score")
    ax.set_ylabel("")
    ax.legend(title="", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return ax


def year_bars(ax: Axes, per_year: pd.DataFrame, title: str = "", empty: str = "No articles in this corpus") -> Axes:
    """Articles per publication year stacked by language; year-only and month-only dates hatched, undated apart."""
    ax.set_title(title, loc="left")
    if per_year.empty:
        return empty_panel(ax, empty)
    years = sorted(per_year["year"].unique(), key=lambda v: (v == "undated", v))
    bottom = [0.0] * len(years)
    for language in sorted(per_year["language"].unique()):
        for coarse in (False, True):
            part = per_year[(per_year["language"] == language)
                            & (per_year["precision"].isin(["year", "month", "none"]) == coarse)]
            part = part.groupby("year")["n_articles"].sum()
            heights = [float(part.get(y, 0)) for y in years]
            if not any(heights):
                continue
            style = {"alpha": SPREAD_ALPHA, "hatch": SPREAD_HATCH, "edgecolor": "white"} if coarse else {"edgecolor": "white"}
            ax.bar(range(len(years)), heights, bottom=bottom, color=group_color(language), **style)
            bottom = [b + h for b, h in zip(bottom, heights)]
    ax.set_xticks(range(len(years)))
    ax.set_xticklabels(years)
    ax.set_ylabel("articles")
    ax.yaxis.get_major_locator().set_params(integer=True)
    handles = [Patch(color=group_color(lang), label={"id": "Indonesian", "en": "English"}.get(lang, lang))
               for lang in sorted(per_year["language"].unique())]
    handles.append(Patch(facecolor="#999999", alpha=SPREAD_ALPHA, hatch=SPREAD_HATCH, edgecolor="white",
                         label="date known only to month/year, or none"))
    ax.legend(handles=handles, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax
