# Readmission risk model -- take-home
# Author background: actuarial. Idea: diagnosis groups carry most of the risk, so encode
# each primary diagnosis group (and discharge destination) by its observed readmission rate,
# credibility-weighted toward the overall rate like we would in a rating table.

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "readmitted_30d"
CUTOFF = pd.Timestamp("2021-07-01")
K = 50  # credibility constant


def load(path):
    d = pd.read_csv(path, parse_dates=["admit_date", "discharge_date"])
    d["los"] = (d["discharge_date"] - d["admit_date"]).dt.days.clip(lower=0)
    d["age_band"] = pd.cut(d["age"], [0, 45, 65, 75, 85, 120], labels=False)
    return d


def credibility_rates(frame, col, target=TARGET, k=K):
    """Credibility-weighted rate per level: Z * level_rate + (1 - Z) * overall_rate."""
    overall = frame[target].mean()
    g = frame.groupby(col)[target].agg(["sum", "count"])
    z = g["count"] / (g["count"] + k)
    return z * (g["sum"] / g["count"]) + (1 - z) * overall, overall


data = load("train.csv")
print(data.shape, "rate:", round(data[TARGET].mean(), 4))

rating_cols = ["primary_dx_group", "discharge_to", "admission_source"]
rating_tables = {}
for col in rating_cols:
    table, overall = credibility_rates(data, col)
    rating_tables[col] = table
    data[col + "_rate"] = data[col].map(table).fillna(overall)
    print(f"\n{col}: {len(table)} levels")
    print(table.sort_values(ascending=False).head(5).round(3))

numeric = ["age", "los", "n_diagnoses", "n_procedures", "n_medications",
           "n_lab_tests", "prior_ed_visits_12m"]
features = numeric + [c + "_rate" for c in rating_cols] + ["age_band"]
data["prior_ed_visits_12m"] = data["prior_ed_visits_12m"].fillna(0)

# hold out the last discharges, and only patients new to the model
past = data[data["discharge_date"] < CUTOFF]
future = data[(data["discharge_date"] >= CUTOFF) & (~data["patient_id"].isin(past["patient_id"]))]
print("\npast:", past.shape, " future (new patients):", future.shape)

X_tr, y_tr = past[features], past[TARGET]
X_te, y_te = future[features], future[TARGET]

scores = {}

# baseline: the overall rate from the past period, i.e. an unrated premium
p0 = np.full(len(y_te), y_tr.mean())
scores["flat rate (baseline)"] = (roc_auc_score(y_te, p0), average_precision_score(y_te, p0), log_loss(y_te, p0))

# the "rating table only" model: primary dx rate as the score
p1 = X_te["primary_dx_group_rate"].values
scores["dx rate only"] = (roc_auc_score(y_te, p1), average_precision_score(y_te, p1), log_loss(y_te, np.clip(p1, 1e-6, 1 - 1e-6)))

glm = LogisticRegression(max_iter=5000, C=1.0)
glm.fit(X_tr, y_tr)
p2 = glm.predict_proba(X_te)[:, 1]
scores["GLM"] = (roc_auc_score(y_te, p2), average_precision_score(y_te, p2), log_loss(y_te, p2))

gbm = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=15,
                                     l2_regularization=1.0, random_state=0)
gbm.fit(X_tr, y_tr)
p3 = gbm.predict_proba(X_te)[:, 1]
scores["GBM"] = (roc_auc_score(y_te, p3), average_precision_score(y_te, p3), log_loss(y_te, p3))

summary = pd.DataFrame(scores, index=["roc_auc", "avg_precision", "log_loss"]).T
print("\n", summary.round(4))

# lift table for the GBM, by decile of predicted risk
lift = pd.DataFrame({"p": p3, "y": y_te.values})
lift["decile"] = pd.qcut(lift["p"].rank(method="first"), 10, labels=range(10, 0, -1))
lift_tbl = lift.groupby("decile").agg(n=("y", "size"), observed=("y", "mean"), predicted=("p", "mean"))
lift_tbl["lift"] = lift_tbl["observed"] / y_te.mean()
print(lift_tbl.sort_index(ascending=False).round(3))

# GLM relativities -- how the actuary in me reads the model
rel = pd.Series(np.exp(glm.coef_[0]), index=features)
print("\nGLM relativities (per unit):")
print(rel.sort_values(ascending=False).round(3))
