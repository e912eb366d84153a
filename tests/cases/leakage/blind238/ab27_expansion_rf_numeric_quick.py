# expansion_model.py
# Quick baseline-vs-model comparison for the account expansion take-home.
# (I'm a mechanical engineer by training -- kept it pragmatic: numeric columns, a forest, one holdout.)

import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "expanded_next_q"


def load_and_clean(path):
    df = pd.read_csv(path, parse_dates=["quarter_end"])
    # a few accounts report utilisation as percent instead of fraction
    df.loc[df["seat_utilization"] > 1.5, "seat_utilization"] /= 100.0
    df["nps_score"] = df["nps_score"].clip(-100, 100)
    df["arr_per_seat"] = df["arr"] / df["seats"].replace(0, np.nan)
    df["users_per_seat"] = df["active_users"] / df["seats"].replace(0, np.nan)
    df["plan_rank"] = df["plan_tier"].map({"starter": 0, "growth": 1, "business": 2, "enterprise": 3})
    return df


df = load_and_clean("train.csv")
print(df.shape)
print(df.dtypes)

# every numeric column is a candidate input
X_all = df.select_dtypes(include="number").drop(columns=[TARGET])
X_all = X_all.fillna(-1)
y_all = df[TARGET]
print("inputs:", list(X_all.columns))

# hold out the most recent year
last_q = df["quarter_end"].max()
split_date = last_q - pd.DateOffset(months=12)
train_idx = df.index[df["quarter_end"] <= split_date]
test_idx = df.index[df["quarter_end"] > split_date]
X_train, X_test = X_all.loc[train_idx], X_all.loc[test_idx]
y_train, y_test = y_all.loc[train_idx], y_all.loc[test_idx]
print(f"train: {len(train_idx)} rows (<= {split_date.date()}), test: {len(test_idx)} rows")

results = {}

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]
results["baseline (most frequent)"] = (roc_auc_score(y_test, p_dummy),
                                       average_precision_score(y_test, p_dummy))

rf = RandomForestClassifier(n_estimators=300, max_depth=12, min_samples_leaf=5,
                            class_weight="balanced_subsample", n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
p_rf = rf.predict_proba(X_test)[:, 1]
results["random forest"] = (roc_auc_score(y_test, p_rf), average_precision_score(y_test, p_rf))

print("\nmodel                       ROC-AUC   PR-AUC")
for k, (auc, ap) in results.items():
    print(f"{k:<27} {auc:7.3f}  {ap:7.3f}")

# precision in the top 100 accounts -- what sales would actually work through
order = np.argsort(-p_rf)[:100]
print("precision@100:", y_test.values[order].mean().round(3))

imp = pd.Series(rf.feature_importances_, index=X_all.columns).sort_values()
imp.plot.barh(figsize=(6, 6), title="RF importance")
plt.tight_layout()
plt.savefig("rf_importance.png")

# sanity: predicted vs actual rate per quarter in the holdout
chk = pd.DataFrame({"q": df.loc[test_idx, "quarter_end"], "y": y_test, "p": p_rf})
print(chk.groupby("q")[["y", "p"]].mean().round(3))
