"""
B2B invoices - will the invoice be paid late?

* split by client (GroupShuffleSplit): the sales team wants scores for invoices
  of clients we have not billed before, so no client is on both sides
* industry late-payment rate as a numeric feature
* collections_call_made happens after the due date -> never used as a feature
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "paid_late"

inv = pd.read_csv("train.csv", parse_dates=["issue_date"])
new = pd.read_csv("test.csv", parse_dates=["issue_date"])
print(inv.shape, "late share:", round(inv[TARGET].mean(), 3))


def row_features(df):
    df = df.copy()
    df["log_amount"] = np.log1p(df["amount"].clip(lower=0))
    df["amount_per_day"] = df["amount"] / df["terms_days"].replace(0, np.nan)
    df["issue_month"] = df["issue_date"].dt.month
    df["issue_dow"] = df["issue_date"].dt.dayofweek
    df["quarter_end"] = df["issue_date"].dt.is_quarter_end.astype(int)
    df["long_terms"] = (df["terms_days"] > 45).astype(int)
    return df


inv = row_features(inv)
new = row_features(new)

# industry late-payment rate (smoothed)
prior = inv[TARGET].mean()
agg = inv.groupby("industry")[TARGET].agg(["sum", "count"])
industry_rate = (agg["sum"] + 10 * prior) / (agg["count"] + 10)
for frame in (inv, new):
    frame["industry_late_rate"] = frame["industry"].map(industry_rate).fillna(prior)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=17)
tr_idx, te_idx = next(splitter.split(inv, groups=inv["client_id"]))
train, test = inv.iloc[tr_idx].copy(), inv.iloc[te_idx].copy()
assert not set(train["client_id"]) & set(test["client_id"])

FEATURES = ["log_amount", "amount_per_day", "terms_days", "issue_month", "issue_dow",
            "quarter_end", "long_terms", "industry_late_rate"]

clf = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("logit", LogisticRegression(C=1.0, max_iter=1000)),
])
clf.fit(train[FEATURES], train[TARGET])
p = clf.predict_proba(test[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
p0 = dummy.predict_proba(test[FEATURES])[:, 1]

print(f"{'':10s}{'ROC-AUC':>9s}{'AP':>8s}{'logloss':>9s}")
for name, proba in (("dummy", p0), ("logit", p)):
    print(f"{name:10s}{roc_auc_score(test[TARGET], proba):9.3f}"
          f"{average_precision_score(test[TARGET], proba):8.3f}{log_loss(test[TARGET], proba):9.3f}")

coef = pd.Series(clf.named_steps["logit"].coef_[0], index=FEATURES).sort_values()
print(coef.round(3))

# final: refit everything on all labelled invoices
prior = inv[TARGET].mean()
agg = inv.groupby("industry")[TARGET].agg(["sum", "count"])
industry_rate = (agg["sum"] + 10 * prior) / (agg["count"] + 10)
inv["industry_late_rate"] = inv["industry"].map(industry_rate)
new["industry_late_rate"] = new["industry"].map(industry_rate).fillna(prior)
clf.fit(inv[FEATURES], inv[TARGET])
pd.DataFrame({"invoice_id": new["invoice_id"], "prediction": clf.predict_proba(new[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
