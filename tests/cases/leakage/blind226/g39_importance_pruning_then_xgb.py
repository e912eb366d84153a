"""
churn_model.py -- feature pruning by random-forest importance, then XGBoost.

I generated ~30 history features; many are redundant. A quick forest ranks them and
everything below the mean importance is dropped before the real model is trained.

Evaluation: customer-disjoint and out-of-time. 25% of customers are held out; the model
trains on the other customers' Jan-Jun snapshots and is scored on the held-out customers'
Jul-Sep snapshots.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from xgboost import XGBClassifier

TARGET = "churned_next_month"
BASE = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]


class SnapshotFeatures:
    """Lags / diffs / rolling sums over each customer's earlier snapshots."""

    lags = (1, 2, 3)
    windows = (2, 3, 6)

    def transform(self, df):
        df = df.sort_values(["customer_id", "snapshot_month"]).copy()
        g = df.groupby("customer_id")
        for col in ["usage_hours", "support_tickets", "payment_failures", "monthly_charges"]:
            for L in self.lags:
                df[f"{col}_lag{L}"] = g[col].shift(L)
            df[f"{col}_diff1"] = g[col].diff(1)
        for col in ["usage_hours", "support_tickets"]:
            for w in self.windows:
                df[f"{col}_prev{w}_mean"] = g[col].transform(lambda s, w=w: s.shift(1).rolling(w, min_periods=1).mean())
        df["snapshots_seen"] = g.cumcount()
        df["plan_code"] = df["plan"].map({"basic": 0, "standard": 1, "premium": 2})
        return df.reset_index(drop=True)

    def columns(self, df):
        skip = {"snapshot_id", "customer_id", "snapshot_month", "plan", TARGET,
                "retention_offer_accepted", "account_closed_date_known"}
        return [c for c in df.columns if c not in skip]


def holdout_masks(df, frac=0.25, seed=39):
    rng = np.random.RandomState(seed)
    custs = df["customer_id"].unique()
    held = rng.choice(custs, int(frac * len(custs)), replace=False)
    in_held = df["customer_id"].isin(held)
    early = df["snapshot_month"] < "2024-07"
    return (~in_held & early).to_numpy(), (in_held & ~early).to_numpy()


fe = SnapshotFeatures()
train = fe.transform(pd.read_csv("train.csv"))
test = fe.transform(pd.read_csv("test.csv"))
all_cols = fe.columns(train)
print(f"{len(all_cols)} candidate features")

X_all = train[all_cols].fillna(-999)
y_all = train[TARGET]

# --- rank features with a quick forest and keep the ones above average importance
ranker = RandomForestClassifier(n_estimators=200, max_depth=8, n_jobs=-1, random_state=39)
ranker.fit(X_all, y_all)
imp = pd.Series(ranker.feature_importances_, index=all_cols).sort_values(ascending=False)
selected = imp[imp > imp.mean()].index.tolist()
print(f"kept {len(selected)} / {len(all_cols)}:", selected)

# --- train / evaluate
fit_m, hold_m = holdout_masks(train)
X_fit, y_fit = X_all.loc[fit_m, selected], y_all[fit_m]
X_hold, y_hold = X_all.loc[hold_m, selected], y_all[hold_m]
print(f"fit {len(X_fit)} rows | holdout {len(X_hold)} rows")

xgb_params = dict(n_estimators=500, max_depth=4, learning_rate=0.03, subsample=0.8, colsample_bytree=0.8,
                  min_child_weight=3, reg_lambda=2.0, eval_metric="logloss", random_state=39)
model = XGBClassifier(**xgb_params).fit(X_fit, y_fit)
p = model.predict_proba(X_hold)[:, 1]

scores = {"roc_auc": roc_auc_score(y_hold, p),
          "average_precision": average_precision_score(y_hold, p),
          "log_loss": log_loss(y_hold, p)}
print({k: round(v, 4) for k, v in scores.items()})

# calibration-ish check: predicted vs actual by score decile
dec = pd.qcut(pd.Series(p).rank(method="first"), 10, labels=False)
print(pd.DataFrame({"pred": p, "actual": y_hold.to_numpy(), "decile": dec})
      .groupby("decile")[["pred", "actual"]].mean().round(3))

# --- submission
final = XGBClassifier(**xgb_params).fit(X_all[selected], y_all)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[selected].fillna(-999))[:, 1]}).to_csv("predictions.csv", index=False)

print("\nMemo:")
print(f"  pruned {len(all_cols)} -> {len(selected)} features by forest importance; XGBoost on the rest.")
print(f"  holdout (unseen customers, Jul-Sep): ROC AUC {scores['roc_auc']:.3f}, AP {scores['average_precision']:.3f}, "
      f"log loss {scores['log_loss']:.3f}.")
print("  strongest: " + ", ".join(selected[:4]))
