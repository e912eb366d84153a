"""
Churn -- sample-weighted gradient boosting with a hand-rolled time x customer CV.

Why not sklearn's splitters: TimeSeriesSplit respects time but not customers,
GroupKFold respects customers but not time. The splitter below does both:
train on months < m, validate on month m, and drop from validation every customer
that has a snapshot in the training window.

Class imbalance is handled with sample weights rather than resampling, so that
no rows are duplicated and the validation folds stay untouched.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.utils.class_weight import compute_sample_weight
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values("snapshot_month").reset_index(drop=True)
for c in CAT:
    df[c] = df[c].astype("category")
X = df[NUM + CAT]
y = df[TARGET].to_numpy()


def month_customer_splits(frame, eval_months):
    for m in eval_months:
        m = pd.Timestamp(m)
        tr = frame.index[frame.snapshot_month < m]
        seen = frame.loc[tr, "customer_id"].unique()
        va = frame.index[(frame.snapshot_month == m) & ~frame.customer_id.isin(seen)]
        yield m, tr.to_numpy(), va.to_numpy()


def make_clf(lr, leaves):
    return HistGradientBoostingClassifier(
        learning_rate=lr, max_leaf_nodes=leaves, max_iter=300, min_samples_leaf=60,
        l2_regularization=1.0, categorical_features="from_dtype",
        early_stopping=False, random_state=0)


# ---- tune two knobs on the pre-holdout months (Jan-Sep), evaluate Oct-Dec ----
dev_months = ["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"]
hold_months = ["2024-10-01", "2024-11-01", "2024-12-01"]
dev = df[df.snapshot_month < "2024-10-01"]

results = []
for lr in [0.03, 0.08]:
    for leaves in [7, 15, 31]:
        scores = []
        for m, tr, va in month_customer_splits(dev, dev_months):
            w = compute_sample_weight("balanced", y[tr])
            clf = make_clf(lr, leaves).fit(X.loc[tr], y[tr], sample_weight=w)
            scores.append(average_precision_score(y[va], clf.predict_proba(X.loc[va])[:, 1]))
        results.append({"lr": lr, "leaves": leaves, "ap_mean": np.mean(scores), "ap_sd": np.std(scores)})
res = pd.DataFrame(results).sort_values("ap_mean", ascending=False)
print(res)
best = res.iloc[0]

# one-standard-error rule: simplest config within 1 SE of the best
se = best.ap_sd / np.sqrt(len(dev_months))
chosen = res[res.ap_mean >= best.ap_mean - se].sort_values(["leaves", "lr"]).iloc[0]
print("chosen:", chosen.to_dict())

# ---- holdout: expanding windows over Oct, Nov, Dec with the same rule --------
hold_scores = []
for m, tr, va in month_customer_splits(df, hold_months):
    w = compute_sample_weight("balanced", y[tr])
    clf = make_clf(chosen.lr, int(chosen.leaves)).fit(X.loc[tr], y[tr], sample_weight=w)
    p = clf.predict_proba(X.loc[va])[:, 1]
    hold_scores.append({"month": m.date(), "n": len(va), "pos": int(y[va].sum()),
                        "ap": average_precision_score(y[va], p), "auc": roc_auc_score(y[va], p),
                        "logloss": log_loss(y[va], p)})
    last = (clf, va)
hold = pd.DataFrame(hold_scores)
print(hold)
print("weighted AP:", np.average(hold.ap, weights=hold.pos).round(3))

# which inputs matter on the last holdout month (diagnostic only)
clf, va = last
pi = permutation_importance(clf, X.loc[va], y[va], scoring="average_precision",
                            n_repeats=20, random_state=0)
print(pd.Series(pi.importances_mean, index=X.columns).sort_values(ascending=False).round(4))
