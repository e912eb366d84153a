# churn take-home - customer history features + HistGradientBoosting
# plan: add per-customer behaviour features, tune with RandomizedSearchCV on
# forward-month folds, check on a later-months / unseen-customers holdout
# NB: history features may only look at earlier snapshots of the customer
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RandomizedSearchCV

TARGET = "churned_next_month"

train_raw = pd.read_csv("train.csv")
test_raw = pd.read_csv("test.csv")
train_raw["is_sub"] = 0
test_raw["is_sub"] = 1
full = pd.concat([train_raw, test_raw], ignore_index=True)
full = full.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

# ---- customer level features, past snapshots only (shift(1) before expanding)
g = full.groupby("customer_id")
full["tickets_mean_cust"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).expanding().mean())
full["logins_max_cust"] = g["logins_30d"].transform(lambda s: s.shift(1).cummax())
past_logins = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
full["logins_vs_cust_avg"] = full["logins_30d"] / (past_logins + 1)
full["charges_vs_cust_avg"] = full["monthly_charges"] - g["monthly_charges"].shift(1)
full["n_snapshots"] = g.cumcount()  # snapshots seen so far

full = pd.get_dummies(full, columns=["plan", "contract_type", "region"], dtype=float)

df = full[full["is_sub"] == 0].reset_index(drop=True)
sub = full[full["is_sub"] == 1].reset_index(drop=True)

drop = ["snapshot_id", "customer_id", "snapshot_month", TARGET, "is_sub",
        "retention_offer_accepted", "account_closed_date_known"]
features = [c for c in df.columns if c not in drop]
print(len(features), "features")

# ---- holdout: last 3 months, only customers never used for fitting
months = np.sort(df["snapshot_month"].unique())
cutoff = months[-3]
rng = np.random.RandomState(42)
custs = df["customer_id"].unique()
hold_custs = rng.choice(custs, size=len(custs) // 4, replace=False)
in_hold = df["customer_id"].isin(hold_custs)

tr = df[(df["snapshot_month"] < cutoff) & ~in_hold].reset_index(drop=True)
ho = df[(df["snapshot_month"] >= cutoff) & in_hold].reset_index(drop=True)
print("fit rows", len(tr), "holdout rows", len(ho), "holdout churn", ho[TARGET].mean().round(4))


def forward_folds(frame, k=4, seed=0):
    mth = frame["snapshot_month"].to_numpy()
    cs = frame["customer_id"].unique()
    bk = frame["customer_id"].map(
        pd.Series(np.random.RandomState(seed).randint(0, k, len(cs)), index=cs)).to_numpy()
    cuts = np.sort(frame["snapshot_month"].unique())[-k:]
    return [(np.flatnonzero((mth < c) & (bk != i)), np.flatnonzero((mth == c) & (bk == i)))
            for i, c in enumerate(cuts)]


params = {
    "learning_rate": loguniform(0.01, 0.3),
    "max_leaf_nodes": randint(8, 64),
    "min_samples_leaf": randint(20, 300),
    "l2_regularization": loguniform(1e-3, 10),
}
search = RandomizedSearchCV(
    HistGradientBoostingClassifier(max_iter=400, early_stopping=True, random_state=0),
    params, n_iter=30, scoring="roc_auc", cv=forward_folds(tr), random_state=0, n_jobs=-1)
search.fit(tr[features], tr[TARGET])
print("best", search.best_params_, round(search.best_score_, 4))

p = search.best_estimator_.predict_proba(ho[features])[:, 1]
base = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET])
pb = base.predict_proba(ho[features])[:, 1]
print(f"holdout AUC {roc_auc_score(ho[TARGET], p):.4f}  (dummy {roc_auc_score(ho[TARGET], pb):.4f})")
print(f"holdout AP  {average_precision_score(ho[TARGET], p):.4f}  (dummy {average_precision_score(ho[TARGET], pb):.4f})")

# refit on everything for the submission
final = HistGradientBoostingClassifier(max_iter=400, random_state=0, **search.best_params_)
final.fit(df[features], df[TARGET])
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "prediction": final.predict_proba(sub[features])[:, 1]}).to_csv("predictions.csv", index=False)
