# Pipeline snapshots -> P(closed won)
# Logistic regression so sales leadership can read the coefficients.
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

snap = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
snap_test = pd.read_csv("test.csv", parse_dates=["snapshot_date"])

NUM = ["stage_number", "amount_usd", "days_in_stage", "days_since_created", "n_activities_qtr",
       "n_emails_qtr", "n_meetings_qtr", "n_stakeholders", "has_champion", "competitor_flag",
       "discount_requested", "push_count"]
CAT = ["segment", "region", "product_line", "forecast_category"]


def design(d):
    x = d[NUM].copy()
    x["amount_usd"] = np.log1p(x["amount_usd"])
    x["days_in_stage"] = np.log1p(x["days_in_stage"])
    x = x.join(pd.get_dummies(d[CAT], drop_first=True, dtype=float))
    return x


X_all = design(snap)
X_sub = design(snap_test).reindex(columns=X_all.columns, fill_value=0.0)

scaler = StandardScaler()
X_all_s = pd.DataFrame(scaler.fit_transform(X_all), columns=X_all.columns, index=X_all.index)
X_sub_s = pd.DataFrame(scaler.transform(X_sub), columns=X_all.columns, index=X_sub.index)

# time-based holdout: everything from 2024 on, and only deals that were not open before
is_hold = snap["snapshot_date"] >= "2024-01-01"
seen = snap.loc[~is_hold, "opportunity_id"].unique()
hold_mask = is_hold & ~snap["opportunity_id"].isin(seen)
train_mask = ~is_hold

X_tr, y_tr = X_all_s[train_mask], snap.loc[train_mask, "is_won"]
X_ho, y_ho = X_all_s[hold_mask], snap.loc[hold_mask, "is_won"]
print(f"train={len(X_tr)}  holdout={len(X_ho)}  holdout win rate={y_ho.mean():.3f}")

logit = LogisticRegression(penalty="l2", C=0.3, max_iter=5000).fit(X_tr, y_tr)
naive = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for label, m in [("naive baseline", naive), ("logistic", logit)]:
    p = m.predict_proba(X_ho)[:, 1]
    print(f"{label:15s} AUC {roc_auc_score(y_ho, p):.3f}   AP {average_precision_score(y_ho, p):.3f}")

p = logit.predict_proba(X_ho)[:, 1]
ranked = pd.DataFrame({"y": y_ho.values, "p": p}).sort_values("p", ascending=False)
ranked["bucket"] = np.arange(len(ranked)) * 5 // len(ranked) + 1
quint = ranked.groupby("bucket")["y"].agg(["size", "mean"])
quint["lift"] = quint["mean"] / ranked["y"].mean()
print("lift by quintile:\n", quint.round(3))

coefs = pd.Series(logit.coef_[0], index=X_all.columns).sort_values(key=np.abs, ascending=False)
print(coefs.head(12).round(3))

logit.fit(X_all_s, snap["is_won"])
pd.DataFrame({"snapshot_id": snap_test["snapshot_id"], "prediction": logit.predict_proba(X_sub_s)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
