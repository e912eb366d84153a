"""Churn take-home (random forest, rebalanced).

Notes
-----
* 5% positives: forests split poorly when one class is that rare, so churners
  are upsampled to roughly 1 in 5 rows (sklearn.utils.resample, with replacement).
  Probabilities are then prior-corrected back to the 5% world before the
  Brier score and the targeting numbers.
* Holdout: snapshots from the last 3 months of customers first seen in those
  months; time-ordered and customer-disjoint.
* Targeting: the retention team calls 300 customers a month; I report the
  share of churners reached at that volume against a prior-rate baseline.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.utils import resample

TARGET = "churned_next_month"
SEED = 21
CALLS_PER_MONTH = 300

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.PeriodIndex(df["snapshot_month"], freq="M")
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
months = sorted(df["snapshot_month"].unique())
cut = months[-3]
base_rate = df.loc[df.snapshot_month < cut, TARGET].mean()  # churn rate of the training months
print(df.shape, f"churn rate before {cut}: {base_rate:.3%}")

g = df.groupby("customer_id")
df["logins_lag1"] = g["logins_30d"].shift(1).fillna(-1)
df["tickets_lag1"] = g["support_tickets_30d"].shift(1).fillna(-1)
df["n_plan_changes"] = g["plan"].transform(lambda s: (s != s.shift()).cumsum())
df = pd.get_dummies(df, columns=["plan"], dtype=float)
feats = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
         "logins_lag1", "tickets_lag1", "n_plan_changes"] + [c for c in df if c.startswith("plan_")]

train = df[df.snapshot_month < cut]
hold = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(train.customer_id)]
print(f"train {len(train)}  holdout {len(hold)}")

# rebalance the training months only: ~1 churner in 5 rows; holdout keeps its natural rate
pos, neg = train[train[TARGET] == 1], train[train[TARGET] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 4, random_state=SEED)
train = pd.concat([neg, pos_up]).sort_values(["customer_id", "snapshot_month"])
print("rebalanced train:", train.shape, f"{train[TARGET].mean():.2%} positive")
sample_rate = train[TARGET].mean()

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features="sqrt",
                            n_jobs=-1, random_state=SEED)
rf.fit(train[feats], train[TARGET])


def prior_correct(p, trained_rate, true_rate):
    odds = p / (1 - p + 1e-12) * (true_rate / (1 - true_rate)) / (trained_rate / (1 - trained_rate))
    return odds / (1 + odds)


y = hold[TARGET].to_numpy()
p = prior_correct(rf.predict_proba(hold[feats])[:, 1], sample_rate, base_rate)
p_prior = np.full(len(y), base_rate)

print(f"forest    AUC {roc_auc_score(y, p):.4f}  AP {average_precision_score(y, p):.4f}  Brier {brier_score_loss(y, p):.4f}")
print(f"baseline  AUC {roc_auc_score(y, p_prior):.4f}  AP {average_precision_score(y, p_prior):.4f}  "
      f"Brier {brier_score_loss(y, p_prior):.4f}")

reach = []
for m, part in hold.assign(p=p).groupby("snapshot_month"):
    top = part.nlargest(CALLS_PER_MONTH, "p")
    reach.append((str(m), top[TARGET].sum() / max(1, part[TARGET].sum())))
print("share of churners reached with 300 calls:", reach)

imp = pd.Series(rf.feature_importances_, index=feats).sort_values(ascending=False)
print(imp.round(4).to_string())
