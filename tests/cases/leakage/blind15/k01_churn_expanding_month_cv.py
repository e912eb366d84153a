"""
Churn take-home: predict churned_next_month from monthly customer snapshots.

Evaluation design
-----------------
Customers appear once per month, so rows are neither independent nor
exchangeable in time. I use expanding monthly windows for model development
and, in every evaluation month, drop customers already seen in the training
window, so the score reflects customers the model has never met, in a month it
has never seen. The final holdout is Oct-Dec 2024 with the same rule.

Metric: average precision (positives ~5%), ROC AUC as a secondary number,
customer-clustered bootstrap CI on the holdout.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

rng = np.random.default_rng(7)

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)

print(df.shape)
print(df.groupby("snapshot_month")["churned_next_month"].agg(["mean", "size"]))
print("customers:", df["customer_id"].nunique())
print(df.isna().mean().sort_values(ascending=False).head())

TARGET = "churned_next_month"
# both are only known once the customer has already decided to leave
POST_OUTCOME = ["retention_offer_accepted", "account_closed_date_known"]
KEYS = ["snapshot_id", "customer_id", "snapshot_month"]
CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
FEATURES = CAT + NUM
assert not set(FEATURES) & set(POST_OUTCOME + KEYS + [TARGET])


def make_model():
    pre = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore"), CAT)],
        remainder="passthrough",
    )
    clf = lgb.LGBMClassifier(
        n_estimators=300, learning_rate=0.03, num_leaves=15,
        min_child_samples=50, subsample=0.8, subsample_freq=1,
        colsample_bytree=0.8, verbose=-1,
    )
    return Pipeline([("pre", pre), ("clf", clf)])


def expanding_month_splits(frame, first_eval):
    """Train on all months < m, evaluate on month m restricted to new customers."""
    months = np.sort(frame["snapshot_month"].unique())
    for m in months[months >= np.datetime64(first_eval)]:
        past = (frame["snapshot_month"] < m).to_numpy()
        seen = frame.loc[past, "customer_id"].unique()
        ev = ((frame["snapshot_month"] == m) & ~frame["customer_id"].isin(seen)).to_numpy()
        yield m, np.flatnonzero(past), np.flatnonzero(ev)


# ---- development period: Jan-Sep ----
holdout_start = pd.Timestamp("2024-10-01")
dev = df[df["snapshot_month"] < holdout_start].reset_index(drop=True)

rows = []
for m, tr, ev in expanding_month_splits(dev, "2024-05-01"):
    y_tr, y_ev = dev.loc[tr, TARGET], dev.loc[ev, TARGET]
    if y_ev.sum() < 5:
        print(pd.Timestamp(m).date(), "skipped, only", y_ev.sum(), "positives")
        continue
    model = make_model().fit(dev.loc[tr, FEATURES], y_tr)
    dummy = DummyClassifier(strategy="prior").fit(dev.loc[tr, FEATURES], y_tr)
    p = model.predict_proba(dev.loc[ev, FEATURES])[:, 1]
    p0 = dummy.predict_proba(dev.loc[ev, FEATURES])[:, 1]
    rows.append({"month": pd.Timestamp(m).date(), "n_eval": len(ev),
                 "ap": average_precision_score(y_ev, p),
                 "ap_baseline": average_precision_score(y_ev, p0),
                 "auc": roc_auc_score(y_ev, p)})

cv = pd.DataFrame(rows)
print(cv)
print(cv[["ap", "ap_baseline", "auc"]].agg(["mean", "std"]))

# ---- final holdout: Oct-Dec, customers never seen before October ----
train = df[df["snapshot_month"] < holdout_start]
hold = df[df["snapshot_month"] >= holdout_start]
hold = hold[~hold["customer_id"].isin(train["customer_id"].unique())]
print("holdout rows:", len(hold), "positives:", int(hold[TARGET].sum()))

final = make_model().fit(train[FEATURES], train[TARGET])
p_hold = final.predict_proba(hold[FEATURES])[:, 1]
base_rate = train[TARGET].mean()

ap = average_precision_score(hold[TARGET], p_hold)
print(f"holdout AP {ap:.3f}  (baseline = prevalence {base_rate:.3f})")
print(f"holdout AUC {roc_auc_score(hold[TARGET], p_hold):.3f}")

# customers repeat across Oct-Dec -> resample customers, not rows
hold = hold.assign(p=p_hold)
by_cust = {c: g for c, g in hold.groupby("customer_id")}
cust_ids = np.array(list(by_cust))
boot = []
for _ in range(1000):
    pick = rng.choice(cust_ids, size=len(cust_ids), replace=True)
    sample = pd.concat([by_cust[c] for c in pick])
    if sample[TARGET].nunique() < 2:
        continue
    boot.append(average_precision_score(sample[TARGET], sample["p"]))
lo, hi = np.percentile(boot, [2.5, 97.5])
print(f"AP 95% CI (customer bootstrap): [{lo:.3f}, {hi:.3f}]")

# ---- refit on everything for the submission ----
full = make_model().fit(df[FEATURES], df[TARGET])
test = pd.read_csv("test.csv")
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": full.predict_proba(test[FEATURES])[:, 1]}
             ).to_csv("predictions.csv", index=False)
