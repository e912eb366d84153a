"""Churn-snapshots: small MLP on standardised features.

The encoder/scaler is fitted once on every feature row available (labelled + unlabelled), so the
one-hot vocabulary and the scaling are consistent between training and scoring.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TASK = json.load(open("task.json"))
Y, T, G, ID = TASK["target"], TASK["time_column"], TASK["group_column"], TASK["id_column"]
CATS = ["plan", "region"]
NUMS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

lab = pd.read_csv("train.csv", parse_dates=[T])
unl = pd.read_csv("test.csv", parse_dates=[T])
for frame in (lab, unl):
    frame[NUMS] = frame[NUMS].fillna(0)
    frame["log_charges"] = np.log1p(frame["monthly_charges"])
    frame["log_tenure"] = np.log1p(frame["tenure_months"])
NUMS += ["log_charges", "log_tenure"]

both = pd.concat([lab[CATS + NUMS], unl[CATS + NUMS]], ignore_index=True)
ct = ColumnTransformer([
    ("oh", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATS),
    ("z", StandardScaler(), NUMS),
])
ct.fit(both)
X_lab = ct.transform(lab[CATS + NUMS])
X_unl = ct.transform(unl[CATS + NUMS])
y_lab = lab[Y].to_numpy()
print("design matrix:", X_lab.shape)

# validation: Jul-Sep snapshots of customers never seen before July
cut = pd.Timestamp("2024-07-01")
fit_idx = np.flatnonzero(lab[T] < cut)
val_idx = np.flatnonzero((lab[T] >= cut) & ~lab[G].isin(lab.loc[lab[T] < cut, G]))
print(f"fit {len(fit_idx)}  val {len(val_idx)}  val churn {y_lab[val_idx].mean():.3f}")

mlp = MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, batch_size=256, learning_rate_init=1e-3,
                    max_iter=60, random_state=3)
mlp.fit(X_lab[fit_idx], y_lab[fit_idx])
p_val = mlp.predict_proba(X_lab[val_idx])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_lab[fit_idx], y_lab[fit_idx])
p_base = dummy.predict_proba(X_lab[val_idx])[:, 1]

res = {
    "baseline_auc": roc_auc_score(y_lab[val_idx], p_base),
    "baseline_ap": average_precision_score(y_lab[val_idx], p_base),
    "mlp_auc": roc_auc_score(y_lab[val_idx], p_val),
    "mlp_ap": average_precision_score(y_lab[val_idx], p_val),
}
for k, v in res.items():
    print(f"{k:14s}{v:.4f}")

mlp_full = MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, batch_size=256, learning_rate_init=1e-3,
                         max_iter=60, random_state=3).fit(X_lab, y_lab)
pd.DataFrame({ID: unl[ID], "prediction": mlp_full.predict_proba(X_unl)[:, 1]}).to_csv("predictions.csv", index=False)
json.dump({"roc_auc": res["mlp_auc"], "average_precision": res["mlp_ap"]}, open("metrics.json", "w"))
