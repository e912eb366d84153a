# Opportunity win model - pipeline snapshots
# Adds per-opportunity engagement aggregates (total activities, meetings, max pushes)
# to the snapshot features.

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_date"])


def add_opp_aggregates(d):
    d = d.copy()
    g = d.groupby("opportunity_id")
    d["opp_total_activities"] = g["n_activities_qtr"].transform("sum")
    d["opp_total_meetings"] = g["n_meetings_qtr"].transform("sum")
    d["opp_max_push_count"] = g["push_count"].transform("max")
    d["opp_n_snapshots"] = g["snapshot_id"].transform("count")
    d["opp_max_stakeholders"] = g["n_stakeholders"].transform("max")
    d["meetings_share"] = d["n_meetings_qtr"] / d["opp_total_meetings"].replace(0, np.nan)
    return d


df = add_opp_aggregates(df)
sub = add_opp_aggregates(sub)

cats = ["segment", "region", "product_line", "stage", "forecast_category"]
nums = ["stage_number", "amount_usd", "days_in_stage", "days_since_created", "n_activities_qtr",
        "n_emails_qtr", "n_meetings_qtr", "n_stakeholders", "has_champion", "competitor_flag",
        "discount_requested", "push_count", "opp_total_activities", "opp_total_meetings",
        "opp_max_push_count", "opp_n_snapshots", "opp_max_stakeholders", "meetings_share"]
feats = cats + nums

# hold out the last two quarters; only opportunities created after the cut are scored
cut = df["snapshot_date"].sort_values().unique()[-2]
train = df[df["snapshot_date"] < cut]
hold = df[(df["snapshot_date"] >= cut) & (~df["opportunity_id"].isin(train["opportunity_id"]))]
print("train", train.shape, "holdout", hold.shape)

cb = CatBoostClassifier(iterations=1000, learning_rate=0.04, depth=6, l2_leaf_reg=5,
                        eval_metric="AUC", verbose=200, random_seed=17)
cb.fit(train[feats], train["is_won"], cat_features=cats)

p = cb.predict_proba(hold[feats])[:, 1]
print("holdout AUC:", round(roc_auc_score(hold["is_won"], p), 4))
print("holdout AP :", round(average_precision_score(hold["is_won"], p), 4))

# lift chart numbers for the deck
tab = pd.DataFrame({"won": hold["is_won"].values, "p": p})
tab["decile"] = pd.qcut(tab["p"].rank(method="first", ascending=False), 10, labels=range(1, 11))
lift = tab.groupby("decile", observed=True)["won"].mean() / tab["won"].mean()
print(lift.round(2).to_string())

fi = pd.Series(cb.get_feature_importance(), index=feats).sort_values(ascending=False)
print(fi.head(10).round(2))

cb.fit(df[feats], df["is_won"], cat_features=cats)
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": cb.predict_proba(sub[feats])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
