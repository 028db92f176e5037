"""The profile's trend column: rates and shares change by percentage points, not by a
percentage of themselves (issue 19: GDP growth shown as "-46.7%")."""

from __future__ import annotations

from sqlalchemy import Connection

from explorer.domain.countries import Trend
from explorer.store.queries.indicators import key_indicators
from explorer.ui.widgets.country_format import trend_arrow, trend_text


def test_rates_and_shares_change_by_points(qapp: object) -> None:
    growth = Trend(2015, 3.0, 2024, 1.6, "annual %")
    assert growth.in_points and growth.pct_change is None
    text = trend_text(growth)
    assert "1.4 points" in text and "%" not in text and text.startswith("▼")
    assert "+2.5 points" in trend_text(Trend(2015, 10.0, 2024, 12.5, "% of GDP"))
    assert trend_arrow(Trend(2015, 10.0, 2024, 10.02, "% of GDP")) == "▶"
    money = Trend(2015, 100.0, 2024, 126.5, "current US$")
    assert not money.in_points and "+26.5%" in trend_text(money)


def test_profile_trends_on_the_real_data(ref_conn: Connection, qapp: object) -> None:
    figures = {k.latest.code: k for k in key_indicators(ref_conn, "BRA")}
    growth = figures["NY.GDP.MKTP.KD.ZG"].trend
    assert growth is not None and growth.unit == "annual %"
    assert "points" in trend_text(growth) and "%" not in trend_text(growth)
    gdp = figures["NY.GDP.MKTP.CD"].trend
    assert gdp is not None and gdp.pct_change is not None and "%" in trend_text(gdp)


def test_a_country_is_never_its_own_partner(ref_conn: Connection) -> None:
    """Mozambique is provider and recipient of six of its own records: never its partner."""
    from explorer.store.queries.profile import cooperation

    for role in ("provider", "recipient"):
        facts = cooperation(ref_conn, "MOZ", role)
        assert facts.total > 0
        assert all(g.key != "MOZ" for g in facts.by_partner), role
