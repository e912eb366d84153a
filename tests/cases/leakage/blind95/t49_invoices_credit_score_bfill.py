"""Late-payment model.

credit_score comes from a monthly bureau refresh and is missing on many invoices;
fill the gaps per client from neighbouring invoices before modelling.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

DATES = ["issue_date", "due_date"]
CUT = pd.Timestamp("2024-01-01")


def fill_credit(d):
    d = d.sort_values(["client_id", "issue_date"]).copy()
    d["credit_missing"] = d["credit_score"].isna().astype(int)
    d["credit_score"] = d.groupby("client_id")["credit_score"].transform(lambda s: s.ffill().bfill())
    return d.sort_values("issue_date")


def feats(d):
    out = pd.DataFrame(index=d.index)
    out["log_amount"] = np.log1p(d["amount"])
    out["terms"] = d["payment_terms_days"]
    out["lines"] = d["n_line_items"]
    out["credit_score"] = d["credit_score"]
    out["credit_missing"] = d["credit_missing"]
    out["issue_month"] = d["issue_date"].dt.month
    return out.join(pd.get_dummies(d[["industry", "client_size", "country", "currency"]], dtype=float))


raw = pd.read_csv("train.csv", parse_dates=DATES)
test = pd.read_csv("test.csv", parse_dates=DATES)
df = fill_credit(raw)
print("credit_score missing after fill:", round(df["credit_score"].isna().mean(), 4))

X, y = feats(df), df["paid_late"]
tr = df["issue_date"] < CUT
ho = (df["issue_date"] >= CUT) & ~df["client_id"].isin(df.loc[tr, "client_id"])

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                           scale_pos_weight=5, random_state=3, verbose=-1).fit(X[tr], y[tr])
dummy = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
for name, m in [("dummy", dummy), ("lgbm", model)]:
    p = m.predict_proba(X[ho])[:, 1]
    print(f"{name:5s} AUC {roc_auc_score(y[ho], p):.4f}  AP {average_precision_score(y[ho], p):.4f}")

both = fill_credit(pd.concat([raw.drop(columns=["paid_late"]), test], ignore_index=True))
test_f = both[both["invoice_id"].isin(test["invoice_id"])]
model.fit(X, y)
pd.DataFrame({"invoice_id": test_f["invoice_id"].values,
              "prediction": model.predict_proba(feats(test_f).reindex(columns=X.columns, fill_value=0))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
