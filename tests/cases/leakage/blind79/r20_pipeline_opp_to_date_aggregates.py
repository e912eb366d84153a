# Opportunity win model - pipeline snapshots
# Adds per-opportunity engagement aggregates to date (only snapshots up to and including
# the current one), so each row only knows the opp's history so far.

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_date"])


def add_opp_history(d):
    d = d.sort_values(["opportunity_id", "snapshot_date"]).copy()
    g = d.groupby("opportunity_id")
    d["prev_activities"] = g["n_activities_qtr"].transform(lambda s: s.shift(1).fillna(0).cumsum())
    d["prev_meetings"] = g["n_meetings_qtr"].transform(lambda s: s.shift(1).fillna(0).cumsum())
    d["activities_to_date"] = d["prev_activities"] + d["n_activities_qtr"]
    d["meetings_to_date"] = d["prev_meetings"] + d["n_meetings_qtr"]
    d["stage_delta"] = d["stage_number"] - g["stage_number"].shift(1)
    d["n_prior_snapshots"] = g.cumcount()
    return d.sort_index()


df = add_opp_history(df)
sub = add_opp_history(sub)

cats = ["segment", "region", "product_line", "stage", "forecast_category"]
nums = ["stage_number", "amount_usd", "days_in_stage", "days_since_created", "n_activities_qtr",
        "n_emails_qtr", "n_meetings_qtr", "n_stakeholders", "has_champion", "competitor_flag",
        "discount_requested", "push_count", "activities_to_date", "meetings_to_date",
        "stage_delta", "n_prior_snapshots"]
feats = cats + nums

# hold out the last two quarters; only opportunities not seen before the cut are scored
cut = df["snapshot_date"].sort_values().unique()[-2]
train = df[df["snapshot_date"] < cut]
hold = df[(df["snapshot_date"] >= cut) & (~df["opportunity_id"].isin(train["opportunity_id"]))]
print("train", train.shape, "holdout", hold.shape)

cb = CatBoostClassifier(iterations=1000, learning_rate=0.04, depth=6, l2_leaf_reg=5,
                        eval_metric="AUC", verbose=200, random_seed=17)
cb.fit(train[feats], train["is_won"], cat_features=cats)

p = cb.predict_proba(hold[feats])[:, 1]
p_base = np.full(len(hold), train["is_won"].mean())
print("holdout AUC:", round(roc_auc_score(hold["is_won"], p), 4))
print("holdout AP :", round(average_precision_score(hold["is_won"], p), 4),
      "| baseline (train win rate) AP:", round(average_precision_score(hold["is_won"], p_base), 4))

tab = pd.DataFrame({"won": hold["is_won"].values, "p": p})
tab["decile"] = pd.qcut(tab["p"].rank(method="first", ascending=False), 10, labels=range(1, 11))
lift = tab.groupby("decile", observed=True)["won"].mean() / tab["won"].mean()
print(lift.round(2).to_string())

cb.fit(df[feats], df["is_won"], cat_features=cats)
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": cb.predict_proba(sub[feats])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
