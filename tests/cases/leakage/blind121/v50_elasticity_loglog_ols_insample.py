"""Own-price elasticity by category (log-log OLS).

Pricing team deliverable: elasticity coefficients per category for the
promo planner. Weekly category-store panel, 2022-2024.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_percentage_error, r2_score

SETUP = {
    "panel": "pricing/category_store_weekly_2022_2024.parquet",
    "min_weeks": 52,
    "formula": ("log_units ~ log_price * C(category) + promo_depth + display + "
                "C(week_of_year) + C(store_format) + log_traffic"),
}


def build_panel(path):
    panel = pd.read_parquet(path)
    panel["week_start"] = pd.to_datetime(panel["week_start"])
    panel = panel[(panel["units_sold"] > 0) & (panel["avg_price"] > 0)].copy()
    panel["log_units"] = np.log(panel["units_sold"])
    panel["log_price"] = np.log(panel["avg_price"])
    panel["log_traffic"] = np.log1p(panel["store_traffic"])
    panel["promo_depth"] = (1 - panel["avg_price"] / panel["regular_price"]).clip(0, 0.8)
    panel["week_of_year"] = panel["week_start"].dt.isocalendar().week.astype(int)
    return panel


def main():
    panel = build_panel(SETUP["panel"])
    counts = panel.groupby("category")["week_start"].nunique()
    keep = counts[counts >= SETUP["min_weeks"]].index
    panel = panel[panel["category"].isin(keep)]
    print(panel.shape, "categories:", len(keep))

    fit = smf.ols(SETUP["formula"], data=panel).fit(cov_type="HC1")
    print(fit.summary().tables[0])

    fitted = fit.fittedvalues
    print("R2 (log units):", round(r2_score(panel["log_units"], fitted), 4))
    print("MAPE (units):  ", round(mean_absolute_percentage_error(panel["units_sold"], np.exp(fitted)), 4))

    base = fit.params["log_price"]
    rows = []
    for cat in keep:
        term = f"log_price:C(category)[T.{cat}]"
        rows.append({"category": cat, "elasticity": base + fit.params.get(term, 0.0)})
    elast = pd.DataFrame(rows).sort_values("elasticity")
    print(elast.to_string(index=False))
    elast.to_csv("pricing/elasticities_by_category.csv", index=False)


if __name__ == "__main__":
    main()
