"""Churn - HistGradientBoosting with a small settings sweep.

Data: monthly customer snapshots. Evaluation: the last quarter of snapshots,
restricted to customers who were not in the training months.
"""
import itertools

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CATEGORICAL = ["plan_type", "region", "payment_method"]
UNUSED = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted",
          "cancellation_reason", TARGET]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df[CATEGORICAL] = df[CATEGORICAL].astype("category")
print(df.shape)
print(df[TARGET].mean().round(4))
print(df.groupby("region", observed=True)[TARGET].mean().sort_values().tail(5))

# engineered columns
df["paid_share"] = 1 - df["discount_pct"].fillna(0) / 100
df["logins_per_session"] = df["logins_30d"] / df["sessions_30d"].clip(lower=1)
df["tickets_per_month"] = df["support_tickets_90d"] / 3
df["long_inactive"] = (df["last_login_days"] >= 30).astype(int)

month_rank = df["snapshot_month"].rank(method="dense")
train = df[month_rank <= month_rank.max() - 3]
holdout = df[(month_rank > month_rank.max() - 3) & ~df["customer_id"].isin(train["customer_id"])]
features = [c for c in df.columns if c not in UNUSED]
X_train, y_train = train[features], train[TARGET]
X_hold, y_hold = holdout[features], holdout[TARGET]
print("train", X_train.shape, "holdout", X_hold.shape, "holdout churn", y_hold.mean().round(4))

grid = {
    "learning_rate": [0.03, 0.06, 0.1],
    "max_leaf_nodes": [15, 31, 63],
    "min_samples_leaf": [20, 80],
}
rows = []
best_model, best_ap = None, -1.0
for lr, leaves, min_leaf in itertools.product(*grid.values()):
    model = HistGradientBoostingClassifier(
        learning_rate=lr,
        max_leaf_nodes=leaves,
        min_samples_leaf=min_leaf,
        max_iter=400,
        categorical_features="from_dtype",
        class_weight="balanced",
        random_state=0,
    ).fit(X_train, y_train)
    proba = model.predict_proba(X_hold)[:, 1]
    ap = average_precision_score(y_hold, proba)
    rows.append({"lr": lr, "leaves": leaves, "min_leaf": min_leaf,
                 "iters": model.n_iter_, "pr_auc": ap, "roc_auc": roc_auc_score(y_hold, proba)})
    if ap > best_ap:
        best_model, best_ap = model, ap

sweep = pd.DataFrame(rows).sort_values("pr_auc", ascending=False)
print(sweep.head(8).round(4).to_string(index=False))

best = sweep.iloc[0]
print(f"\nchosen: lr={best.lr}, leaves={int(best.leaves)}, min_leaf={int(best.min_leaf)}")
print(f"holdout PR AUC  {best.pr_auc:.4f}")
print(f"holdout ROC AUC {best.roc_auc:.4f}")

sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
for c in CATEGORICAL:
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)
sub["paid_share"] = 1 - sub["discount_pct"].fillna(0) / 100
sub["logins_per_session"] = sub["logins_30d"] / sub["sessions_30d"].clip(lower=1)
sub["tickets_per_month"] = sub["support_tickets_90d"] / 3
sub["long_inactive"] = (sub["last_login_days"] >= 30).astype(int)
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "prediction": best_model.predict_proba(sub[features])[:, 1]}).to_csv("predictions.csv", index=False)
