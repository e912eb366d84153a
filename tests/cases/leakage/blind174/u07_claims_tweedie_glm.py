#!/usr/bin/env python
"""
Claim cost - Tweedie GLM (statsmodels).

I went with a GLM on purpose: pricing teams need relativities they can read and file,
so the deliverable is the coefficient table plus predictions. Validation mimics
"new business next year": fit on policy years before 2022, score 2022 rows of policies
that do not appear in the fitting years.
"""
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm

TARGET = "claim_cost"
EXCLUDE = ["row_id", "policy_id", "policy_year", "claim_cost"]
CATS = ["region", "vehicle_group", "coverage_type"]
VALID_YEAR = 2022
VAR_POWER = 1.5


def design_matrix(df):
    d = df.copy()
    d["telematics_missing"] = d["telematics_score"].isna().astype(float)
    d["telematics_score"] = d["telematics_score"].fillna(0.0)
    d["log_mileage"] = np.log1p(d["annual_mileage"].clip(lower=0))
    d["driver_age_lt25"] = (d["driver_age"] < 25).astype(float)
    d["driver_age_gt70"] = (d["driver_age"] > 70).astype(float)
    d["log_deductible"] = np.log1p(d["deductible"])
    d = d.drop(columns=["annual_mileage", "deductible"])
    d = pd.get_dummies(d, columns=CATS, drop_first=True, dtype=float)
    return d


def fit_glm(X, y):
    model = sm.GLM(
        y,
        sm.add_constant(X, has_constant="add"),
        family=sm.families.Tweedie(var_power=VAR_POWER, link=sm.families.links.Log()),
    )
    return model.fit(maxiter=200)


def scores(y, p):
    y = np.asarray(y)
    p = np.asarray(p)
    mae = np.mean(np.abs(y - p))
    rmse = np.sqrt(np.mean((y - p) ** 2))
    dev = sm.families.Tweedie(var_power=VAR_POWER).deviance(y, p) / len(y)
    return {"mae": round(mae, 2), "rmse": round(rmse, 2), "mean_deviance": round(dev, 3)}


def main(path="train.csv", test_path="test.csv"):
    raw = pd.read_csv(path)
    test_raw = pd.read_csv(test_path)
    print("rows", len(raw), "policies", raw["policy_id"].nunique())

    data = design_matrix(pd.concat([raw, test_raw], keys=["tr", "te"]))
    data_tr = data.loc["tr"]
    data_te = data.loc["te"]
    feature_cols = [c for c in data_tr.columns if c not in EXCLUDE]
    print(len(feature_cols), "columns in the design matrix")

    # new business in VALID_YEAR: policies with no rows in the fitting years
    fit_mask = data_tr["policy_year"] < VALID_YEAR
    seen = set(data_tr.loc[fit_mask, "policy_id"])
    val_mask = (data_tr["policy_year"] == VALID_YEAR) & ~data_tr["policy_id"].isin(seen)
    fit, val = data_tr[fit_mask], data_tr[val_mask]
    print(f"fit rows {len(fit)}  valid rows {len(val)} (new policies in {VALID_YEAR})")
    if len(val) == 0:
        sys.exit("no new business rows in the validation year")

    # baseline: intercept-only Tweedie GLM == the training mean
    base = fit_glm(pd.DataFrame(index=fit.index), fit[TARGET])
    base_pred = np.repeat(np.exp(base.params["const"]), len(val))
    print("baseline (intercept only):", scores(val[TARGET], base_pred))

    glm = fit_glm(fit[feature_cols], fit[TARGET])
    pred = glm.predict(sm.add_constant(val[feature_cols], has_constant="add"))
    print("tweedie glm:              ", scores(val[TARGET], pred))

    rel = np.exp(glm.params).rename("relativity").to_frame()
    rel["p_value"] = glm.pvalues
    print(rel.sort_values("relativity").round(3).to_string())

    # refit on all years for the submission
    final = fit_glm(data_tr[feature_cols], data_tr[TARGET])
    test_pred = final.predict(sm.add_constant(data_te[feature_cols], has_constant="add"))
    out = pd.DataFrame({"row_id": data_te["row_id"].astype(int).values, "prediction": np.asarray(test_pred)})
    out.to_csv("predictions.csv", index=False)
    print(out["prediction"].describe())


if __name__ == "__main__":
    main(*sys.argv[1:])
