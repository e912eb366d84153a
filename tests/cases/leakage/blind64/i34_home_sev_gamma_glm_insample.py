#!/usr/bin/env python
"""Home claims severity -- Gamma GLM, log link.

Approach: one statsmodels GLM on all claims, compared with an intercept-only baseline GLM on
deviance and AIC. Large claims capped at the 99th percentile with the excess spread as a load.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d["log_rebuild"] = np.log(d.rebuild_value.clip(lower=20_000))
        d["log_contents"] = np.log1p(d.sum_insured_contents.fillna(0))
        d["prop_age_band"] = pd.cut(d.property_age, [-1, 15, 30, 60, 100, 500]).astype(str)
        d["lag_band"] = pd.cut(d.notification_lag_days, [-1, 2, 7, 30, 5000]).astype(str)
        d["excess_band"] = pd.cut(d.excess, [-1, 100, 250, 500, 1000, 1e6]).astype(str)
    return tr, te


def main():
    claims, test = load()
    print(claims.shape, test.shape)
    print(claims.groupby("peril").claim_cost.describe()[["count", "mean", "50%", "max"]].round(0))

    cap = claims.claim_cost.quantile(0.99)
    claims["y"] = claims.claim_cost.clip(upper=cap)
    load_factor = claims.claim_cost.sum() / claims.y.sum()
    print(f"cap {cap:,.0f}, large-loss load {load_factor:.4f}")

    family = sm.families.Gamma(link=sm.families.links.Log())
    baseline = smf.glm("y ~ 1", data=claims, family=family).fit()
    full = smf.glm(
        "y ~ C(peril) + C(construction) + C(roof_type) + C(region) + C(flood_zone)"
        " + log_rebuild + log_contents + C(prop_age_band) + C(lag_band) + C(excess_band)"
        " + policy_tenure + occupants",
        data=claims, family=family).fit()

    print(f"baseline (intercept only): deviance {baseline.deviance:,.1f}  AIC {baseline.aic:,.1f}")
    print(f"full GLM:                  deviance {full.deviance:,.1f}  AIC {full.aic:,.1f}")
    print("deviance explained: %.1f%%" % (100 * (1 - full.deviance / baseline.deviance)))

    rel = np.exp(full.params).rename("relativity").to_frame()
    rel["p"] = full.pvalues
    print(rel.round(3).to_string())

    claims["fitted"] = full.fittedvalues
    by_peril = claims.groupby("peril")[["y", "fitted"]].mean()
    by_peril["A/E"] = by_peril.y / by_peril.fitted
    print(by_peril.round(2))

    test["prediction"] = full.predict(test) * load_factor
    test[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
    print("saved predictions.csv", len(test))


if __name__ == "__main__":
    main()
